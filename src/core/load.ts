// Reading stored (or imported) data: migrate, then validate record by record. A record that
// fails validation is moved to the state's quarantine with the reason — kept, shown and
// exported — so one bad record never costs the user the rest of their data.
import en from '../i18n/locales/en.json';
import { catalogTranslate } from './i18n.ts';
import { describeIssue } from './issues.ts';
import { migrate } from './migrations.ts';
import {
  Allowance,
  ConnectLater,
  DEFAULT_SETTINGS,
  HistoryEntry,
  Person,
  Process,
  Quarantined,
  SCHEMA_VERSION,
  Settings,
  emptyState,
  type State,
} from './schema.ts';
import type { z } from './zod.ts';

export interface Loaded {
  state: State;
  /** Human-readable problems found while reading, one per quarantined record. */
  problems: string[];
  /**
   * Set when the data was saved by a newer version of Offer First: `state` holds what this
   * version can read of it (so blocking keeps working), and the worker must not write it back.
   */
  readOnly?: { schemaVersion: number };
}

// A quarantine reason is stored with its record and exported with it, so it is written once, in
// English (the catalog's own words), whatever language the browser had on the day it was kept.
const storedWords = catalogTranslate(en);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function loadState(raw: unknown, now: Date): Loaded {
  if (raw === undefined) return { state: emptyState(), problems: [] };
  const keptAt = now.toISOString();
  const newer = isObject(raw) ? raw['schemaVersion'] : undefined;
  if (typeof newer === 'number' && Number.isInteger(newer) && newer > SCHEMA_VERSION) {
    // A newer shape usually only adds to ours: read what still fits, record by record, and
    // never write it back (the worker refuses every change while this is set).
    const { state } = readRecords({ ...raw, schemaVersion: SCHEMA_VERSION } as Record<string, unknown>, keptAt);
    return { state, problems: [], readOnly: { schemaVersion: newer } };
  }
  const migrated = migrate(raw);
  if (!migrated.ok) {
    const state = emptyState();
    state.quarantine.push({
      kind: 'state',
      reason: storedWords('loadUnreadable', { why: storedWords(migrated.reason.key, migrated.reason.params) }),
      keptAt,
      data: raw,
    });
    return { state, problems: [state.quarantine[0]!.reason] };
  }
  return readRecords(migrated.data, keptAt);
}

const count = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0);

function readRecords(data: Record<string, unknown>, keptAt: string): Loaded {
  const problems: string[] = [];
  const quarantine: Quarantined[] = [];
  const keep = (kind: Quarantined['kind'], reason: string, value: unknown) => {
    quarantine.push({ kind, reason, keptAt, data: value });
    problems.push(reason);
  };

  const people = records(data['people'], 'people', Person, (reason, value) => keep('person', reason, value));
  const processes = records(data['processes'], 'processes', Process, (reason, value) => keep('process', reason, value));
  const history = records(data['history'], 'history', HistoryEntry, (reason, value) => keep('history', reason, value));
  const connectLater = records(data['connectLater'], 'connectLater', ConnectLater, (reason, value) =>
    keep('connectLater', reason, value),
  );
  const allowances = records(
    data['allowances'],
    'allowances',
    Allowance,
    (reason, value) => keep('allowance', reason, value),
    false,
  );
  let settings = DEFAULT_SETTINGS;
  const parsedSettings = Settings.safeParse(data['settings']);
  if (parsedSettings.success) settings = parsedSettings.data;
  else if (data['settings'] !== undefined)
    keep('settings', describeIssue(parsedSettings.error, storedWords, ['settings']), data['settings']);

  // A quarantine that is itself damaged (not a list) is kept whole, as one unreadable record.
  const stored = data['quarantine'];
  const earlier: unknown[] = Array.isArray(stored) ? stored : stored === undefined ? [] : [stored];
  const kept = earlier.map((q): Quarantined => {
    const parsed = Quarantined.safeParse(q);
    return parsed.success
      ? parsed.data
      : { kind: 'state', reason: storedWords('quarantineUnreadable'), keptAt, data: q };
  });

  const settingsRevision = count(data['settingsRevision']);
  // The counter never goes below a revision already handed out, even in a hand-edited file.
  const revision = Math.max(count(data['revision']), settingsRevision, ...processes.map((p) => p.revision));
  return {
    state: {
      schemaVersion: SCHEMA_VERSION,
      people,
      processes,
      settings,
      history,
      connectLater,
      allowances,
      quarantine: [...kept, ...quarantine],
      revision,
      settingsRevision,
    },
    problems,
  };
}

/**
 * Whether loadState, given `state` back from storage, would return it unchanged: true for a
 * state that passed State.parse unless it holds what only a read sets right (a duplicate id,
 * which a read quarantines; a process revision above the counter, which a read lifts it to).
 * The worker keeps a state it wrote as its validated copy only then (background/stateCache.ts).
 */
export function readsBackAsIs(state: State): boolean {
  const unique = (list: { id: string }[]) => new Set(list.map((r) => r.id)).size === list.length;
  return (
    unique(state.people) &&
    unique(state.processes) &&
    unique(state.history) &&
    unique(state.connectLater) &&
    state.revision >= state.settingsRevision &&
    state.processes.every((p) => p.revision <= state.revision)
  );
}

function records<T>(
  list: unknown,
  name: string,
  schema: z.ZodMiniType<T>,
  reject: (reason: string, value: unknown) => void,
  uniqueIds = true,
): T[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    reject(`${name}: expected a list`, list);
    return [];
  }
  const out: T[] = [];
  const ids = new Set<string>();
  list.forEach((item, index) => {
    const parsed = schema.safeParse(item);
    if (!parsed.success) return reject(describeIssue(parsed.error, storedWords, [name, index]), item);
    const id = (parsed.data as { id: string }).id;
    if (uniqueIds && ids.has(id)) return reject(`${name}[${index}].id: duplicate id ${id}`, item);
    ids.add(id);
    out.push(parsed.data);
  });
  return out;
}
