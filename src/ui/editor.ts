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
import { blankModel, blankPerson, blankRound, modelOf, rebase, toDraft } from './editorModel.ts';
import { t } from './i18n.ts';

export interface EditorOptions {
  onSaved(state: State, company: string, edited: boolean): void;
  /** The worker refused the save because the process changed: the lists show it as it is now. */
  onRefused?(state: State): void;
  onCancel?(): void;
  /** Show the label and notes fields (the options page has the room). */
  full?: boolean;
}

export interface Editor {
  element: HTMLFormElement;
  edit(process: Process, people: Person[]): void;
  reset(): void;
  /**
   * The stored data changed (elsewhere, or by a refused save): an untouched form follows it;
   * a form with the user's input keeps it and says what changed.
   */
  follow(state: State): void;
}

const fieldId = (path: string) => `f-${path.replaceAll('.', '-')}`;

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

  function input(
    path: string,
    label: string,
    value: string,
    set: (v: string) => void,
    attrs: Record<string, string | boolean> = {},
    multiline = false,
  ) {
    const id = fieldId(path);
    const error = errors[path];
    const control = multiline ? h('textarea', { id }) : h('input', { id });
    for (const [k, v] of Object.entries<string | boolean>({ name: path, 'aria-describedby': `${id}-error`, ...attrs })) {
      if (v !== false) control.setAttribute(k, v === true ? '' : v);
    }
    control.value = value;
    if (error) control.setAttribute('aria-invalid', 'true');
    control.addEventListener('input', () => set(control.value));
    return h('div', { class: 'field' }, h('label', { attrs: { for: id } }, label), control, h('p', { class: 'error', id: `${id}-error` }, error ?? ''));
  }

  function render(focusPath?: string) {
    const editing = !!model.id;
    const rounds = model.rounds.map((round, r) => {
      const people = round.interviewers.map((person, i) => {
        const path = `rounds.${r}.interviewers.${i}`;
        return h(
          'fieldset',
          { class: 'person' },
          h('legend', {}, round.interviewers.length > 1 ? t('interviewerN', { n: i + 1 }) : t('interviewer')),
          input(`${path}.name`, t('fieldInterviewerName'), person.name, (v) => (person.name = v), { autocomplete: 'off' }),
          input(`${path}.linkedinUrl`, t('fieldLinkedIn'), person.linkedinUrl, (v) => (person.linkedinUrl = v), {
            type: 'url',
            inputmode: 'url',
            placeholder: 'https://www.linkedin.com/in/…',
          }),
          input(`${path}.facebookUrl`, t('fieldFacebook'), person.facebookUrl, (v) => (person.facebookUrl = v), {
            type: 'url',
            inputmode: 'url',
            placeholder: 'https://www.facebook.com/…',
          }),
          round.interviewers.length > 1 &&
            h(
              'button',
              {
                class: 'link',
                attrs: { type: 'button', 'aria-label': t('removeInterviewerLabel', { n: i + 1, round: r + 1 }) },
                on: { click: () => (round.interviewers.splice(i, 1), render()) },
              },
              t('removeInterviewer'),
            ),
        );
      });
      return h(
        'fieldset',
        { class: 'round' },
        h('legend', {}, model.rounds.length > 1 ? t('roundN', { n: r + 1 }) : t('formInterview')),
        input(`rounds.${r}.at`, t('fieldDate'), round.local, (v) => (round.local = v), { type: 'datetime-local', required: true }),
        options.full && input(`rounds.${r}.label`, t('fieldRoundLabel'), round.label, (v) => (round.label = v), { placeholder: t('fieldRoundLabelPlaceholder') }),
        ...people,
        h(
          'div',
          { class: 'row' },
          h(
            'button',
            {
              class: 'link',
              attrs: { type: 'button' },
              on: {
                click: () => {
                  round.interviewers.push(blankPerson());
                  render(`rounds.${r}.interviewers.${round.interviewers.length - 1}.name`);
                },
              },
            },
            t('addInterviewer'),
          ),
          model.rounds.length > 1 &&
            h(
              'button',
              {
                class: 'link',
                attrs: { type: 'button', 'aria-label': t('removeRoundLabel', { n: r + 1 }) },
                on: { click: () => (model.rounds.splice(r, 1), render()) },
              },
              t('removeRound'),
            ),
        ),
      );
    });

    form.replaceChildren(
      ...present(
      input('company', t('fieldCompany'), model.company, (v) => (model.company = v), { autocomplete: 'organization', required: true }),
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
      h('p', { class: 'error', id: 'f-form-error', attrs: { role: 'alert' } }, errors['form'] ?? errors['rounds'] ?? ''),
      h(
        'div',
        { class: 'actions' },
        h('button', { class: 'primary', attrs: { type: 'submit' } }, editing ? t('saveChanges') : t('addInterview')),
        editing && h('button', { attrs: { type: 'button' }, on: { click: () => (reset(), options.onCancel?.()) } }, t('cancel')),
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
        h('button', { attrs: { type: 'button' }, on: { click: () => (reset(), options.onCancel?.()) } }, t('discardInput')),
      );
    } else {
      changed.replaceChildren(
        h('p', {}, t('changedElsewhere', { status: t(STATUS_KEY[current.status]) })),
        h(
          'div',
          { class: 'row' },
          h('button', { attrs: { type: 'button' }, on: { click: () => (rebase(model, current, state.people), (errors = {}), (changed.hidden = true), render('company')) } }, t('keepMyInput')),
          h('button', { attrs: { type: 'button' }, on: { click: () => (load(current, state.people), render('company')) } }, t('loadLatest')),
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
  };
}
