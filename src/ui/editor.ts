// The interview editor shared by the popup and the options page: a process with one or more
// rounds, each with one or more interviewers. It keeps what the user typed in a plain model
// (editorModel.ts), so adding a row re-renders without losing input, shows the worker's or the
// local validation messages next to the fields they belong to, and follows changes made
// elsewhere to the process it edits without losing the user's input.
import { validateProcessDraft, type FieldErrors } from '../core/processForm.ts';
import { STATUS_KEY } from '../core/revisions.ts';
import type { Person, Process, State } from '../core/schema.ts';
import { api } from './api.ts';
import { h, present } from './dom.ts';
import { blankModel, blankRound, modelOf, rebase, toDraft, type PersonModel } from './editorModel.ts';
import { fieldId, inputs, roundFieldsets } from './editorView.ts';
import { t } from './i18n.ts';

export interface EditorOptions {
  onSaved(state: State, company: string, edited: boolean): void;
  /** The worker refused the save because the process changed: the lists show it as it is now. */
  onRefused?(state: State): void;
  onCancel?(): void;
  /** Show the label and notes fields (the options page has the room). */
  full?: boolean;
}

/** A person to start a new interview with (add from a profile): the rest is up to the user. */
export type NewPerson = Pick<PersonModel, 'name' | 'linkedinUrl' | 'facebookUrl'>;

export interface Editor {
  element: HTMLFormElement;
  edit(process: Process, people: Person[]): void;
  /** A new interview with this interviewer filled in; focus goes to the company. */
  start(person: NewPerson): void;
  reset(): void;
  /**
   * The stored data changed (elsewhere, or by a refused save): an untouched form follows it;
   * a form with the user's input keeps it and says what changed.
   */
  follow(state: State): void;
}

export function createEditor(options: EditorOptions): Editor {
  let model = blankModel();
  let errors: FieldErrors = {};
  const form = h('form', { attrs: { novalidate: true, 'aria-label': t('formInterview') } });
  const status = h('p', { class: 'status', attrs: { role: 'status', 'aria-live': 'polite' } });
  /** Shown while the process being edited has changed elsewhere since the form was filled. */
  const changed = h('div', { class: 'problem', id: 'editor-changed', attrs: { role: 'alert' } });
  changed.hidden = true;
  /** The model as loaded, to tell an untouched form from one with the user's input. */
  let loaded = '';
  const input = inputs(() => errors);

  function render(focusPath?: string) {
    const editing = !!model.id;
    const rounds = roundFieldsets(model, input, !!options.full, render);
    form.replaceChildren(
      ...present(
        input('company', t('fieldCompany'), model.company, (v) => (model.company = v), {
          autocomplete: 'organization',
          required: true,
        }),
        input('role', t('fieldRole'), model.role, (v) => (model.role = v), { autocomplete: 'organization-title' }),
        changed,
        ...rounds,
        h(
          'button',
          {
            class: 'link',
            attrs: { type: 'button' },
            on: {
              click: () => {
                model.rounds.push(blankRound());
                render(`rounds.${model.rounds.length - 1}.at`);
              },
            },
          },
          t('addRound'),
        ),
        options.full && input('notes', t('fieldNotes'), model.notes, (v) => (model.notes = v), {}, true),
        h(
          'p',
          { class: 'error', id: 'f-form-error', attrs: { role: 'alert' } },
          errors['form'] ?? errors['rounds'] ?? '',
        ),
        h(
          'div',
          { class: 'actions' },
          h('button', { class: 'primary', attrs: { type: 'submit' } }, editing ? t('saveChanges') : t('addInterview')),
          editing &&
            h(
              'button',
              { attrs: { type: 'button' }, on: { click: () => (reset(), options.onCancel?.()) } },
              t('cancel'),
            ),
        ),
        status,
      ),
    );
    if (focusPath) document.getElementById(fieldId(focusPath))?.focus();
  }

  function showErrors(found: FieldErrors) {
    errors = found;
    render(Object.keys(found).find((path) => document.getElementById(fieldId(path))));
    status.textContent = t('notSaved');
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      const draft = toDraft(model);
      // Checked here for instant messages next to the fields; the worker checks again.
      const local = validateProcessDraft(draft, t);
      if (!local.ok) return showErrors(local.errors);
      const reply = await api.saveProcess(draft);
      if (!reply.ok) {
        showErrors(reply.errors);
        if (reply.state) {
          follow(reply.state);
          options.onRefused?.(reply.state);
        }
        return;
      }
      const edited = !!model.id;
      const company = local.value.company;
      reset();
      status.textContent = edited ? t('savedChanges', { company }) : t('added', { company });
      options.onSaved(reply.state, company, edited);
    })();
  });

  function reset() {
    model = blankModel();
    errors = {};
    changed.hidden = true;
    render();
  }

  function follow(state: State) {
    if (!model.id) return;
    const current = state.processes.find((p) => p.id === model.id);
    if (current && current.revision === model.revision) return;
    if (current && JSON.stringify(model) === loaded && Object.keys(errors).length === 0) {
      // Nothing typed yet: show the process as it is now.
      load(current, state.people);
      render();
      return;
    }
    if (!current) {
      changed.replaceChildren(
        h('p', {}, t('deletedElsewhere')),
        h(
          'button',
          { attrs: { type: 'button' }, on: { click: () => (reset(), options.onCancel?.()) } },
          t('discardInput'),
        ),
      );
    } else {
      changed.replaceChildren(
        h('p', {}, t('changedElsewhere', { status: t(STATUS_KEY[current.status]) })),
        h(
          'div',
          { class: 'row' },
          h(
            'button',
            {
              attrs: { type: 'button' },
              on: {
                click: () => (
                  rebase(model, current, state.people),
                  (errors = {}),
                  (changed.hidden = true),
                  render('company')
                ),
              },
            },
            t('keepMyInput'),
          ),
          h(
            'button',
            { attrs: { type: 'button' }, on: { click: () => (load(current, state.people), render('company')) } },
            t('loadLatest'),
          ),
        ),
      );
    }
    changed.hidden = false;
  }

  function load(process: Process, people: Person[]) {
    model = modelOf(process, people);
    loaded = JSON.stringify(model);
    errors = {};
    changed.hidden = true;
  }

  render();
  return {
    element: form,
    reset,
    follow,
    edit(process, people) {
      load(process, people);
      status.textContent = '';
      render('company');
    },
    start(person) {
      model = blankModel();
      model.rounds[0]!.interviewers = [{ ...person }];
      errors = {};
      changed.hidden = true;
      status.textContent = '';
      render('company');
    },
  };
}
