// The part the popup and the options page share: the problem banner, the toast (with Undo),
// the interview list and the editor, wired together. Each page adds what only it has through
// `onShow` (the options page: settings, history, records kept aside).
import type { AgendaEntry } from '../core/agenda.ts';
import type { StateReply } from '../core/pageMessages.ts';
import type { State } from '../core/schema.ts';
import { api } from './api.ts';
import { byId, h, present } from './dom.ts';
import { createEditor, type NewPerson } from './editor.ts';
import { t } from './i18n.ts';
import { followStorage } from './follow.ts';
import type { RowActions } from './agendaRows.ts';
import { renderInterviewList, renderPreview, rowActions } from './interviewList.ts';

export interface InterviewsViewOptions {
  /** Options page: round labels and notes in the editor. */
  full?: boolean;
  /** Current search text, if the page has a search box. */
  query?: () => string;
  onShow?: (state: State) => void;
  /** Everything else the worker answered to getState (the options page: backups, deletions). */
  onReply?: (reply: StateReply) => void;
  /** The next upcoming interview leads the list, larger (the popup). */
  lead?: boolean;
  /** The editor is about to be used (Edit, or a new interview for a person): pages that fold it away show it. */
  onEditorOpen?: () => void;
}

export interface InterviewsView {
  show(state: State, problems?: string[]): void;
  /** Lists the first entries at once (popup); show() with the whole state follows. */
  preview(entries: AgendaEntry[]): void;
  announce(message: string, undo?: () => void): void;
  /** Reads the stored state again and shows it (also run on every change made elsewhere). */
  refresh(): Promise<void>;
  /** What the list's rows do (the popup's first screen hands its rows' clicks here). */
  actions: RowActions;
  /** A new interview in the editor, with this person as its interviewer (add from a profile). */
  addWith(person: NewPerson): void;
  /** The state last shown, if it has arrived. */
  current(): State | undefined;
}

/** Expects #problem, #toast, #interviews, #empty, #editor-heading and #editor in the page. */
export function mountInterviewsView(options: InterviewsViewOptions = {}): InterviewsView {
  const list = byId<HTMLUListElement>('interviews');
  const empty = byId<HTMLParagraphElement>('empty');
  const problem = byId<HTMLParagraphElement>('problem');
  const toast = byId<HTMLDivElement>('toast');
  const heading = byId<HTMLHeadingElement>('editor-heading');
  let state: State | undefined;
  let problems: string[] = [];
  let readOnly: StateReply['readOnly'];

  function announce(message: string, undo?: () => void) {
    toast.replaceChildren(
      ...present(
        h('span', {}, message),
        undo &&
          h('button', { attrs: { type: 'button' }, on: { click: () => (toast.replaceChildren(), undo()) } }, t('undo')),
      ),
    );
  }

  const editor = createEditor({
    full: options.full ?? false,
    onSaved(next) {
      heading.textContent = t('addHeading');
      show(next);
    },
    onCancel() {
      heading.textContent = t('addHeading');
    },
    onRefused: (next) => show(next),
  });
  byId('editor').append(editor.element);

  function show(next: State, found: string[] = problems) {
    state = next;
    problems = found;
    const lines = [...found];
    if (readOnly) lines.unshift(t('readOnlyNewer', { version: readOnly.schemaVersion }));
    if (next.quarantine.length > 0) lines.push(t('keptAside', { count: next.quarantine.length }));
    problem.hidden = lines.length === 0;
    problem.textContent = lines.join(' ');
    const count = renderInterviewList(list, next, { ...listOptions, query: options.query?.() ?? '' });
    empty.hidden = count > 0;
    editor.follow(next);
    options.onShow?.(next);
  }

  const listOptions = {
    // Before the whole state has arrived (preview), Edit has nothing to open yet: a moment later it does.
    onEdit(processId: string) {
      const process = state?.processes.find((p) => p.id === processId);
      if (!process || !state) return;
      options.onEditorOpen?.();
      heading.textContent = t('editHeading', { company: process.company });
      editor.edit(process, state.people);
      heading.scrollIntoView({ block: 'start' });
    },
    onChanged: (changed: State) => show(changed),
    announce,
    lead: options.lead ?? false,
  };

  function preview(entries: AgendaEntry[]) {
    if (state) return; // the whole state is already shown
    empty.hidden = renderPreview(list, entries, listOptions) > 0;
  }

  async function refresh() {
    const reply = await api.getState();
    if (!reply.ok) {
      // The worker could not be reached: say so where the list would be, keep what is shown.
      problem.hidden = false;
      problem.textContent = reply.error;
      return;
    }
    readOnly = reply.readOnly;
    document.body.toggleAttribute('data-read-only', !!readOnly);
    // The change this page just made was shown from the worker's reply already; drawing the
    // same state again would replace the list's buttons under the user's next click.
    const same = state !== undefined && JSON.stringify(reply.state) === JSON.stringify(state);
    if (!same) show(reply.state, reply.problems);
    options.onReply?.(reply);
  }
  followStorage(() => void refresh());

  function addWith(person: NewPerson) {
    options.onEditorOpen?.();
    heading.textContent = t('addHeading');
    editor.start(person);
    heading.scrollIntoView({ block: 'start' });
  }

  return {
    show,
    preview,
    announce,
    refresh,
    actions: rowActions(listOptions),
    addWith,
    current: () => state,
  };
}
