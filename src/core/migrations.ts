// Stored data carries a schema version; every older shape is brought forward here, one step
// per version, before validation. Each step gets a test from a stored sample of its version.
import { SCHEMA_VERSION } from './schema.ts';

type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[n] turns version n into version n + 1. */
const MIGRATIONS: Record<number, Migration> = {};

export type MigrationResult = { ok: true; data: unknown } | { ok: false; reason: string };

export function migrate(raw: unknown): MigrationResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, reason: 'not an object' };
  let data = raw as Record<string, unknown>;
  let version = data['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, reason: `unknown schema version ${String(version)}` };
  if (version > SCHEMA_VERSION)
    return { ok: false, reason: `saved by a newer version of Offer First (schema ${version})` };
  while (version < SCHEMA_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) return { ok: false, reason: `no migration from schema ${version}` };
    data = { ...step(data), schemaVersion: version + 1 };
    version += 1;
  }
  return { ok: true, data };
}
