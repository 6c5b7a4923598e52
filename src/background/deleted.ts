// "Recently deleted": each delete is kept under its own id, newest first, so Undo (in the
// popup's toast or the options page's list, after the popup closed) restores exactly the
// deletion it names. A short list, not an archive: the oldest are dropped beyond the cap.
import type { Removed } from '../core/commands.ts';
import { DELETED_KEY, LEGACY_UNDO_KEY } from '../core/storageKeys.ts';
import { Deletion, LegacyUndo } from '../core/storageSchemas.ts';

export type { Deletion } from '../core/storageSchemas.ts';
export const DELETED_LIMIT = 10;

/** What a page shows of a deletion. */
export type DeletionSummary = { id: string; deletedAt: string; company: string; role: string };

/** The stored list (unreadable entries are skipped: an undo record is not user data). */
export function readDeletions(stored: Record<string, unknown>): Deletion[] {
  const list = Array.isArray(stored[DELETED_KEY]) ? stored[DELETED_KEY] : [];
  const out: Deletion[] = [];
  for (const item of list) {
    const parsed = Deletion.safeParse(item);
    if (parsed.success) out.push(parsed.data);
  }
  const legacy = LegacyUndo.safeParse(stored[LEGACY_UNDO_KEY]);
  if (legacy.success && !out.some((d) => d.process.id === legacy.data.process.id))
    out.push({ id: `undo-${legacy.data.process.id}`, deletedAt: legacy.data.process.updatedAt, ...legacy.data });
  return out;
}

export function summarize(list: Deletion[]): DeletionSummary[] {
  return list.map((d) => ({ id: d.id, deletedAt: d.deletedAt, company: d.process.company, role: d.process.role }));
}

/** The storage keys to write with a delete: the new entry first, the list capped. */
export function withDeletion(list: Deletion[], id: string, at: Date, removed: Removed): Record<string, unknown> {
  return {
    [DELETED_KEY]: [{ id, deletedAt: at.toISOString(), ...removed }, ...list].slice(0, DELETED_LIMIT),
    [LEGACY_UNDO_KEY]: null,
  };
}

export function withoutDeletion(list: Deletion[], id: string): Record<string, unknown> {
  return { [DELETED_KEY]: list.filter((d) => d.id !== id), [LEGACY_UNDO_KEY]: null };
}
