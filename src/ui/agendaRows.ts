// The interview list's rows: markup only, with what a row does passed in (interviewList.ts
// sends the changes to the worker). Kept free of the message protocol and of zod, so the
// popup's first screen draws the same rows before the rest of its script has loaded.
import type { AgendaItem } from '../core/agenda.ts';
import type { Translate } from '../core/i18n.ts';
import { STATUS_KEY } from '../core/revisions.ts';
import { PROCESS_STATUSES, type ProcessStatus } from '../core/statuses.ts';
import { h } from './dom.ts';

export interface RowActions {
  t: Translate;
  /** The user picked another status in the row's select (select.value); item.status is the stored one. */
  setStatus(item: AgendaItem, select: HTMLSelectElement): void;
  edit(processId: string): void;
  remove(item: AgendaItem): void;
  /** More under the row once the whole state is known (the research checklists). */
  details?(item: AgendaItem): Node | undefined;
}

export const statusLabel = (t: Translate, status: ProcessStatus) => t(STATUS_KEY[status]);

function row(item: AgendaItem, actions: RowActions): HTMLLIElement {
  const { t } = actions;
  const name = item.role ? `${item.company} · ${item.role}` : item.company;
  const select = h('select', { attrs: { 'aria-label': t('statusOf', { name }) } });
  for (const status of PROCESS_STATUSES) {
    const option = h('option', { attrs: { value: status } }, statusLabel(t, status));
    option.selected = status === item.status;
    select.append(option);
  }
  select.addEventListener('change', () => actions.setStatus(item, select));
  return h(
    'li',
    { attrs: { 'data-status': item.status } },
    h('div', { class: 'title' }, name),
    h('div', { class: 'meta' }, h('time', { attrs: { datetime: item.at } }, `${item.relative} (${item.absolute})`)),
    item.interviewers.length > 0 &&
      h('div', { class: 'meta' }, t('withPeople', { names: item.interviewers.join(', ') })),
    actions.details?.(item),
    h(
      'div',
      { class: 'row' },
      select,
      h(
        'button',
        {
          attrs: { type: 'button', 'aria-label': t('editLabel', { name }) },
          on: { click: () => actions.edit(item.processId) },
        },
        t('edit'),
      ),
      h(
        'button',
        {
          attrs: { type: 'button', 'aria-label': t('deleteLabel', { name }) },
          on: { click: () => actions.remove(item) },
        },
        t('delete'),
      ),
    ),
  );
}

/** Lists `items` in `list`, the first `first` at once; returns how many there are. */
export function renderAgenda(list: HTMLElement, items: AgendaItem[], actions: RowActions, first = FIRST): number {
  // What the popup shows first is rendered at once; the rest follows in chunks, so a long
  // list (1,000 processes) does not hold the page back. A newer render stops an older one.
  const run = (rendering.get(list) ?? 0) + 1;
  rendering.set(list, run);
  list.replaceChildren(...items.slice(0, first).map((item) => row(item, actions)));
  const more = (from: number) => {
    if (rendering.get(list) !== run || from >= items.length) return;
    list.append(...items.slice(from, from + CHUNK).map((item) => row(item, actions)));
    setTimeout(() => more(from + CHUNK), 0);
  };
  setTimeout(() => more(first), 0);
  return items.length;
}

/** Items rendered at once (more than a popup or a first screen shows), then per chunk. */
const FIRST = 25;
const CHUNK = 100;
const rendering = new WeakMap<HTMLElement, number>();
