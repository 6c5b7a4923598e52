// Which recognisers (and which profile probe, for the miss notice) run on which host. A new
// site is a new folder and one line here.
import { recogniseAddFriend } from './facebook/addFriend.ts';
import { recogniseFollowMessage as facebookFollowMessage } from './facebook/followMessage.ts';
import { facebookProbe } from './facebook/probe.ts';
import { recogniseConnect } from './linkedin/connect.ts';
import { recogniseFollowMessage as linkedinFollowMessage } from './linkedin/followMessage.ts';
import { linkedinProbe } from './linkedin/probe.ts';
import type { ProfileProbe, Recogniser } from './recogniser.ts';

export type SiteName = 'linkedin' | 'facebook';

export function siteOf(hostname: string): SiteName | undefined {
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
 * The request recognisers first, so a control is always a request before it is a follow or
 * a message; Follow/Message only when the user opted in.
 */
export function recognisersFor(hostname: string, options: RecogniserOptions = {}): Recogniser[] {
  const site = siteOf(hostname);
  const extra = options.followAndMessage === true;
  if (site === 'linkedin') return extra ? [recogniseConnect, linkedinFollowMessage] : [recogniseConnect];
  if (site === 'facebook') return extra ? [recogniseAddFriend, facebookFollowMessage] : [recogniseAddFriend];
  return [];
}

export function probeFor(hostname: string): ProfileProbe | undefined {
  const site = siteOf(hostname);
  return site === 'linkedin' ? linkedinProbe : site === 'facebook' ? facebookProbe : undefined;
}
