// Which recognisers (and which profile probe, for the miss notice) run on which host. Each
// site registers itself (sites/<site>/index.ts), so the content script of one site bundles
// only that site's recognisers and labels (src/content/linkedin.ts, facebook.ts): that script
// is parsed on every page of the site before the page itself.
import type { ProfileProbe, Recogniser } from './recogniser.ts';

import type { Site } from '../core/vocabulary.ts';

export interface SiteModule {
  /** Connection requests (Connect, Add friend). */
  request: Recogniser;
  /** Follow and Message, held back only when the user opted in. */
  followMessage: Recogniser;
  probe: ProfileProbe;
}

const sites: Partial<Record<Site, SiteModule>> = {};

export function registerSite(name: Site, site: SiteModule): void {
  sites[name] = site;
}

export function siteOf(hostname: string): Site | undefined {
  if (hostname === 'linkedin.com' || hostname.endsWith('.linkedin.com')) return 'linkedin';
  if (hostname === 'facebook.com' || hostname.endsWith('.facebook.com')) return 'facebook';
  return undefined;
}

/** What the user chose to hold back beyond connection requests (settings, via the watch index). */
export interface RecogniserOptions {
  /** Also Follow and Message (off by default). */
  followAndMessage?: boolean | undefined;
}

/**
 * The request recogniser first, so a control is always a request before it is a follow or
 * a message; Follow/Message only when the user opted in.
 */
export function recognisersFor(hostname: string, options: RecogniserOptions = {}): Recogniser[] {
  const name = siteOf(hostname);
  const site = name && sites[name];
  if (!site) return [];
  return options.followAndMessage === true ? [site.request, site.followMessage] : [site.request];
}

export function probeFor(hostname: string): ProfileProbe | undefined {
  const name = siteOf(hostname);
  return name && sites[name]?.probe;
}
