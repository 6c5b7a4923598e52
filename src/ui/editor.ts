// The interview editor shared by the popup and the options page: a process with one or more
// rounds, each with one or more interviewers. It keeps what the user typed in a plain model,
// so adding a row re-renders without losing input, and shows the worker's or the local
// validation messages next to the fields they belong to.
import { format, parseISO } from 'date-fns';
import { validateProcessDraft, type FieldErrors, type ProcessDraft } from '../core/processForm.ts';
import type { Person, Process, ProcessStatus, State } from '../core/schema.ts';
import { api } from './api.ts';
import { h, present } from './dom.ts';
import { locale, t } from './i18n.ts';

interface PersonModel {
  id?: string | undefined;
  name: string;
  linkedinUrl: string;
  facebookUrl: string;
}
interface RoundModel {
  id?: string | undefined;
  /** datetime-local value: wall-clock time in the browser's zone */
  local: string;
  label: string;
  interviewers: PersonModel[];
}
interface Model {
  id?: string | undefined;
  company: string;
  role: string;
  status: ProcessStatus;
  notes: string;
  rounds: RoundModel[];
}

const blankPerson = (): PersonModel => ({ name: '', linkedinUrl: '', facebookUrl: '' });
const blankRound = (): RoundModel => ({ local: '', label: '', interviewers: [blankPerson()] });
const blankModel = (): Model => ({ company: '', role: '', status: 'scheduled', notes: '', rounds: [blankRound()] });

export interface EditorOptions {
  onSaved(state: State, company: string, edited: boolean): void;
  onCancel?(): void;
  /** Show the label and notes fields (the options page has the room). */
  full?: boolean;
}

export interface Editor {
  element: HTMLFormElement;
  edit(process: Process, people: Person[]): void;
  reset(): void;
}

const fieldId = (path: string) => `f-${path.replaceAll('.', '-')}`;

export function createEditor(options: EditorOptions): Editor {
  let model = blankModel();
  let errors: FieldErrors = {};
  const form = h('form', { attrs: { novalidate: true, 'aria-label': t('formInterview') } });
  const status = h('p', { class: 'status', attrs: { role: 'status', 'aria-live': 'polite' } });

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

  function toDraft(): ProcessDraft {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return {
      ...(model.id ? { id: model.id } : {}),
      company: model.company,
      role: model.role,
      status: model.status,
      notes: model.notes,
      rounds: model.rounds.map((round) => {
        // datetime-local has no zone: it is wall-clock time in the browser's zone.
        const instant = round.local ? new Date(round.local) : undefined;
        return {
          ...(round.id ? { id: round.id } : {}),
          at: instant && !Number.isNaN(instant.getTime()) ? instant.toISOString() : '',
          timeZone: zone,
          label: round.label,
          interviewers: round.interviewers.map((p) => ({ ...(p.id ? { id: p.id } : {}), name: p.name, linkedinUrl: p.linkedinUrl, facebookUrl: p.facebookUrl })),
        };
      }),
    };
  }

  function showErrors(found: FieldErrors) {
    errors = found;
    render(Object.keys(found).find((path) => document.getElementById(fieldId(path))));
    status.textContent = t('notSaved');
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      const draft = toDraft();
      // Checked here for instant messages next to the fields; the worker checks again.
      const local = validateProcessDraft(draft, t);
      if (!local.ok) return showErrors(local.errors);
      const reply = await api.saveProcess(draft);
      if (!reply.ok) return showErrors(reply.errors);
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
    render();
  }

  render();
  return {
    element: form,
    reset,
    edit(process, people) {
      const byId = new Map(people.map((p) => [p.id, p]));
      model = {
        id: process.id,
        company: process.company,
        role: process.role,
        status: process.status,
        notes: process.notes,
        rounds: process.rounds.map((round) => ({
          id: round.id,
          local: format(parseISO(round.at), "yyyy-MM-dd'T'HH:mm", { locale }),
          label: round.label ?? '',
          interviewers: round.interviewerIds.length
            ? round.interviewerIds.map((pid) => {
                const p = byId.get(pid);
                return { id: pid, name: p?.name ?? '', linkedinUrl: p?.linkedinUrl ?? '', facebookUrl: p?.facebookUrl ?? '' };
              })
            : [blankPerson()],
        })),
      };
      errors = {};
      status.textContent = '';
      render('company');
    },
  };
}
