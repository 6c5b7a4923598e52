// Every key the extension keeps in browser storage, declared once. Only names live here, so the
// content scripts and the popup's first screen can import them without bundling a schema;
// core/storageSchemas.ts gives each key its schema (and fails the type-check when one lacks
// it). In the worker, only background/store.ts and background/storageAreas.ts touch storage.

/** storage.local: the interviews, people, settings and history (checked by core/load.ts). */
export const STATE_KEY = 'state';
/**
 * storage.local: a random name for the state stored under STATE_KEY, written in the same set()
 * as every state the worker stores, so a small read tells whether storage still holds the
 * state the worker last read or wrote (background/stateCache.ts).
 */
export const STATE_TOKEN_KEY = 'stateToken';
/**
 * The content scripts' watch list: storage.session (opened to content scripts in Chrome) and,
 * in Firefox, storage.local too (background/watchPublish.ts says why).
 */
export const WATCH_KEY = 'watchIndex';
/** storage.local: what the popup's first screen shows before the rest of it loads. */
export const PREVIEW_KEY = 'popupPreview';
/** storage.local: pages where detection missed, counted per site, for the options page. */
export const MISS_KEY = 'missCounts';
/** storage.local: the whole state as it was before the last import, to take it back. */
export const BACKUP_KEY = 'preImportBackup';
/** storage.local: the last deletions, newest first, each restorable (background/deleted.ts). */
export const DELETED_KEY = 'recentlyDeleted';
/** storage.local: the single undo slot of earlier versions, read once into DELETED_KEY's list. */
export const LEGACY_UNDO_KEY = 'undo';
/** storage.local: whether sync is on, and what the options page shows of it (background/sync/). */
export const SYNC_STATUS_KEY = 'syncStatus';
/** storage.local: comment pacing, posts commented on per watched person and process. */
export const COMMENT_PACING_KEY = 'commentPacing';
/** storage.local: invitations already pending to watched people, and which were dismissed. */
export const PENDING_KEY = 'pendingInvitations';

export const STORAGE_KEYS = [
  STATE_KEY,
  STATE_TOKEN_KEY,
  WATCH_KEY,
  PREVIEW_KEY,
  MISS_KEY,
  BACKUP_KEY,
  DELETED_KEY,
  LEGACY_UNDO_KEY,
  SYNC_STATUS_KEY,
  COMMENT_PACING_KEY,
  PENDING_KEY,
] as const;
export type StorageKey = (typeof STORAGE_KEYS)[number];
