// The people of a merged list. Every synced process carries its own copy of the people in its
// rounds, so after a merge the same person can come from several copies, and the same
// interviewer entered on two machines has two ids. The result depends only on the set of
// processes and their copies, never on which machine computes it, so every machine ends with
// the same people:
// - a person's details come from the newest process (by revision) that names them;
// - people with a profile identity in common are one person (the rule used when a profile is
//   entered twice: core/commands.ts findByIdentity, core/people.ts mergePerson), kept under
//   the smallest id, the rounds renamed to it.
import { keysOf } from '../aliases.ts';
import { mergePerson } from '../people.ts';
import type { Person, Process } from '../schema.ts';

const MAX_ALIASES = 8;

export interface Sourced {
  process: Process;
  /** The people this copy of the process carries (at least those its rounds name). */
  people: Person[];
}

export interface JoinedPeople {
  processes: Process[];
  people: Person[];
  /** How many people were folded into another (the same interviewer from two machines). */
  merged: number;
  /** Old id → the id of the person it was folded into. */
  rename: Map<string, string>;
}

const byRevision = (a: Sourced, b: Sourced) =>
  b.process.revision - a.process.revision || (a.process.id < b.process.id ? -1 : a.process.id > b.process.id ? 1 : 0);

export function joinPeople(sources: Sourced[], order: (a: Person, b: Person) => number = byId): JoinedPeople {
  const details = new Map<string, Person>();
  for (const source of [...sources].sort(byRevision)) {
    const named = new Set(source.process.rounds.flatMap((r) => r.interviewerIds));
    for (const person of source.people) {
      if (named.has(person.id) && !details.has(person.id)) details.set(person.id, person);
    }
  }
  const { people, rename, merged } = foldByIdentity([...details.values()].sort(byId));
  const processes = sources.map(({ process }) => renameIn(process, rename));
  return { processes, people: people.sort(order), merged, rename };
}

const byId = (a: Person, b: Person) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * People in id order, each folded into the first kept person with an identity key in common,
 * unless the two name different profiles on the same site (then they are two people, as a
 * backup merge decides: core/backup/merge.ts).
 */
function foldByIdentity(sorted: Person[]): { people: Person[]; rename: Map<string, string>; merged: number } {
  const kept: Person[] = [];
  const keptKeys: string[][] = [];
  const owners = new Map<string, number[]>();
  const rename = new Map<string, string>();
  let merged = 0;
  for (const person of sorted) {
    const keys = keysOf(person);
    const candidates = [...new Set(keys.flatMap((key) => owners.get(key) ?? []))].sort((a, b) => a - b);
    const i = candidates.find((c) => !conflicts(keptKeys[c]!, keys));
    if (i === undefined) {
      kept.push(person);
      keptKeys.push(keys);
    } else {
      rename.set(person.id, kept[i]!.id);
      kept[i] = fold(kept[i]!, person);
      keptKeys[i] = keysOf(kept[i]!);
      merged++;
    }
    const index = i ?? kept.length - 1;
    for (const key of keptKeys[index]!) {
      const list = owners.get(key) ?? [];
      if (!list.includes(index)) owners.set(key, [...list, index]);
    }
  }
  return { people: kept, rename, merged };
}

/** Both name a profile on one site, and no profile they name there is the same. */
const conflicts = (a: string[], b: string[]) =>
  (['linkedin', 'facebook'] as const).some((site) => {
    const x = a.filter((k) => k.startsWith(`${site}:`));
    const y = new Set(b.filter((k) => k.startsWith(`${site}:`)));
    return x.length > 0 && y.size > 0 && !x.some((k) => y.has(k));
  });

/** `other` folded into `kept` as if entered again: links added, the fuller name kept. */
function fold(kept: Person, other: Person): Person {
  const draft = {
    name: other.name,
    ...(other.linkedinUrl ? { linkedinUrl: other.linkedinUrl } : {}),
    ...(other.facebookUrl ? { facebookUrl: other.facebookUrl } : {}),
    ...(other.title ? { title: other.title } : {}),
  };
  // The kept person's own links win (mergePerson lets a draft's link replace a stored one).
  const base = mergePerson(kept, { ...draft, ...pickLinks(kept) }, undefined);
  const withNames = (other.otherNames ?? []).reduce(
    (p, name) => mergePerson(p, { name, ...pickLinks(p) }, undefined),
    base,
  );
  const aliases = [...new Set([...(kept.aliases ?? []), ...(other.aliases ?? [])])].slice(0, MAX_ALIASES);
  return aliases.length ? { ...withNames, aliases } : withNames;
}

const pickLinks = (p: Person) => ({
  ...(p.linkedinUrl ? { linkedinUrl: p.linkedinUrl } : {}),
  ...(p.facebookUrl ? { facebookUrl: p.facebookUrl } : {}),
});

function renameIn(process: Process, rename: Map<string, string>): Process {
  let changed = false;
  const rounds = process.rounds.map((round) => {
    const ids = [...new Set(round.interviewerIds.map((id) => rename.get(id) ?? id))];
    if (ids.length === round.interviewerIds.length && ids.every((id, i) => id === round.interviewerIds[i]))
      return round;
    changed = true;
    return { ...round, interviewerIds: ids };
  });
  return changed ? { ...process, rounds } : process;
}
