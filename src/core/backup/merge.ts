// Combining a validated backup with what is stored: replace, or merge record by record without
// losing either side's data (see mergeStates).
import { parseProfileUrl, identityKey } from '../identity.ts';
import { unionResearch } from '../research.ts';
import { HISTORY_LIMIT, Person, Process, SCHEMA_VERSION, State } from '../schema.ts';

export interface MergeSummary {
  /** Records (people and processes) in the result that were not there before. */
  added: number;
  /** Records whose content changed. */
  updated: number;
  /** Records in both that were already the same (a person merged into its stored twin without change counts here). */
  unchanged: number;
  /** Processes whose stored copy is newer (updatedAt) than the file's, so the file's was not applied. */
  olderIgnored: number;
  /** Records that a replace dropped (always 0 for merge). */
  removed: number;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The research checklist of a person merged with the file's copy: the union of the ticks. */
function withResearch(stored: Person, file: Person): Pick<Person, 'research'> {
  const research = unionResearch(stored.research, file.research);
  return research ? { research } : {};
}

/** The identity keys of a person's profile links ("linkedin:slug:jane-doe"). */
function profileKeys(person: Person): string[] {
  const keys: string[] = [];
  for (const url of [person.linkedinUrl, person.facebookUrl]) {
    if (!url) continue;
    const parsed = parseProfileUrl(url);
    if (parsed.ok) keys.push(identityKey(parsed.identity));
  }
  return keys;
}

const siteKey = (url: string | undefined) => {
  const parsed = url ? parseProfileUrl(url) : undefined;
  return parsed?.ok ? identityKey(parsed.identity) : url;
};
/** Two people who name different profiles on the same site cannot be one person. */
const conflicts = (a: Person, b: Person) =>
  (!!a.linkedinUrl && !!b.linkedinUrl && siteKey(a.linkedinUrl) !== siteKey(b.linkedinUrl)) ||
  (!!a.facebookUrl && !!b.facebookUrl && siteKey(a.facebookUrl) !== siteKey(b.facebookUrl));

/**
 * Combines a validated import with what is stored.
 * - `replace`: the file's people, processes and settings; counts compare with what was stored.
 * - `merge`: records are matched by id. A person in the file that shares a LinkedIn or Facebook
 *   identity with a stored person (under another id) is the same person: the stored one is kept,
 *   its missing links and title filled from the file, and the file's rounds are rewritten to the
 *   stored id. A person's research checklist keeps the ticks of both (core/research.ts
 *   unionResearch): a tick is research done, and an older file must not take it away. A
 *   process with the same id is taken from the file when it differs, unless the stored copy
 *   has a newer `updatedAt` (then the stored one is kept: it holds the later edit);
 *   on equal `updatedAt` the file wins, because the user chose to import it. Settings stay.
 *   History entries and "remind me" requests are added by id, allowances by person and
 *   process; stored ones are never changed. The summary counts people and processes only.
 * - Both: quarantined records are united (the same record is kept once), so neither side's
 *   unreadable data is lost.
 */
export function mergeStates(
  current: State,
  incoming: State,
  mode: 'merge' | 'replace',
): { state: State; summary: MergeSummary } {
  const summary: MergeSummary = { added: 0, updated: 0, unchanged: 0, olderIgnored: 0, removed: 0 };
  const quarantine = [...current.quarantine];
  for (const q of incoming.quarantine) if (!quarantine.some((c) => same(c, q))) quarantine.push(q);

  if (mode === 'replace') {
    const count = <T extends { id: string }>(before: T[], after: T[]) => {
      const old = new Map(before.map((r) => [r.id, r]));
      for (const r of after) {
        const o = old.get(r.id);
        if (!o) summary.added++;
        else if (same(o, r)) summary.unchanged++;
        else summary.updated++;
      }
      const kept = new Set(after.map((r) => r.id));
      summary.removed += before.filter((r) => !kept.has(r.id)).length;
    };
    count(current.people, incoming.people);
    count(current.processes, incoming.processes);
    return { state: { ...incoming, schemaVersion: SCHEMA_VERSION, quarantine }, summary };
  }

  // People: by id first, so identities below are read from each stored person as the file
  // leaves it.
  const people = [...current.people];
  const byId = new Map(people.map((p, i) => [p.id, i]));
  for (const person of incoming.people) {
    const index = byId.get(person.id);
    if (index === undefined) continue;
    // The file's record, with what it lacks filled from the stored one: a link left out of a
    // file must not stop the stored person from being watched.
    const stored = people[index]!;
    const next: Person = {
      ...person,
      ...(!person.linkedinUrl && stored.linkedinUrl ? { linkedinUrl: stored.linkedinUrl } : {}),
      ...(!person.facebookUrl && stored.facebookUrl ? { facebookUrl: stored.facebookUrl } : {}),
      ...(!person.title && stored.title ? { title: stored.title } : {}),
      ...withResearch(stored, person),
    };
    if (same(stored, next)) summary.unchanged++;
    else {
      people[index] = next;
      summary.updated++;
    }
  }
  // Then by identity. The file's other people are grouped with everyone sharing a profile with
  // them, directly or through someone else (a file can hold one person twice, once per site).
  // A group with a stored person becomes the earliest stored one; a group of newcomers becomes
  // its first member. Grouping the whole set, not person by person, makes merging the same
  // file again change nothing more.
  const newcomers = incoming.people.filter((p) => !byId.has(p.id));
  const nodes = [...people, ...newcomers];
  const parent = nodes.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const firstWithKey = new Map<string, number>();
  nodes.forEach((p, i) =>
    profileKeys(p).forEach((k) => {
      const j = firstWithKey.get(k);
      if (j === undefined) firstWithKey.set(k, i);
      else parent[Math.max(root(i), root(j))] = Math.min(root(i), root(j)); // the root is the group's earliest node
    }),
  );
  const rename = new Map<string, string>(); // file's person id → id of the person it became
  const slotOfRoot = new Map<number, number>(); // group root → index in `people`
  newcomers.forEach((person, n) => {
    const r = root(current.people.length + n);
    const slot = r < current.people.length ? r : slotOfRoot.get(r);
    if (slot === undefined) {
      slotOfRoot.set(r, people.length);
      people.push(person);
      summary.added++;
      return;
    }
    const twin = people[slot]!;
    // Grouping is transitive: someone may reach a twin that holds another profile on the same
    // site (A and B share a Facebook link, B and C a LinkedIn one). Merged, one of the two
    // LinkedIn links would be dropped and that person no longer watched: kept apart instead.
    if (conflicts(twin, person)) {
      people.push(person);
      summary.added++;
      return;
    }
    rename.set(person.id, twin.id);
    const filled: Person = {
      ...twin,
      ...(!twin.linkedinUrl && person.linkedinUrl ? { linkedinUrl: person.linkedinUrl } : {}),
      ...(!twin.facebookUrl && person.facebookUrl ? { facebookUrl: person.facebookUrl } : {}),
      ...(!twin.title && person.title ? { title: person.title } : {}),
      ...withResearch(twin, person),
    };
    if (same(filled, twin) || slot >= current.people.length) summary.unchanged++;
    else summary.updated++;
    people[slot] = filled;
  });

  // Processes: the file's rounds point at the stored ids of deduplicated people.
  const renamed = (process: Process): Process =>
    rename.size === 0
      ? process
      : {
          ...process,
          rounds: process.rounds.map((r) => ({
            ...r,
            interviewerIds: [...new Set(r.interviewerIds.map((id) => rename.get(id) ?? id))],
          })),
        };
  const processes = [...current.processes];
  const processIndex = new Map(processes.map((p, i) => [p.id, i]));
  for (const original of incoming.processes) {
    const process = renamed(original);
    const index = processIndex.get(process.id);
    if (index === undefined) {
      processIndex.set(process.id, processes.length);
      processes.push(process);
      summary.added++;
      continue;
    }
    const stored = processes[index]!;
    if (same(stored, process)) summary.unchanged++;
    else if (Date.parse(stored.updatedAt) > Date.parse(process.updatedAt)) summary.olderIgnored++;
    else {
      processes[index] = process;
      summary.updated++;
    }
  }

  // The rest follows the people and processes: stored entries stay as they are, the file's new
  // ones are added (pointing at the stored twin of a deduplicated person).
  const person = (id: string) => rename.get(id) ?? id;
  const storedHistory = new Set(current.history.map((h) => h.id));
  let history = [
    ...current.history,
    ...incoming.history
      .filter((h) => !storedHistory.has(h.id))
      .map((h) => (h.personId ? { ...h, personId: person(h.personId) } : h)),
  ];
  // A history, not an archive: past the limit the oldest entries go first, as in the store.
  if (history.length > HISTORY_LIMIT)
    history = [...history].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).slice(-HISTORY_LIMIT);
  const storedLater = new Set(current.connectLater.map((c) => c.id));
  const connectLater = [
    ...current.connectLater,
    ...incoming.connectLater.filter((c) => !storedLater.has(c.id)).map((c) => ({ ...c, personId: person(c.personId) })),
  ];
  const allowances = [...current.allowances];
  const allowed = new Set(allowances.map((a) => `${a.personId}\u0000${a.processId}`));
  for (const a of incoming.allowances) {
    const key = `${person(a.personId)}\u0000${a.processId}`;
    if (allowed.has(key)) continue;
    allowed.add(key);
    allowances.push({ ...a, personId: person(a.personId) });
  }

  return {
    state: {
      ...current,
      schemaVersion: SCHEMA_VERSION,
      people,
      processes,
      settings: current.settings,
      history,
      connectLater,
      allowances,
      quarantine,
    },
    summary,
  };
}
