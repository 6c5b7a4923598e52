// The check before every write ("a bug must not reach storage"), paid only for what a change
// touched. Commands are pure and build new objects only for what they change (an interception
// adds one history entry and keeps every person, process and earlier entry as the same object),
// so a record that is the very object of the state the change started from was checked when
// that state was read (core/load.ts) or written, and needs no second look. Everything else is
// checked with the same schemas as State.parse, and the result is what State.parse would give.
import {
  Allowance,
  ConnectLater,
  HistoryEntry,
  Person,
  Process,
  Quarantined,
  State,
  type State as StateType,
} from './schema.ts';
import type { z } from './zod.ts';

/** The state's lists, checked record by record. Other fields are checked whole. */
const LISTS: Partial<Record<keyof StateType, z.ZodMiniType>> = {
  people: Person,
  processes: Process,
  history: HistoryEntry,
  connectLater: ConnectLater,
  allowances: Allowance,
  quarantine: Quarantined,
};

/**
 * `next`, checked as State.parse(next) would check it, given that `base` is a valid state
 * (read through loadState or returned by an earlier check, and never mutated since). Throws
 * State.parse's own error when anything is wrong, so a failure reads the same as before.
 */
export function checkChange(next: StateType, base: StateType): StateType {
  try {
    return checkParts(next, base);
  } catch {
    return State.parse(next); // throws with the whole state's path, as it always did
  }
}

function checkParts(next: StateType, base: StateType): StateType {
  if (typeof next !== 'object' || next === null || Array.isArray(next)) throw new Error('not an object');
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(State.shape) as [keyof StateType, z.ZodMiniType][]) {
    const value = next[key];
    const before = base[key];
    if (value === before) out[key] = value;
    else if (LISTS[key] && Array.isArray(value)) out[key] = checkList(value, before as unknown[], LISTS[key]);
    else out[key] = schema.parse(value);
  }
  return out as StateType;
}

function checkList(list: unknown[], before: unknown[], schema: z.ZodMiniType): unknown[] {
  const checked = new Set(before);
  return list.map((item) => (checked.has(item) ? item : schema.parse(item)));
}
