// Stored data carries a schema version; every older shape is brought forward here, one step
// per version, before validation. Steps are defensive: they only add or rename what they
// know and leave anything odd for validation to quarantine (core/load.ts), never to drop.
import { SCHEMA_VERSION } from './schema.ts';

type Data = Record<string, unknown>;
type Migration = (data: Data) => Data;

const isObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);
const mapObjects = (list: unknown, f: (item: Data) => Data) =>
  Array.isArray(list) ? list.map((x) => (isObject(x) ? f(x) : x)) : list;

/** MIGRATIONS[n] turns version n into version n + 1. */
export const MIGRATIONS: Record<number, Migration> = {
  // v1 → v2: process notes and statusChangedAt, a required time zone per round, the quiet
  // period setting, and per-record quarantine inside the state.
  1: (data) => ({
    ...data,
    processes: mapObjects(data['processes'], (p) => ({
      notes: '',
      statusChangedAt: p['updatedAt'],
      ...p,
      rounds: mapObjects(p['rounds'], (r) => ({
        ...r,
        timeZone: typeof r['timeZone'] === 'string' ? r['timeZone'] : 'UTC',
      })),
    })),
    settings: isObject(data['settings']) ? { quietDaysAfterClose: 0, ...data['settings'] } : data['settings'],
    quarantine: [],
  }),
  // v2 → v3: history of interceptions, "remind me when I get the offer", send-anyway
  // allowances, and the dialog/reminder settings (all defaults: off or as before). The values
  // are written out rather than taken from DEFAULT_SETTINGS on purpose: a migration must keep
  // producing what version 3 meant even after the defaults change.
  2: (data) => ({
    ...data,
    settings: isObject(data['settings'])
      ? {
          friction: 'none',
          askAgainAfterSendAnyway: false,
          guardFollowAndMessage: false,
          remindDayBefore: true,
          remindHourBefore: true,
          notifyConnectNow: true,
          showBadge: true,
          ...data['settings'],
        }
      : data['settings'],
    history: [],
    connectLater: [],
    allowances: [],
  }),
  // v3 → v4: revisions (Process.revision, State.revision, State.settingsRevision) so no save
  // is built on stale data, and Person.otherNames. Everything starts at revision 1.
  3: (data) => ({
    ...data,
    processes: mapObjects(data['processes'], (p) => ({ ...p, revision: 1 })),
    revision: 1,
    settingsRevision: 1,
  }),
};

/** Why stored data cannot be migrated: a catalog key and its parameters (core/load.ts words it). */
export type MigrationRefusal = { key: string; params?: Record<string, string> };
export type MigrationResult = { ok: true; data: Data } | { ok: false; reason: MigrationRefusal };

export function migrate(raw: unknown): MigrationResult {
  if (!isObject(raw)) return { ok: false, reason: { key: 'migrateNotObject' } };
  let data = raw;
  let version = data['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return {
      ok: false,
      reason: { key: 'migrateUnknownVersion', params: { version: String(JSON.stringify(version)) } },
    };
  if (version > SCHEMA_VERSION)
    return { ok: false, reason: { key: 'migrateNewer', params: { version: String(version) } } };
  while (version < SCHEMA_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) return { ok: false, reason: { key: 'migrateNoStep', params: { version: String(version) } } };
    data = { ...step(data), schemaVersion: version + 1 };
    version += 1;
  }
  return { ok: true, data };
}
