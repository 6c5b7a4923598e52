// The schema of every storage key of core/storageKeys.ts, in one table: a key added there
// without a schema here fails the type-check. Worker-side only (zod): the content scripts and
// the popup's first screen check their one key by hand (content/watchList.ts,
// core/previewShape.ts), and tests hold those checks to these schemas.
import { CommentPacing, PendingInvitations } from './pacingSchemas.ts';
import { PopupPreview } from './preview.ts';
import { Person, Process } from './schema.ts';
import type { StorageKey } from './storageKeys.ts';
import { Site } from './vocabularySchemas.ts';
import { WatchIndex } from './watchIndex.ts';
import { z } from './zod.ts';

export const MissCounts = z.partialRecord(Site, z.number().check(z.nonnegative()));
export type MissCounts = z.infer<typeof MissCounts>;

// The state inside is read with loadState (migrations, quarantine) when restored, so a backup
// taken before an update of the extension can still be restored after it.
export const BackupRecord = z.object({ savedAt: z.string(), state: z.unknown() });

export const Deletion = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  deletedAt: z.string(),
  process: Process,
  index: z.number(),
  people: z.array(Person),
});
export type Deletion = z.infer<typeof Deletion>;

export const LegacyUndo = z.object({ process: Process, index: z.number(), people: z.array(Person) });

const rev = z.number().check(z.int(), z.nonnegative());

/**
 * Sync through the browser's account (background/sync/): off by default. `base` is what this
 * browser knew sync held after its last merge (core/sync/merge.ts); the rest is what the
 * options page shows: the last merge, what stays local for lack of room, the last failure.
 */
export const SyncStatus = z.object({
  enabled: z.boolean(),
  base: z.optional(z.object({ processes: z.record(z.string(), rev), settings: z.optional(rev) })),
  /** When the last merge with sync finished. */
  lastAt: z.optional(z.string()),
  /** The first merge after turning sync on, as counts (core/sync/merge.ts SyncSummary). */
  firstSummary: z.optional(
    z.object({
      received: rev,
      updated: rev,
      removed: rev,
      sent: rev,
      peopleMerged: rev,
      settings: z.enum(['same', 'received', 'sent']),
    }),
  ),
  /** Processes kept only here because sync is full (or one is too big for an item). */
  notSynced: z.array(z.object({ id: z.string(), company: z.string(), role: z.string() })),
  /** Sync items this version could not read (left in sync as they are). */
  unreadable: z.optional(z.number().check(z.int(), z.nonnegative())),
  /** The last failure, in the user's language; cleared by the next merge that works. */
  error: z.optional(z.string()),
  /** Times (ms) of this browser's writes to sync in the last hour: the browsers cap them. */
  writes: z.array(z.number()),
  /** Bytes and items sync holds after the last merge. */
  bytes: z.optional(rev),
  items: z.optional(rev),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

export const SYNC_OFF: SyncStatus = { enabled: false, notSynced: [], writes: [] };

export function readSyncStatus(value: unknown): SyncStatus {
  const parsed = SyncStatus.safeParse(value);
  return parsed.success ? parsed.data : SYNC_OFF;
}

export const STORAGE_SCHEMAS = {
  // Read record by record, with migrations and quarantine, by core/load.ts: a bad record is set
  // aside inside the state, never a reason to refuse the rest.
  state: z.unknown(),
  // Compared, never trusted: anything but the name this worker last wrote means "read again".
  stateToken: z.unknown(),
  watchIndex: WatchIndex,
  popupPreview: PopupPreview,
  missCounts: MissCounts,
  preImportBackup: BackupRecord,
  // Entries are checked one by one (background/deleted.ts): an unreadable one is skipped.
  recentlyDeleted: z.array(z.unknown()),
  undo: LegacyUndo,
  syncStatus: SyncStatus,
  commentPacing: CommentPacing,
  pendingInvitations: PendingInvitations,
} satisfies Record<StorageKey, z.ZodMiniType>;
