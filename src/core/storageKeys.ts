// Keys of storage.local besides the state, each declared once with its schema. Read and
// written only by the worker (background/store.ts).
import { z } from './zod.ts';

const rev = z.number().check(z.int(), z.nonnegative());

/**
 * Sync through the browser's account (background/sync/): off by default. `base` is what this
 * browser knew sync held after its last merge (core/sync/merge.ts); the rest is what the
 * options page shows: the last merge, what stays local for lack of room, the last failure.
 */
export const SYNC_STATUS_KEY = 'syncStatus';
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
