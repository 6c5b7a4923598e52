// The JSON backup: export everything (quarantined records included, so nothing is lost),
// read a backup back checking the whole file before anything is applied, and combine it with
// what is stored. The format is described in docs/data-format.md, whose JSON Schema is
// generated from BackupFile below (npm run docs:data-format; a unit test keeps it in step).
import type { Translate } from './i18n.ts';
import { parseProfileUrl, identityKey } from './identity.ts';
import { formatPath, issueReason } from './issues.ts';
import { migrate } from './migrations.ts';
import { HISTORY_LIMIT, Person, Process, SCHEMA_VERSION, State } from './schema.ts';
import { ianaZone } from './timeZones.ts';
import { z } from './zod.ts';

export const BACKUP_FORMAT = 'offer-first-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** A year of daily interviews is well under 1 MB; anything above 5 MB is not our file. */
export const MAX_BACKUP_CHARS = 5_000_000;

/** The file as written by exportBackup. `data` is the stored State as it is. */
export const BackupFile = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  data: State,
});
export type BackupFile = z.infer<typeof BackupFile>;

export interface BackupError {
  /** Where in the file, e.g. `data.processes[2].rounds[0].at`; '' for the file as a whole. */
  path: string;
  reason: string;
}
export type ParsedBackup = { ok: true; state: State; problems: string[] } | { ok: false; errors: BackupError[] };

