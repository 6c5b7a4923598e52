// Who on the page is this? Looks a seen person (identity from the clicked control, and/or
// a name) up among stored people in O(1): one map by profile identity, one by name key.
import { identityKey } from './identity.ts';
import type { Identity, Site } from './vocabulary.ts';
import { nameKey, namesMatch } from './names.ts';
import type { PersonMatch } from './personMatch.ts';
import type { WatchEntry } from './watchIndex.ts';

export interface SeenPerson {
  site: Site;
  /** The identity the clicked control itself carries (its link), else the page's profile. */
  identity?: Identity | undefined;
  /**
   * Other identities the page gives for the same person: on a profile, the page's own URL when
   * the control (whose link holds a numeric id) sits in that profile's header or action bar.
   */
  also?: Identity[] | undefined;
  name?: string | undefined;
}

export class PersonLookup {
  readonly #byKey = new Map<string, WatchEntry[]>();
  readonly #entries: readonly WatchEntry[];
  #byName: Map<string, WatchEntry[]> | undefined;

  constructor(entries: readonly WatchEntry[]) {
    this.#entries = entries;
    for (const entry of entries) for (const key of entry.keys) push(this.#byKey, key, entry);
  }

  /** How many people are watched. */
  get size(): number {
    return this.#entries.length;
  }

  /**
   * The name index, built on first use or by warm(). The worker folds each name once
   * (watchIndex.ts `nameKey`); folding thousands here, on every page, took tens of milliseconds
   * and left as much garbage to collect, so only an entry without it is folded here.
   */
  #names(): Map<string, WatchEntry[]> {
    if (!this.#byName) {
      this.#byName = new Map();
      for (const entry of this.#entries) {
        const nk = entry.nameKey ?? nameKey(entry.name);
        if (nk) push(this.#byName, nk, entry);
      }
    }
    return this.#byName;
  }

  /** Builds the name index ahead of the first click (call when the page is idle). */
  warm(): void {
    this.#names();
  }

  find(seen: SeenPerson): PersonMatch[] {
    const identities = seen.identity ? [seen.identity, ...(seen.also ?? [])] : [];
    // Any identity the page gives for the person is enough (the control's own first): one
    // person can be known by a username and a numeric id at once (Facebook), and the user may
    // have saved either.
    for (const identity of identities) {
      const hits = this.#byKey.get(identityKey(identity));
      if (hits?.length) return hits.map((e) => ({ personId: e.id, strength: 'profile' as const }));
    }
    if (!seen.name) return [];
    const candidates = this.#names().get(nameKey(seen.name));
    if (!candidates) return [];
    // "facebook:id:": the kind part of an identityKey, to tell "same kind, different person".
    const seenKinds = identities.map((i) => `${i.site}:${i.kind}:`);
    return (
      candidates
        // Same site and same kind of identity, yet different value: a namesake, not our person
        // (two people can share a name). A different kind (numeric id vs username) proves nothing.
        .filter((e) => !e.keys.some((k) => seenKinds.some((kind) => k.startsWith(kind))))
        .filter((e) => namesMatch(e.name, seen.name!))
        .map((e) => ({ personId: e.id, strength: 'name' as const }))
    );
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
