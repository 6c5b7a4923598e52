// Which recognisers run on which host (the profile probes, for the miss notice, are in probes.ts). Each
// site registers itself (sites/<site>/index.ts), so the content script of one site bundles
// only that site's recognisers and labels (src/content/linkedin.ts, facebook.ts): that script
// is parsed on every page of the site before the page itself.
import type { Recogniser } from './recogniser.ts';

import type { Site } from '../core/vocabulary.ts';

export interface SiteModule {
  /** Connection requests (Connect, Add friend). */
  request: Recogniser;
  /** Follow and Message, held back only when the user opted in. */
  followMessage: Recogniser;
  /**
   * Every element a click could act on: the first `closest()` of each recogniser above and of
   * the site's comment recogniser (sites/comments.ts). A click outside all of them is left
   * alone without running any recogniser (content/guard.ts); tests/unit/sites/controls.test.ts
   * checks on every fixture that nothing a recogniser knows lies outside.
   */
  controls: readonly string[];
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

/** The site's `controls` as one selector, or undefined where no site module is registered. */
export function controlsFor(hostname: string): string | undefined {
  const name = siteOf(hostname);
  return name && sites[name]?.controls.join(',');
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