export function exportBackup(state: State, now: Date): string {
  const file: BackupFile = { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, exportedAt: now.toISOString(), data: state };
  return JSON.stringify(file, null, 2) + '\n';
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** "line 3, column 14" for a JSON.parse error. Firefox and newer V8 put the line and column
 *  in the message; older V8 says only "at position 41", and V8 11 (Node 20) sometimes nothing,
 *  so then our own scan finds the spot. */
export function jsonErrorLocation(text: string, message: string): string | undefined {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return `line ${lc[1]}, column ${lc[2]}`;
  const pos = /position (\d+)/.exec(message);
  const offset = pos ? Number(pos[1]) : jsonErrorOffset(text);
  if (offset === undefined) return undefined;
  if (offset >= text.trimEnd().length) return 'the end of the file (it looks cut off)';
  const before = text.slice(0, offset);
  return `line ${before.split('\n').length}, column ${offset - before.lastIndexOf('\n')}`;
}

/** Offset of the first character that breaks the JSON grammar (RFC 8259), or undefined when
 *  the text is valid or too deeply nested to scan. Only run after JSON.parse failed. */
export function jsonErrorOffset(s: string): number | undefined {
  let i = 0;
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const fail = (): never => {
    throw i;
  };
  const ws = () => {
    while (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r') i++;
  };
  const word = (w: string) => {
    for (const c of w) if (s[i] === c) i++; else fail();
  };
  const string = () => {
    i++;
    for (;;) {
      const c = s[i];
      if (c === undefined || c < ' ') fail();
      if (c === '"') return void i++;
      if (c !== '\\') i++;
      else if (s[i + 1] === 'u') {
        i += 2;
        for (let k = 0; k < 4; k++) if (/[\da-f]/i.test(s[i] ?? '')) i++; else fail();
      } else if ('"\\/bfnrt'.includes(s[i + 1] ?? 'x')) i += 2;
      else {
        i++;
        fail();
      }
    }
  };
  const list = (close: string, item: () => void) => {
    i++;
    ws();
    if (s[i] === close) return void i++;
    for (;;) {
      item();
      ws();
      if (s[i] === ',') {
        i++;
        ws();
      } else if (s[i] === close) return void i++;
      else fail();
    }
  };
  const value = (): void => {
    ws();
    const c = s[i];
    if (c === '{')
      list('}', () => {
        if (s[i] !== '"') fail();
        string();
        ws();
        if (s[i] !== ':') fail();
        i++;
        value();
      });
    else if (c === '[') list(']', value);
    else if (c === '"') string();
    else if (c === 't') word('true');
    else if (c === 'f') word('false');
    else if (c === 'n') word('null');
    else {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(s)) fail();
      i = NUMBER.lastIndex;
    }
  };
  try {
    value();
    ws();
    return i < s.length ? i : undefined;
  } catch (error) {
    return typeof error === 'number' ? error : undefined; // RangeError: nested beyond the stack
  }
}

/** Reads a backup, or a bare stored State, and checks all of it. Every problem is reported with
 *  its path; nothing is returned to apply unless the whole file is valid. Older schema versions
 *  are migrated first (paths then refer to the migrated shape, which keeps every field's place).
 *  Warnings that do not block an import (a round naming a person the file does not contain,
 *  quarantined records carried along) come back in `problems`. */
export function parseBackup(input: string, now: Date, t?: Translate): ParsedBackup {
  void now; // Part of the signature so future checks (dates in the future…) stay deterministic.
  const fail = (path: string, reason: string): ParsedBackup => ({ ok: false, errors: [{ path, reason }] });
  if (typeof input !== 'string' || !input.trim()) return fail('', 'The file is empty.');
  const text = input.replace(/^\uFEFF/, ''); // Windows editors save JSON with a byte-order mark
  if (text.length > MAX_BACKUP_CHARS)
    return fail('', `The file is ${(text.length / 1_000_000).toFixed(1)} MB; an Offer First backup is never larger than 5 MB, so this is not one.`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const where = jsonErrorLocation(text, error instanceof Error ? error.message : '');
    return fail('', `The file is not valid JSON${where ? ` (the problem is at ${where})` : ''}. Was it edited by hand?`);
  }
  if (!isObject(raw)) return fail('', 'The file does not contain an Offer First backup.');

  // The envelope, or a bare State for people who saved the stored data directly.
  let data: unknown;
  let prefix: string;
  if ('format' in raw || 'data' in raw) {
    const errors: BackupError[] = [];
    if (raw['format'] !== BACKUP_FORMAT)
      errors.push({ path: 'format', reason: `Expected "${BACKUP_FORMAT}"; this is not an Offer First backup.` });
    const version = raw['formatVersion'];
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
      errors.push({ path: 'formatVersion', reason: 'Missing or not a whole number.' });
    else if (version > BACKUP_FORMAT_VERSION)
      errors.push({ path: 'formatVersion', reason: `The file was made by a newer version of Offer First (backup format ${version}); update the extension to read it.` });
    const exportedAt = BackupFile.shape.exportedAt.safeParse(raw['exportedAt'], { reportInput: true });
    if (raw['exportedAt'] !== undefined && !exportedAt.success) errors.push({ path: 'exportedAt', reason: issueReason(exportedAt.error.issues[0]!) });
    if (!isObject(raw['data'])) errors.push({ path: 'data', reason: 'Missing: the backup holds no data.' });
    if (errors.length) return { ok: false, errors };
    data = raw['data'];
    prefix = 'data';
  } else if ('schemaVersion' in raw) {
    data = raw;
    prefix = '';
  } else {
    return fail('', 'The file does not contain an Offer First backup (no "format" or "schemaVersion").');
  }

  const at = (path: ReadonlyArray<string | number>) => formatPath(prefix ? [prefix, ...path] : path);
  const version = (data as Record<string, unknown>)['schemaVersion'];
  if (typeof version === 'number' && version > SCHEMA_VERSION)
    return fail(at(['schemaVersion']), `The data was saved by a newer version of Offer First (schema ${version}); update the extension to read it.`);
  const migrated = migrate(data);
  if (!migrated.ok) return fail(at(['schemaVersion']), `The data cannot be read: ${migrated.reason}.`);

  const parsed = State.safeParse(migrated.data, { reportInput: true });
  const errors: BackupError[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
      errors.push({ path: at(path), reason: issueReason(issue) });
    }
  }
  const state = parsed.success ? parsed.data : undefined;
  // Duplicate ids are checked on the raw lists so they are reported alongside schema errors.
  const lists = migrated.data;
  duplicates(lists['people'], ['people'], errors, at);
  duplicates(lists['processes'], ['processes'], errors, at);
  duplicates(lists['history'], ['history'], errors, at);
  duplicates(lists['connectLater'], ['connectLater'], errors, at);
  if (Array.isArray(lists['processes']))
    lists['processes'].forEach((p, i) => isObject(p) && duplicates(p['rounds'], ['processes', i, 'rounds'], errors, at));
  // The schema only bounds a zone's length; it must also be a zone, or a hostile file could
  // carry text into what is displayed and exported (.ics) from it.
  state?.processes.forEach((process, pi) =>
    process.rounds.forEach((round, ri) => {
      if (ianaZone(round.timeZone)) return;
      const zone = round.timeZone.replace(/[\u0000-\u001F\u007F]/g, ' ').slice(0, 64);
      errors.push({
        path: at(['processes', pi, 'rounds', ri, 'timeZone']),
        reason: t ? t('errTimeZone', { zone }) : `"${zone}" is not a time zone this browser knows (IANA names such as Europe/Paris).`,
      });
    }),
  );
  if (errors.length || !state) return { ok: false, errors: sortErrors(errors) };

  return { ok: true, state, problems: warnings(state, at) };
}

