// What Offer First keeps in the browser's sync storage (storage.sync), and how it is cut to
// fit the browsers' quotas. Chrome and Firefox both allow 102,400 bytes in total, 8,192 bytes
// per item and 512 items, each item measured as its key's length plus the JSON of its value
// (https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/storage/sync,
// https://developer.chrome.com/docs/extensions/reference/api/storage#property-sync). Sizes are
// counted here in UTF-8 bytes, never less than either browser counts.
//
// One item per process ("p:<id>": the process and the people in its rounds); when its people
// do not fit in that one item, the rest go to continuation items ("c:<k>:<id>") carrying the
// same revision, so a reader never joins pieces of two versions. A deleted process leaves a
// tombstone under its key. The settings are one item ("s"). History is never synced.
import { Person, Process, Settings } from '../schema.ts';
import { z } from '../zod.ts';

export const SYNC_FORMAT = 1;
export const QUOTA_BYTES = 102_400;
export const QUOTA_BYTES_PER_ITEM = 8_192;
export const MAX_ITEMS = 512;

export const SETTINGS_ITEM = 's';
export const processKey = (id: string): string => `p:${id}`;
const chunkKey = (id: string, k: number): string => `c:${k}:${id}`;

/** A process as synced: with the people its rounds name (each item carries its own copy). */
export type ProcessRecord = { kind: 'process'; process: Process; people: Person[] };
/** A deleted process: its revision is newer than every version it deletes. */
export type Tombstone = { kind: 'deleted'; id: string; revision: number; deletedAt: string };
export type SyncEntry = ProcessRecord | Tombstone;
export type SettingsRecord = { settings: Settings; revision: number };

/** What sync holds, as records. */
export interface Replica {
  processes: Map<string, SyncEntry>;
  settings?: SettingsRecord | undefined;
}

export const revisionOf = (entry: SyncEntry): number =>
  entry.kind === 'process' ? entry.process.revision : entry.revision;

const rev = z.number().check(z.int(), z.nonnegative());
const Head = z.object({
  v: z.literal(SYNC_FORMAT),
  r: rev,
  /** Continuation items after this one. */
  n: z.optional(z.number().check(z.int(), z.nonnegative(), z.maximum(MAX_ITEMS))),
  process: z.optional(Process),
  people: z.optional(z.array(Person)),
  /** Set on a tombstone: when the process was deleted. */
  del: z.optional(z.iso.datetime({ offset: true })),
});
const Chunk = z.object({ r: rev, people: z.array(Person) });
const SettingsItem = z.object({ v: z.literal(SYNC_FORMAT), r: rev, settings: Settings });
/** Only the format number, to tell a newer version's item (left alone) from a broken one. */
const Versioned = z.object({ v: z.number() });

export interface ReadReplica {
  replica: Replica;
  /** Processes whose items are not all there yet, or in a newer format: left as they are. */
  pending: Set<string>;
  /** Keys whose values could not be read; left in sync, said to the user. */
  unreadable: string[];
  settingsPending: boolean;
}

