// The list of interview processes: soonest first, status changed in one step, edit, and
// delete with undo (the worker keeps the deleted record, so undo survives closing the popup).
import { agenda } from '../core/agenda.ts';
import { PROCESS_STATUSES, type ProcessStatus, type State } from '../core/schema.ts';
import { api } from './api.ts';
import { h } from './dom.ts';

export const STATUS_LABEL: Record<ProcessStatus, string> = {
  scheduled: 'Scheduled',
  interviewing: 'Interviewing',
  'awaiting-decision': 'Awaiting decision',
  offer: 'Offer received',
  accepted: 'Offer accepted',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

export interface ListOptions {
  onEdit(processId: string): void;
  onChanged(state: State): void;
  /** Tells the user what happened (a polite live region). */
  announce(message: string, undo?: () => void): void;
}

export function renderInterviewList(list: HTMLElement, state: State, options: ListOptions): number {
  const items = agenda(state, new Date());
  list.replaceChildren(
    ...items.map((item) => {
      const name = item.role ? `${item.company} · ${item.role}` : item.company;
      const select = h('select', { attrs: { 'aria-label': `Status of ${name}` } });
      for (const status of PROCESS_STATUSES) {
        const option = h('option', { attrs: { value: status } }, STATUS_LABEL[status]);
        option.selected = status === item.status;
        select.append(option);
      }
      select.addEventListener('change', async () => {
        const reply = await api.setStatus(item.processId, select.value as ProcessStatus);
        if (!reply.ok) return options.announce(reply.error);
        options.announce(`${item.company}: ${STATUS_LABEL[select.value as ProcessStatus]}.`);
        options.onChanged(reply.state);
      });
      const remove = async () => {
        const reply = await api.deleteProcess(item.processId);
        if (!reply.ok) return options.announce(reply.error);
        options.onChanged(reply.state);
        options.announce(`Deleted the interview with ${item.company}.`, async () => {
          const undone = await api.undoDelete();
          if (!undone.ok) return options.announce(undone.error);
          options.onChanged(undone.state);
          options.announce(`Restored the interview with ${item.company}.`);
        });
      };
      return h(
        'li',
        { attrs: { 'data-status': item.status } },
        h('div', { class: 'title' }, name),
        h('div', { class: 'meta' }, h('time', { attrs: { datetime: item.at } }, `${item.relative} (${item.absolute})`)),
        item.interviewers.length > 0 && h('div', { class: 'meta' }, `With ${item.interviewers.join(', ')}`),
        h(
          'div',
          { class: 'row' },
          select,
          h('button', { attrs: { type: 'button', 'aria-label': `Edit ${name}` }, on: { click: () => options.onEdit(item.processId) } }, 'Edit'),
          h('button', { attrs: { type: 'button', 'aria-label': `Delete ${name}` }, on: { click: () => void remove() } }, 'Delete'),
        ),
      );
    }),
  );
  return items.length;
}
