// The compact, read-only list of people the content script watches: identity keys and names,
// nothing about companies, notes or history. The worker republishes it whenever it changes
// (store.ts, watchPublish.ts), so a content script can decide
// *synchronously* inside a click whether the person is one to stop for: a click cannot wait
// for a service worker that may be asleep. Only people in a process that can still produce a
// "stop" verdict are listed; everyone else is never slowed down.
import { z } from './zod.ts';
import { identityKey, parseProfileUrl } from './identity.ts';
import { nameKey } from './names.ts';
import type { Person, State } from './schema.ts';
import { inQuietPeriod, isOpen } from './rule.ts';

import { WATCH_INDEX_VERSION } from './watchChannel.ts';

export { WATCH_INDEX_VERSION };

export const WatchEntry = z.object({
  id: z.string(),
  name: z.string(),
  /** identityKey()s of the person's stored profile links and learnt aliases. */
  keys: z.array(z.string()),
  /**
   * The name folded for matching (core/names.ts nameKey), when it has any letters. Folded once
   * here, per change, rather than by every page's content script: folding 10,000 names left
   * about 30 ms of garbage collection after each LinkedIn page load (traced by `npm run bench`).
   * Optional: a list published by an earlier version lacks it, and is folded where it is read.
   */
  nameKey: z.optional(z.string()),
});
export type WatchEntry = z.infer<typeof WatchEntry>;

export const WatchIndex = z.object({
  v: z.literal(WATCH_INDEX_VERSION),
  people: z.array(WatchEntry),
  /** The user also wants Follow and Message held back (settings; off by default). */
  followAndMessage: z.optional(z.boolean()),
});
export type WatchIndex = z.infer<typeof WatchIndex>;

/**
 * Each person's entry, kept while the person object lives. A person's record is never changed
 * in place (commands build a new object for a changed person), so an entry built once stays
 * right, and a rebuild after a change that kept the people (most writes) parses no link again.
 */
const entries = new WeakMap<Person, WatchEntry>();

export function watchEntry(person: Person): WatchEntry {
  let entry = entries.get(person);
  // Frozen: shared by every index and lookup built from this person, so none may change it.
  if (!entry) entries.set(person, (entry = Object.freeze(buildEntry(person))));
  return entry;
}

function buildEntry(person: Person): WatchEntry {
  const keys: string[] = [];
  for (const [url, site] of [
    [person.linkedinUrl, 'linkedin'],
    [person.facebookUrl, 'facebook'],
  ] as const) {
    if (!url) continue;
    const parsed = parseProfileUrl(url, site);
    if (parsed.ok) keys.push(identityKey(parsed.identity));
  }
  // Identities learnt on the person's own profile (core/aliases.ts).
  for (const alias of person.aliases ?? []) if (!keys.includes(alias)) keys.push(alias);
  const folded = nameKey(person.name);
  return {
    id: person.id,
    name: person.name,
    keys: Object.freeze(keys) as string[],
    ...(folded ? { nameKey: folded } : {}),
  };
}

/**
 * People in processes that can still stop a request at `now`. A quiet period only ever ends,
 * so an entry can go stale only in the safe direction: the worker's verdict then lets the
 * click through at once.
 */
export function buildWatchIndex(state: State, now: Date): WatchIndex {
  const watched = new Set<string>();
  // After "Send anyway" the verdict for that person in that process is "allow" (unless the
  // user asked to be asked again): leaving them out spares them the dialog opening and closing.
  const allowed = state.settings.askAgainAfterSendAnyway
    ? new Set<string>()
    : new Set(state.allowances.map((a) => `${a.processId} ${a.personId}`));
  for (const process of state.processes) {
    if (!isOpen(process.status) && !inQuietPeriod(process, state.settings, now)) continue;
    for (const round of process.rounds)
      for (const id of round.interviewerIds) if (!allowed.has(`${process.id} ${id}`)) watched.add(id);
  }
  return {
    v: WATCH_INDEX_VERSION,
    people: state.people.filter((p) => watched.has(p.id)).map(watchEntry),
    followAndMessage: state.settings.guardFollowAndMessage,
  };
}