/** The records in `items` (everything storage.sync.get(null) answered). */
export function readReplica(items: Record<string, unknown>): ReadReplica {
  const out: ReadReplica = {
    replica: { processes: new Map() },
    pending: new Set(),
    unreadable: [],
    settingsPending: false,
  };
  const chunks = new Map<string, z.infer<typeof Chunk>>();
  for (const [key, value] of Object.entries(items)) {
    if (!key.startsWith('c:')) continue;
    const parsed = Chunk.safeParse(value);
    if (parsed.success) chunks.set(key, parsed.data);
    else out.unreadable.push(key);
  }
  for (const [key, value] of Object.entries(items)) {
    if (key === SETTINGS_ITEM) {
      const parsed = SettingsItem.safeParse(value);
      if (parsed.success) out.replica.settings = { settings: parsed.data.settings, revision: parsed.data.r };
      else if (isNewer(value)) out.settingsPending = true;
      else out.unreadable.push(key);
      continue;
    }
    if (!key.startsWith('p:')) continue;
    const id = key.slice(2);
    const parsed = Head.safeParse(value);
    if (!parsed.success) {
      if (isNewer(value)) out.pending.add(id);
      else out.unreadable.push(key);
      continue;
    }
    const head = parsed.data;
    if (head.del !== undefined) {
      out.replica.processes.set(id, { kind: 'deleted', id, revision: head.r, deletedAt: head.del });
      continue;
    }
    if (!head.process || head.process.id !== id || head.process.revision !== head.r) {
      out.unreadable.push(key);
      continue;
    }
    const people = [...(head.people ?? [])];
    let complete = true;
    for (let k = 1; k <= (head.n ?? 0); k++) {
      const chunk = chunks.get(chunkKey(id, k));
      if (!chunk || chunk.r !== head.r) complete = false;
      else people.push(...chunk.people);
    }
    // The browser may deliver a change's items one by one: wait for the rest.
    if (complete) out.replica.processes.set(id, { kind: 'process', process: head.process, people });
    else out.pending.add(id);
  }
  return out;
}

function isNewer(value: unknown): boolean {
  const parsed = Versioned.safeParse(value);
  return parsed.success && parsed.data.v > SYNC_FORMAT;
}

/** UTF-8 length of `text`: what a browser's quota can count at most for it. */
export function byteLength(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

export const itemSize = (key: string, value: unknown): number => byteLength(key) + byteLength(JSON.stringify(value));

/** The items of one record, or undefined when the process alone is too big for one item. */
export function entryItems(entry: SyncEntry): Record<string, unknown> | undefined {
  if (entry.kind === 'deleted')
    return { [processKey(entry.id)]: { v: SYNC_FORMAT, r: entry.revision, del: entry.deletedAt } };
  const { process, people } = entry;
  const id = process.id;
  const r = process.revision;
  // Sizes add up: an item's JSON is its empty form plus each person's JSON and a comma between.
  const empty = (k: number) =>
    k === 0
      ? itemSize(processKey(id), { v: SYNC_FORMAT, r, n: MAX_ITEMS, process, people: [] })
      : itemSize(chunkKey(id, k), { r, people: [] });
  const groups: Person[][] = [[]];
  let used = empty(0);
  if (used > QUOTA_BYTES_PER_ITEM) return undefined;
  for (const person of people) {
    const bytes = byteLength(JSON.stringify(person));
    const last = groups[groups.length - 1]!;
    if (used + bytes + (last.length ? 1 : 0) <= QUOTA_BYTES_PER_ITEM) {
      last.push(person);
      used += bytes + (last.length > 1 ? 1 : 0);
      continue;
    }
    used = empty(groups.length) + bytes;
    if (used > QUOTA_BYTES_PER_ITEM) return undefined;
    groups.push([person]);
  }
  const items: Record<string, unknown> = {
    [processKey(id)]: { v: SYNC_FORMAT, r, n: groups.length - 1, process, people: groups[0] },
  };
  groups.slice(1).forEach((group, i) => (items[chunkKey(id, i + 1)] = { r, people: group }));
  return items;
}

export const settingsItems = (record: SettingsRecord): Record<string, unknown> => ({
  [SETTINGS_ITEM]: { v: SYNC_FORMAT, r: record.revision, settings: record.settings },
});

/** The process a key belongs to (its head or a continuation), if it is a process's. */
export function processIdOf(key: string): string | undefined {
  if (key.startsWith('p:')) return key.slice(2);
  if (key.startsWith('c:') && key.indexOf(':', 2) > 0) return key.slice(key.indexOf(':', 2) + 1);
  return undefined;
}

/** Every key Offer First writes to sync: what "remove the synced copy" removes. */
export const isSyncKey = (key: string): boolean =>
  key === SETTINGS_ITEM || key.startsWith('p:') || key.startsWith('c:');
