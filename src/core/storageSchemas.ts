// The schema of every storage key of core/storageKeys.ts, in one table: a key added there
// without a schema here fails the type-check. Worker-side only (zod): the content scripts and
// the popup's first screen check their one key by hand (content/watchList.ts,
// core/previewShape.ts), and tests hold those checks to these schemas.
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

export const STORAGE_SCHEMAS = {
  // Read record by record, with migrations and quarantine, by core/load.ts: a bad record is set
  // aside inside the state, never a reason to refuse the rest.
  state: z.unknown(),
  watchIndex: WatchIndex,
  popupPreview: PopupPreview,
  missCounts: MissCounts,
  preImportBackup: BackupRecord,
  // Entries are checked one by one (background/deleted.ts): an unreadable one is skipped.
  recentlyDeleted: z.array(z.unknown()),
  undo: LegacyUndo,
} satisfies Record<StorageKey, z.ZodMiniType>;
