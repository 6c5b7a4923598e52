// Every message's handler, by type. The tables are typed by the protocol maps, so a message
// added to a schema without a handler here (or a handler answering the wrong reply) fails the
// type-check.
import type { ContentCommand } from '../../core/messages.ts';
import type { PageCommand } from '../../core/pageMessages.ts';
import { commentOutcome } from './commentOutcome.ts';
import { deleteProcess } from './deleteProcess.ts';
import { dismissPending } from './dismissPending.ts';
import { getPacing } from './getPacing.ts';
import { getState } from './getState.ts';
import { getSync } from './getSync.ts';
import { getVerdict } from './getVerdict.ts';
import { importBackup } from './importBackup.ts';
import { noteAlias } from './noteAlias.ts';
import { noteComment } from './noteComment.ts';
import { noteMiss } from './noteMiss.ts';
import { notePending } from './notePending.ts';
import { recordOutcome } from './recordOutcome.ts';
import { restoreBackup } from './restoreBackup.ts';
import { saveProcess } from './saveProcess.ts';
import { saveSettings } from './saveSettings.ts';
import { setResearch } from './setResearch.ts';
import { setStatus } from './setStatus.ts';
import { setSync } from './setSync.ts';
import { undoDelete } from './undoDelete.ts';
import type { ContentHandler, PageHandler } from './types.ts';

export const pageHandlers: { [K in PageCommand]: PageHandler<K> } = {
  getState,
  saveProcess,
  setStatus,
  deleteProcess,
  undoDelete,
  saveSettings,
  importBackup,
  restoreBackup,
  getSync,
  setSync,
  setResearch,
  getPacing,
  dismissPending,
};

export const contentHandlers: { [K in ContentCommand]: ContentHandler<K> } = {
  getVerdict,
  noteMiss,
  noteAlias,
  recordOutcome,
  noteComment,
  commentOutcome,
  notePending,
};
