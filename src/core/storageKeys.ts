// Storage keys declared once (names only: see core/pacingSchemas.ts for their schemas). Only the
// worker reads or writes them (background/store.ts: readKeys/writeKeys/updateKeys); they are not
// part of the state, so the state's schema version is unchanged and old data stays valid.

/** storage.local: comment pacing, posts commented on per watched person and process (issue 14). */
export const COMMENT_PACING_KEY = 'commentPacing';
/** storage.local: invitations already pending to watched people, and which were dismissed (issue 14). */
export const PENDING_KEY = 'pendingInvitations';
