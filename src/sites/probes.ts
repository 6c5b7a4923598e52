// The profile probes of every site, for the miss notice. Only the document_idle script
// (src/content/dialogScript.ts) needs them, so they stay out of the per-site scripts every page
// loads at document_start (kept under 8 KB gzip).
import { facebookProbe } from './facebook/probe.ts';
import { linkedinProbe } from './linkedin/probe.ts';
import type { ProfileProbe } from './recogniser.ts';
import type { Site } from '../core/vocabulary.ts';
import { siteOf } from './registry.ts';

export const PROBES: Record<Site, ProfileProbe> = { linkedin: linkedinProbe, facebook: facebookProbe };

export function probeFor(hostname: string): ProfileProbe | undefined {
  const name = siteOf(hostname);
  return name && PROBES[name];
}
