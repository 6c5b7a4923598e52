// The JSON backup file: export everything (quarantined records included, so nothing is lost),
// and read a backup back checking the whole file before anything is applied. The format is
// described in docs/data-format.md, whose JSON Schema is generated from BackupFile below
// (npm run docs:data-format; a unit test keeps it in step). Combining it with what is stored is
// merge.ts; where a broken file breaks is jsonErrors.ts.
import type { Translate } from '../i18n.ts';
import { formatPath, issueReason } from '../issues.ts';
import { migrate } from '../migrations.ts';
import { SCHEMA_VERSION, State } from '../schema.ts';
import { ianaZone } from '../timeZones.ts';
import { z } from '../zod.ts';
import { jsonErrorLocation } from './jsonErrors.ts';

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
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    data: state,
  };
  return JSON.stringify(file, null, 2) + '\n';
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads a backup, or a bare stored State, and checks all of it. Every problem is reported with
 *  its path; nothing is returned to apply unless the whole file is valid. Older schema versions
 *  are migrated first (paths then refer to the migrated shape, which keeps every field's place).
 *  Warnings that do not block an import (a round naming a person the file does not contain,
 *  quarantined records carried along) come back in `problems`. */
export function parseBackup(input: string, now: Date, t: Translate): ParsedBackup {
  void now; // Part of the signature so future checks (dates in the future…) stay deterministic.
  const fail = (path: string, reason: string): ParsedBackup => ({ ok: false, errors: [{ path, reason }] });
  if (typeof input !== 'string' || !input.trim()) return fail('', t('errBackupEmpty'));
  const text = input.replace(/^\uFEFF/, ''); // Windows editors save JSON with a byte-order mark
  if (text.length > MAX_BACKUP_CHARS)
    return fail('', t('errBackupTooLarge', { size: (text.length / 1_000_000).toFixed(1) }));
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const where = jsonErrorLocation(text, error instanceof Error ? error.message : '');
    if (where === 'end') return fail('', t('errBackupNotJsonCut'));
    return fail('', where ? t('errBackupNotJsonAt', where) : t('errBackupNotJson'));
  }
  if (!isObject(raw)) return fail('', t('errBackupNotOurs'));

  // The envelope, or a bare State for people who saved the stored data directly.
  let data: unknown;
  let prefix: string;
  if ('format' in raw || 'data' in raw) {
    const errors: BackupError[] = [];
    if (raw['format'] !== BACKUP_FORMAT)
      errors.push({ path: 'format', reason: t('errBackupFormat', { format: BACKUP_FORMAT }) });
    const version = raw['formatVersion'];
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
      errors.push({ path: 'formatVersion', reason: t('errBackupFormatVersion') });
    else if (version > BACKUP_FORMAT_VERSION)
      errors.push({ path: 'formatVersion', reason: t('errBackupNewerFormat', { version }) });
    const exportedAt = BackupFile.shape.exportedAt.safeParse(raw['exportedAt'], { reportInput: true });
    if (raw['exportedAt'] !== undefined && !exportedAt.success)
      errors.push({ path: 'exportedAt', reason: issueReason(exportedAt.error.issues[0]!, t) });
    if (!isObject(raw['data'])) errors.push({ path: 'data', reason: t('errBackupNoData') });
    if (errors.length) return { ok: false, errors };
    data = raw['data'];
    prefix = 'data';
  } else if ('schemaVersion' in raw) {
    data = raw;
    prefix = '';
  } else {
    return fail('', t('errBackupNoMarker'));
  }

  const at = (path: ReadonlyArray<string | number>) => formatPath(prefix ? [prefix, ...path] : path);
  const version = (data as Record<string, unknown>)['schemaVersion'];
  if (typeof version === 'number' && version > SCHEMA_VERSION)
    return fail(at(['schemaVersion']), t('errBackupNewerSchema', { version }));
  const migrated = migrate(data);
  // (A newer schema was refused above; what is left is a version no migration starts from.)
  if (!migrated.ok)
    return fail(
      at(['schemaVersion']),
      t('errBackupSchemaVersion', { version: JSON.stringify(version) ?? 'undefined' }),
    );

  const parsed = State.safeParse(migrated.data, { reportInput: true });
  const errors: BackupError[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
      errors.push({ path: at(path), reason: issueReason(issue, t) });
    }
  }
  const state = parsed.success ? parsed.data : undefined;
  // Duplicate ids are checked on the raw lists so they are reported alongside schema errors.
  const lists = migrated.data;
  const dup = { errors, at, t };
  duplicates(lists['people'], ['people'], dup);
  duplicates(lists['processes'], ['processes'], dup);
  duplicates(lists['history'], ['history'], dup);
  duplicates(lists['connectLater'], ['connectLater'], dup);
  if (Array.isArray(lists['processes']))
    lists['processes'].forEach((p, i) => isObject(p) && duplicates(p['rounds'], ['processes', i, 'rounds'], dup));
  // The schema only bounds a zone's length; it must also be a zone, or a hostile file could
  // carry text into what is displayed and exported (.ics) from it.
  state?.processes.forEach((process, pi) =>
    process.rounds.forEach((round, ri) => {
      if (ianaZone(round.timeZone)) return;
      const zone = round.timeZone.replace(/[\u0000-\u001F\u007F]/g, ' ').slice(0, 64);
      errors.push({
        path: at(['processes', pi, 'rounds', ri, 'timeZone']),
        reason: t('errTimeZone', { zone }),
      });
    }),
  );
  if (errors.length || !state) return { ok: false, errors: sortErrors(errors) };

  return { ok: true, state, problems: warnings(state, at, t) };
}

type At = (p: ReadonlyArray<string | number>) => string;

function duplicates(
  list: unknown,
  path: Array<string | number>,
  { errors, at, t }: { errors: BackupError[]; at: At; t: Translate },
) {
  if (!Array.isArray(list)) return;
  const first = new Map<string, number>();
  list.forEach((item, index) => {
    const id = isObject(item) ? item['id'] : undefined;
    if (typeof id !== 'string') return;
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, index);
    else
      errors.push({
        path: at([...path, index, 'id']),
        reason: t('errBackupDuplicateId', { id, other: at([...path, earlier]) }),
      });
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
function warnings(state: State, at: At, t: Translate): string[] {
  const known = new Set(state.people.map((p) => p.id));
  const out: string[] = [];
  state.processes.forEach((process, pi) =>
    process.rounds.forEach((round, ri) =>
      round.interviewerIds.forEach((id, ii) => {
        if (!known.has(id))
          out.push(
            t('warnBackupUnknownPerson', { path: at(['processes', pi, 'rounds', ri, 'interviewerIds', ii]), id }),
          );
      }),
    ),
  );
  if (state.quarantine.length)
    out.push(t('warnBackupQuarantine', { path: at(['quarantine']), count: state.quarantine.length }));
  return out;
}

/** One line for the import dialog's error list: "data.processes[2].rounds[0].at: Invalid ISO datetime". */
export function describeBackupError(error: BackupError): string {
  return error.path ? `${error.path}: ${error.reason}` : error.reason;
}
