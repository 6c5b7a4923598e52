// The profile open in the active tab, for the popup's "Add <Name> as an interviewer": which
// person the tab's address denotes, the clean link to store for them, and whether they are on
// the list already (then the popup says where instead of offering to add them).
import { identityKey, parseProfileUrl } from './identity.ts';
import type { Site } from './vocabulary.ts';
import type { Person, State } from './schema.ts';
import { watchEntry } from './watchIndex.ts';

export interface TabProfile {
  site: Site;
  /** identityKey() of the person the address denotes. */
  key: string;
  /** The profile link to store: the address without tracking parameters, sub-pages or fragment. */
  url: string;
}

/** The link to store for a profile address: the person's profile itself, nothing else. */
function cleanUrl(url: URL, site: Site): string {
  const seg = url.pathname.split('/').filter(Boolean);
  if (site === 'linkedin') {
    // /in/<slug>/details/experience/?trk=… → /in/<slug>/
    if (seg[0] === 'in' && seg[1]) return `https://www.linkedin.com/in/${seg[1]}/`;
    return `https://www.linkedin.com/${seg.join('/')}/`;
  }
  const id = url.searchParams.get('id');
  if (seg[0] === 'profile.php' && id) return `https://www.facebook.com/profile.php?id=${id}`;
  if (seg[0] === 'people') return `https://www.facebook.com/${seg.slice(0, 3).join('/')}`;
  return `https://www.facebook.com/${seg[0] ?? ''}`;
}

/** The profile a tab's address shows, or undefined for any other page (a feed, a company, a search). */
export function profileOf(address: string): TabProfile | undefined {
  const parsed = parseProfileUrl(address);
  if (!parsed.ok) return undefined;
  const { site } = parsed.identity;
  const key = identityKey(parsed.identity);
  let url: string;
  try {
    url = cleanUrl(new URL(address), site);
  } catch {
    return undefined;
  }
  // The clean link must denote the same person; if not (a form this does not know), keep the
  // address itself, less its fragment.
  const again = parseProfileUrl(url, site);
  if (!again.ok || identityKey(again.identity) !== key) url = address.split('#')[0]!;
  return { site, key, url };
}

export interface Place {
  processId: string;
  company: string;
  role: string;
  /** The person's next round in this process, or their last once all are past. */
  at: string;
  upcoming: boolean;
}

/** The stored person with this identity and the processes they are in, or undefined. */
export function findOnList(state: State, key: string, now: Date): { person: Person; places: Place[] } | undefined {
  const person = state.people.find((p) => watchEntry(p).keys.includes(key));
  if (!person) return undefined;
  const places: Place[] = [];
  for (const process of state.processes) {
    const times = process.rounds
      .filter((r) => r.interviewerIds.includes(person.id))
      .map((r) => r.at)
      .sort((a, b) => Date.parse(a) - Date.parse(b));
    if (times.length === 0) continue;
    const next = times.find((at) => Date.parse(at) > now.getTime());
    const at = next ?? times[times.length - 1]!;
    places.push({ processId: process.id, company: process.company, role: process.role, at, upcoming: !!next });
  }
  // Upcoming first, soonest first; then past, latest first.
  places.sort((a, b) =>
    a.upcoming !== b.upcoming
      ? a.upcoming
        ? -1
        : 1
      : a.upcoming
        ? Date.parse(a.at) - Date.parse(b.at)
        : Date.parse(b.at) - Date.parse(a.at),
  );
  return { person, places };
}
