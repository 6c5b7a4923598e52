// Which recognisers (and which profile probe, for the miss notice) run on which host. A new
// site is a new folder and one line here.
import { recogniseAddFriend } from './facebook/addFriend.ts';
import { facebookProbe } from './facebook/probe.ts';
import { recogniseConnect } from './linkedin/connect.ts';
import { linkedinProbe } from './linkedin/probe.ts';
import type { ProfileProbe, Recogniser } from './recogniser.ts';

export type SiteName = 'linkedin' | 'facebook';

export function siteOf(hostname: string): SiteName | undefined {
  if (hostname === 'linkedin.com' || hostname.endsWith('.linkedin.com')) return 'linkedin';
  if (hostname === 'facebook.com' || hostname.endsWith('.facebook.com')) return 'facebook';
  return undefined;
}

export function recognisersFor(hostname: string): Recogniser[] {
  const site = siteOf(hostname);
  if (site === 'linkedin') return [recogniseConnect];
  if (site === 'facebook') return [recogniseAddFriend];
  return [];
}

export function probeFor(hostname: string): ProfileProbe | undefined {
  const site = siteOf(hostname);
  return site === 'linkedin' ? linkedinProbe : site === 'facebook' ? facebookProbe : undefined;
}
