// Which recognisers run on which host. A new site is a new folder and one line here.
import { recogniseAddFriend } from './facebook/addFriend.ts';
import { recogniseConnect } from './linkedin/connect.ts';
import type { Recogniser } from './recogniser.ts';

export function recognisersFor(hostname: string): Recogniser[] {
  if (hostname === 'linkedin.com' || hostname.endsWith('.linkedin.com')) return [recogniseConnect];
  if (hostname === 'facebook.com' || hostname.endsWith('.facebook.com')) return [recogniseAddFriend];
  return [];
}
