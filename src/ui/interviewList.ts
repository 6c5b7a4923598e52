// The list of interview processes: soonest first, status changed in one step, edit, and
// delete with undo (the worker keeps each deletion under its id, so undo survives closing
// the popup: the options page lists them). Each change carries the revision it was built on.
// The rows themselves are drawn by agendaRows.ts.
import { agenda, withTimes, type AgendaEntry, type AgendaItem } from '../core/agenda.ts';
import type { ProcessStatus, State } from '../core/schema.ts';
import { renderAgenda, statusLabel as labelOf, type RowActions } from './agendaRows.ts';
import { api } from './api.ts';
import { locale, t } from './i18n.ts';
import { researchFor } from './researchChecklist.ts';

export const statusLabel = (status: ProcessStatus) => labelOf(t, status);

export interface ListOptions {
  onEdit(processId: string): void;
  onChanged(state: State): void;
  /** Tells the user what happened (a polite live region). */
  announce(message: string, undo?: () => void): void;
  /** Only processes whose company, role or interviewers contain this text (accents and case ignored). */
  query?: string;
  /** The next upcoming interview leads, larger (the popup). */
  lead?: boolean;
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function renderInterviewList(list: HTMLElement, state: State, options: ListOptions): number {
  const query = fold(options.query?.trim() ?? '');
  const items = agenda(state, new Date(), locale).filter(
    (item) => !query || fold([item.company, item.role, ...item.interviewers].join(' ')).includes(query),
  );
  const details = (item: AgendaItem) => researchFor(state, item.processId, options);
  return renderAgenda(list, items, { ...rowActions(options), details }, { lead: options.lead ?? false });
}

/** The popup's first screen (core/preview.ts), before the whole state has arrived. */
export function renderPreview(list: HTMLElement, entries: AgendaEntry[], options: ListOptions): number {
  const now = new Date();
  return renderAgenda(
    list,
    entries.map((entry) => withTimes(entry, now, locale)),
    rowActions(options),
    { lead: options.lead ?? false },
  );
}

/** What a row's controls do: each change goes to the worker, and what it stored is shown. */
export function rowActions(options: ListOptions): RowActions {
  async function setStatus(item: AgendaItem, status: ProcessStatus, revert: () => void) {
    const reply = await api.setStatus(item.processId, status, item.revision);
    if (!reply.ok) {
      // Refused (changed elsewhere, storage full…): say so, and show the status as stored.
      revert();
      options.announce(reply.error);
      if (reply.state) options.onChanged(reply.state);
      return;
    }
    options.announce(t('statusChanged', { company: item.company, status: statusLabel(status) }));
    options.onChanged(reply.state);
  }
  async function remove(item: AgendaItem) {
    const reply = await api.deleteProcess(item.processId, item.revision);
    if (!reply.ok) {
      options.announce(reply.error);
      if (reply.state) options.onChanged(reply.state);
      return;
    }
    options.onChanged(reply.state);
    const { deletionId } = reply;
    options.announce(t('deleted', { company: item.company }), async () => {
      const undone = await api.undoDelete(deletionId);
      if (!undone.ok) return options.announce(undone.error);
      options.onChanged(undone.state);
      options.announce(t('undeleted', { company: item.company }));
    });
  }
  return {
    t,
    setStatus: (item, status, revert) => void setStatus(item, status, revert),
    edit: (processId) => options.onEdit(processId),
    remove: (item) => void remove(item),
  };
}
