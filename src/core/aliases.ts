// One account, several identities: a Facebook profile is reachable by its username
// (/jane.doe.77) and by its numeric id (profile.php?id=1000…), and a page often shows one while
// the control carries the other (m.facebook.com/<username>, whose add-friend link names the id:
// docs/dom-catalog.md §12, tests/fixtures/facebook/m-touch-alias-en.html). When the content
// script sees both together on a watched person's own profile, the worker remembers the pair
// here, so that later pages showing only one of them still match.
import { identityKey } from './identity.ts';
import type { Identity } from './vocabulary.ts';
import type { Person, State } from './schema.ts';
import { buildWatchIndex, watchEntry } from './watchIndex.ts';

const MAX_ALIASES = 8;

/** The identity keys a person is known by: their stored links, then learnt aliases. */
export function keysOf(person: Person): string[] {
  return watchEntry(person).keys;
}

/**
 * The state with `identities` remembered on the one watched person who already owns one of
 * them; unchanged when no watched person owns one, when another person owns the other (the
 * page would be claiming someone else's identity), or when there is nothing new to learn.
 */
export function learnAliases(state: State, identities: readonly Identity[], now: Date): State {
  const keys = identities.map(identityKey);
  const site = identities[0]?.site;
  if (!site || identities.some((i) => i.site !== site)) return state;
  const watched = new Set(buildWatchIndex(state, now).people.map((p) => p.id));
  const owners = state.people.filter((p) => keysOf(p).some((k) => keys.includes(k)));
  const [owner] = owners;
  if (owners.length !== 1 || !owner || !watched.has(owner.id)) return state;
  const known = keysOf(owner);
  const fresh = keys.filter((k) => !known.includes(k));
  if (fresh.length === 0) return state;
  const aliases = [...(owner.aliases ?? []), ...fresh].slice(-MAX_ALIASES);
  return { ...state, people: state.people.map((p) => (p === owner ? { ...p, aliases } : p)) };
}
