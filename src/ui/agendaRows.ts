// The interview list's rows: markup only, with what a row does passed in (interviewList.ts
// sends the changes to the worker). Kept free of the message protocol and of zod, so the
// popup's first screen draws the same rows before the rest of its script has loaded.
// The next upcoming interview leads, larger (company, countdown, interviewers, status); past
// interviews with no decision yet ask for one in a click ("Offer?", "Rejected?").
import { awaitsDecision, type AgendaItem } from '../core/agenda.ts';
import type { Translate } from '../core/i18n.ts';
import { STATUS_KEY } from '../core/revisions.ts';
import { PROCESS_STATUSES, type ProcessStatus } from '../core/statuses.ts';
import { h } from './dom.ts';

export interface RowActions {
  t: Translate;
  /**
   * The user picked `status` for the item (in its select, or with a decision button);
   * item.status is the stored one, `revert` puts the select back when the worker refuses.
   */
  setStatus(item: AgendaItem, status: ProcessStatus, revert: () => void): void;
  edit(processId: string): void;
  remove(item: AgendaItem): void;
  /** More under the row, drawn by the caller (the interviewers' research checklists). */
  details?(item: AgendaItem): Node | undefined;
}

export const statusLabel = (t: Translate, status: ProcessStatus) => t(STATUS_KEY[status]);

const titleOf = (item: AgendaItem) => (item.role ? `${item.company} · ${item.role}` : item.company);

function statusSelect(item: AgendaItem, actions: RowActions): HTMLSelectElement {
  const select = h('select', { attrs: { 'aria-label': actions.t('statusOf', { name: titleOf(item) }) } });
  for (const status of PROCESS_STATUSES) {
    const option = h('option', { attrs: { value: status } }, statusLabel(actions.t, status));
    option.selected = status === item.status;
    select.append(option);
  }
  select.addEventListener('change', () =>
    actions.setStatus(item, select.value as ProcessStatus, () => (select.value = item.status)),
  );
  return select;
}

function controls(item: AgendaItem, actions: RowActions): HTMLDivElement {
  const { t } = actions;
  const name = titleOf(item);
  const button = (label: string, aria: string, click: () => void) =>
    h('button', { attrs: { type: 'button', 'aria-label': aria }, on: { click } }, label);
  return h(
    'div',
    { class: 'row' },
    statusSelect(item, actions),
    button(t('edit'), t('editLabel', { name }), () => actions.edit(item.processId)),
    button(t('delete'), t('deleteLabel', { name }), () => actions.remove(item)),
  );
}

/** "Offer?" / "Rejected?": the decision in one click, for a process whose rounds are all past. */
function decision(item: AgendaItem, actions: RowActions): HTMLDivElement {
  const { t } = actions;
  const ask = (label: string, status: ProcessStatus) =>
    h(
      'button',
      { class: 'chip', attrs: { type: 'button' }, on: { click: () => actions.setStatus(item, status, () => {}) } },
      label,
    );
  return h(
    'div',
    { class: 'decide', attrs: { role: 'group', 'aria-label': t('decisionFor', { name: titleOf(item) }) } },
    h('span', { class: 'meta' }, t('decisionAsk')),
    ask(t('decisionOffer'), 'offer'),
    ask(t('decisionRejected'), 'rejected'),
  );
}

const when = (item: AgendaItem) => h('time', { attrs: { datetime: item.at } }, `${item.relative} · ${item.absolute}`);
const withPeople = (item: AgendaItem, t: Translate) =>
  item.interviewers.length > 0 && h('div', { class: 'meta' }, t('withPeople', { names: item.interviewers.join(', ') }));

function row(item: AgendaItem, actions: RowActions): HTMLLIElement {
  return h(
    'li',
    { attrs: { 'data-status': item.status } },
    h('div', { class: 'title' }, titleOf(item)),
    h('div', { class: 'meta' }, when(item)),
    withPeople(item, actions.t),
    actions.details?.(item),
    awaitsDecision(item) && decision(item, actions),
    controls(item, actions),
  );
}

/** The next interview, first and larger: what the popup is opened for. */
function nextRow(item: AgendaItem, actions: RowActions): HTMLLIElement {
  const { t } = actions;
  return h(
    'li',
    { class: 'next', attrs: { 'data-status': item.status } },
    h('p', { class: 'eyebrow' }, t('nextInterview')),
    h('h3', { class: 'title' }, titleOf(item)),
    h('p', { class: 'countdown' }, h('time', { attrs: { datetime: item.at } }, item.relative)),
    h('p', { class: 'meta' }, item.absolute),
    withPeople(item, t),
    actions.details?.(item),
    controls(item, actions),
  );
}

export interface AgendaOptions {
  /** Rows drawn at once; the rest follow in chunks. */
  first?: number;
  /** The next upcoming interview leads, larger (the popup). */
  lead?: boolean;
}

/** Lists `items` in `list`, the first ones at once; returns how many there are. */
export function renderAgenda(
  list: HTMLElement,
  items: AgendaItem[],
  actions: RowActions,
  { first = FIRST, lead = false }: AgendaOptions = {},
): number {
  // What the popup shows first is rendered at once; the rest follows in chunks, so a long
  // list (1,000 processes) does not hold the page back. A newer render stops an older one.
  const run = (rendering.get(list) ?? 0) + 1;
  rendering.set(list, run);
  const draw = (item: AgendaItem, index: number) =>
    lead && index === 0 && item.upcoming ? nextRow(item, actions) : row(item, actions);
  list.replaceChildren(...items.slice(0, first).map(draw));
  const more = (from: number) => {
    if (rendering.get(list) !== run || from >= items.length) return;
    list.append(...items.slice(from, from + CHUNK).map((item, i) => draw(item, from + i)));
    setTimeout(() => more(from + CHUNK), 0);
  };
  setTimeout(() => more(first), 0);
  return items.length;
}

/** Items rendered at once (more than a popup or a first screen shows), then per chunk. */
const FIRST = 25;
const CHUNK = 100;
const rendering = new WeakMap<HTMLElement, number>();
