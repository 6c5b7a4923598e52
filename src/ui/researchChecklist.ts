// The research checklist the user ticks off, per interviewer, under each interview in the
// popup's and the options page's list: their role, the company's values and work,
// their posts, shared connections, notes. Each tick goes to the worker (the one writer) with
// the revision of the list this page showed; what the worker stored is then shown. The list
// follows changes made elsewhere with the rest of the page (follow.ts re-renders it).
import { RESEARCH_KEYS, researchProgress, researchRevision, type ResearchKey } from '../core/research.ts';
import type { Person, Process, State } from '../core/schema.ts';
import { api } from './api.ts';
import { h } from './dom.ts';
import { t } from './i18n.ts';

export interface ResearchDeps {
  onChanged(state: State): void;
  announce(message: string): void;
}

/** Each item's words (catalog keys written out, so the catalog check sees them used). */
const LABEL: Record<ResearchKey, string> = {
  role: 'researchItemRole',
  company: 'researchItemCompany',
  posts: 'researchItemPosts',
  connections: 'researchItemConnections',
  notes: 'researchItemNotes',
};

/**
 * Which lists the user opened: the list is drawn anew after every change (the worker's
 * answer), and an open list must stay open, with focus back on the box just ticked.
 */
const opened = new Set<string>();

const boxId = (processId: string, personId: string, key: ResearchKey) => `research-${processId}-${personId}-${key}`;

/**
 * The state's processes and people by id, built once per state shown: each row looks its
 * interviewers up here, where searching the arrays made a list of 1,000 interviews with 10,000
 * people scan millions of entries.
 */
const indexes = new WeakMap<State, { processes: Map<string, Process>; people: Map<string, Person> }>();

function indexOf(state: State) {
  let index = indexes.get(state);
  if (!index) {
    index = {
      processes: new Map(state.processes.map((p) => [p.id, p])),
      people: new Map(state.people.map((p) => [p.id, p])),
    };
    indexes.set(state, index);
  }
  return index;
}

/** The checklists of a process's interviewers, or nothing when it has none. */
export function researchFor(state: State, processId: string, deps: ResearchDeps): HTMLElement | undefined {
  const { processes, people: byId } = indexOf(state);
  const process = processes.get(processId);
  if (!process) return undefined;
  const ids = [...new Set(process.rounds.flatMap((r) => r.interviewerIds))];
  const people = ids.map((id) => byId.get(id)).filter((p): p is Person => !!p);
  if (people.length === 0) return undefined;
  return h('div', { class: 'research' }, ...people.map((person) => checklist(processId, person, deps)));
}

function checklist(processId: string, person: Person, deps: ResearchDeps): HTMLDetailsElement {
  const key = `${processId}\u0000${person.id}`;
  const details = h(
    'details',
    {},
    h('summary', {}, `${t('researchOf', { name: person.name })} · ${t('researchProgress', researchProgress(person))}`),
  );
  // The boxes are drawn when the list is first opened: folded, they are neither seen nor read
  // out, and drawing them for every interviewer made a list of 1,000 interviews with 10
  // interviewers each 200,000 elements, which kept the popup's page busy for seconds.
  // A click on the summary (mouse or keyboard) comes before the list opens, so it opens drawn;
  // `toggle` covers a list opened otherwise.
  let drawn = false;
  const draw = () => {
    if (drawn) return;
    drawn = true;
    details.append(boxesOf(processId, person, deps));
  };
  details.firstElementChild!.addEventListener('click', draw);
  if (opened.has(key)) {
    draw();
    details.open = true;
  }
  details.addEventListener('toggle', () => {
    if (details.open) draw();
    if (details.open) opened.add(key);
    else opened.delete(key);
  });
  return details;
}

function boxesOf(processId: string, person: Person, deps: ResearchDeps): HTMLFieldSetElement {
  const ticked = new Set(person.research?.done ?? []);
  const boxes = RESEARCH_KEYS.map((item) => {
    const box = h('input', {
      id: boxId(processId, person.id, item),
      attrs: { type: 'checkbox', value: item, 'data-person': person.id },
    });
    box.checked = ticked.has(item);
    box.addEventListener('change', () => void tick(processId, person, item, box, boxes, deps));
    return h('label', { class: 'inline' }, box, h('span', {}, t(LABEL[item])));
  });
  return h(
    'fieldset',
    {},
    h('legend', { class: 'visually-hidden' }, t('researchOf', { name: person.name })),
    h('div', { class: 'checks' }, ...boxes),
  );
}

async function tick(
  processId: string,
  person: Person,
  item: ResearchKey,
  box: HTMLInputElement,
  labels: HTMLLabelElement[],
  deps: ResearchDeps,
): Promise<void> {
  // One change at a time per list: a second tick sent before the first is stored would carry
  // the revision the first one replaces, and be refused.
  const inputs = labels.map((label) => label.querySelector('input')!);
  for (const input of inputs) input.disabled = true;
  const reply = await api.setResearch(person.id, item, box.checked, researchRevision(person));
  if (!reply.ok) {
    deps.announce(reply.error);
    box.checked = !box.checked;
    for (const input of inputs) input.disabled = false;
  }
  if (reply.state) deps.onChanged(reply.state);
  document.getElementById(boxId(processId, person.id, item))?.focus();
}