function duplicates(list: unknown, path: Array<string | number>, errors: BackupError[], at: (p: ReadonlyArray<string | number>) => string) {
  if (!Array.isArray(list)) return;
  const first = new Map<string, number>();
  list.forEach((item, index) => {
    const id = isObject(item) ? item['id'] : undefined;
    if (typeof id !== 'string') return;
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, index);
    else errors.push({ path: at([...path, index, 'id']), reason: `Duplicate id "${id}" (also used by ${at([...path, earlier])}).` });
  });
}

// In the order they appear in the file: path segments compared numerically where numeric.
function sortErrors(errors: BackupError[]): BackupError[] {
  const key = (p: string) => p.split(/[.[\]]+/).filter(Boolean);
  return errors.sort((a, b) => {
    const ka = key(a.path);
    const kb = key(b.path);
    for (let i = 0; i < Math.min(ka.length, kb.length); i++) {
      const x = ka[i]!;
      const y = kb[i]!;
      if (x === y) continue;
      return /^\d+$/.test(x) && /^\d+$/.test(y) ? Number(x) - Number(y) : x < y ? -1 : 1;
    }
    return ka.length - kb.length;
  });
}

/** Non-blocking findings. A round naming a person the file lacks is kept as it is: the rule
 *  and the watch index ignore unknown ids, and dropping the reference would lose data a later
 *  import could complete. */
function warnings(state: State, at: (p: ReadonlyArray<string | number>) => string): string[] {
  const known = new Set(state.people.map((p) => p.id));
  const out: string[] = [];
  state.processes.forEach((process, pi) =>
    process.rounds.forEach((round, ri) =>
      round.interviewerIds.forEach((id, ii) => {
        if (!known.has(id))
          out.push(`${at(['processes', pi, 'rounds', ri, 'interviewerIds', ii])}: no person with id "${id}" in the file; the round keeps the reference.`);
      }),
    ),
  );
  if (state.quarantine.length)
    out.push(`${at(['quarantine'])}: ${state.quarantine.length} record(s) that could not be read earlier are carried along unchanged.`);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Merging

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
 *   stored id. A process with the same id is taken from the file when it differs, unless the
 *   stored copy has a newer `updatedAt` (then the stored one is kept: it holds the later edit);
 *   on equal `updatedAt` the file wins, because the user chose to import it. Settings stay.
 *   History entries and "remind me" requests are added by id, allowances by person and
 *   process; stored ones are never changed. The summary counts people and processes only.
 * - Both: quarantined records are united (the same record is kept once), so neither side's
 *   unreadable data is lost.
 */
export function mergeStates(current: State, incoming: State, mode: 'merge' | 'replace'): { state: State; summary: MergeSummary } {
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
          rounds: process.rounds.map((r) => ({ ...r, interviewerIds: [...new Set(r.interviewerIds.map((id) => rename.get(id) ?? id))] })),
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
    ...incoming.history.filter((h) => !storedHistory.has(h.id)).map((h) => (h.personId ? { ...h, personId: person(h.personId) } : h)),
  ];
  // A history, not an archive: past the limit the oldest entries go first, as in the store.
  if (history.length > HISTORY_LIMIT) history = [...history].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).slice(-HISTORY_LIMIT);
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
    state: { ...current, schemaVersion: SCHEMA_VERSION, people, processes, settings: current.settings, history, connectLater, allowances, quarantine },
    summary,
  };
}

/** One line for the import dialog's error list: "data.processes[2].rounds[0].at: Invalid ISO datetime". */
export function describeBackupError(error: BackupError): string {
  return error.path ? `${error.path}: ${error.reason}` : error.reason;
}
