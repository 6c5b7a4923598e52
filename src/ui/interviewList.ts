// The list of interview processes: soonest first, status changed in one step, edit, and
// delete with undo (the worker keeps each deletion under its id, so undo survives closing
// the popup: the options page lists them). Each change carries the revision it was built on.
import { agenda, withTimes, type AgendaEntry, type AgendaItem } from '../core/agenda.ts';
import { STATUS_KEY } from '../core/revisions.ts';
import { PROCESS_STATUSES, type ProcessStatus, type State } from '../core/schema.ts';
import { api } from './api.ts';
import { h } from './dom.ts';
import { locale, t } from './i18n.ts';

export const statusLabel = (status: ProcessStatus) => t(STATUS_KEY[status]);

export interface ListOptions {
  onEdit(processId: string): void;
  onChanged(state: State): void;
  /** Tells the user what happened (a polite live region). */
  announce(message: string, undo?: () => void): void;
  /** Only processes whose company, role or interviewers contain this text (accents and case ignored). */
  query?: string;
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function renderInterviewList(list: HTMLElement, state: State, options: ListOptions): number {
  const query = fold(options.query?.trim() ?? '');
  const items = agenda(state, new Date(), locale).filter(
    (item) => !query || fold([item.company, item.role, ...item.interviewers].join(' ')).includes(query),
  );
  return renderAgenda(list, items, options);
}

/** The popup's first screen (core/preview.ts), before the whole state has arrived. */
export function renderPreview(list: HTMLElement, entries: AgendaEntry[], options: ListOptions): number {
  const now = new Date();
  return renderAgenda(list, entries.map((entry) => withTimes(entry, now, locale)), options);
}

function renderAgenda(list: HTMLElement, items: AgendaItem[], options: ListOptions): number {
  const render = (item: AgendaItem) => {
    const name = item.role ? `${item.company} · ${item.role}` : item.company;
    const select = h('select', { attrs: { 'aria-label': t('statusOf', { name }) } });
    for (const status of PROCESS_STATUSES) {
      const option = h('option', { attrs: { value: status } }, statusLabel(status));
      option.selected = status === item.status;
      select.append(option);
    }
    select.addEventListener('change', async () => {
      const reply = await api.setStatus(item.processId, select.value as ProcessStatus, item.revision);
      if (!reply.ok) {
        // Refused (changed elsewhere, storage full…): say so, and show the status as stored.
        select.value = item.status;
        options.announce(reply.error);
        if (reply.state) options.onChanged(reply.state);
        return;
      }
      options.announce(t('statusChanged', { company: item.company, status: statusLabel(select.value as ProcessStatus) }));
      options.onChanged(reply.state);
    });
    const remove = async () => {
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
    };
    return h(
      'li',
      { attrs: { 'data-status': item.status } },
      h('div', { class: 'title' }, name),
      h('div', { class: 'meta' }, h('time', { attrs: { datetime: item.at } }, `${item.relative} (${item.absolute})`)),
      item.interviewers.length > 0 && h('div', { class: 'meta' }, t('withPeople', { names: item.interviewers.join(', ') })),
      h(
        'div',
        { class: 'row' },
        select,
        h('button', { attrs: { type: 'button', 'aria-label': t('editLabel', { name }) }, on: { click: () => options.onEdit(item.processId) } }, t('edit')),
        h('button', { attrs: { type: 'button', 'aria-label': t('deleteLabel', { name }) }, on: { click: () => void remove() } }, t('delete')),
      ),
    );
  };
  // What the popup shows first is rendered at once; the rest follows in chunks, so a long
  // list (1,000 processes) does not hold the page back. A newer render stops an older one.
  const run = (rendering.get(list) ?? 0) + 1;
  rendering.set(list, run);
  list.replaceChildren(...items.slice(0, FIRST).map(render));
  const more = (from: number) => {
    if (rendering.get(list) !== run || from >= items.length) return;
    list.append(...items.slice(from, from + CHUNK).map(render));
    setTimeout(() => more(from + CHUNK), 0);
  };
  setTimeout(() => more(FIRST), 0);
  return items.length;
}

/** Items rendered at once (more than a popup or a first screen shows), then per chunk. */
const FIRST = 25;
const CHUNK = 100;
const rendering = new WeakMap<HTMLElement, number>();
