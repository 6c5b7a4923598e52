// The pages' side of the message protocol: every change goes to the worker, the single writer.
import browser from 'webextension-polyfill';
import type { ChangeReply, ImportReply, PageMessage, SaveReply, StateReply } from '../core/pageMessages.ts';
import type { Settings } from '../core/schema.ts';

function send<T>(message: PageMessage): Promise<T> {
  return browser.runtime.sendMessage(message) as Promise<T>;
}

export const api = {
  getState: () => send<StateReply>({ type: 'getState' }),
  saveProcess: (draft: Extract<PageMessage, { type: 'saveProcess' }>['draft']) => send<SaveReply>({ type: 'saveProcess', draft }),
  setStatus: (processId: string, status: Extract<PageMessage, { type: 'setStatus' }>['status']) =>
    send<ChangeReply>({ type: 'setStatus', processId, status }),
  deleteProcess: (processId: string) => send<ChangeReply>({ type: 'deleteProcess', processId }),
  undoDelete: () => send<ChangeReply>({ type: 'undoDelete' }),
  saveSettings: (settings: Settings) => send<ChangeReply>({ type: 'saveSettings', settings }),
  importBackup: (text: string, mode: 'merge' | 'replace') => send<ImportReply>({ type: 'importBackup', text, mode }),
  restoreBackup: () => send<ChangeReply>({ type: 'restoreBackup' }),
};
