// The editor's fields, built from its model: one labelled control per field with its message
// next to it, and the rounds with their interviewers. Re-rendered whole after each structural
// change (a row added or removed); what the user typed lives in the model, not in the DOM.
import type { FieldErrors } from '../core/processForm.ts';
import { h } from './dom.ts';
import { blankPerson, type Model } from './editorModel.ts';
import { t } from './i18n.ts';

export const fieldId = (path: string) => `f-${path.replaceAll('.', '-')}`;

export type Input = (
  path: string,
  label: string,
  value: string,
  set: (v: string) => void,
  attrs?: Record<string, string | boolean>,
  multiline?: boolean,
) => HTMLDivElement;

/** A builder of labelled controls that shows `errors` next to the fields they concern. */
export function inputs(errors: () => FieldErrors): Input {
  return (path, label, value, set, attrs = {}, multiline = false) => {
    const id = fieldId(path);
    const error = errors()[path];
    const control = multiline ? h('textarea', { id }) : h('input', { id });
    for (const [k, v] of Object.entries<string | boolean>({
      name: path,
      'aria-describedby': `${id}-error`,
      ...attrs,
    })) {
      if (v !== false) control.setAttribute(k, v === true ? '' : v);
    }
    control.value = value;
    if (error) control.setAttribute('aria-invalid', 'true');
    control.addEventListener('input', () => set(control.value));
    return h(
      'div',
      { class: 'field' },
      h('label', { attrs: { for: id } }, label),
      control,
      h('p', { class: 'error', id: `${id}-error` }, error ?? ''),
    );
  };
}

/** One fieldset per round, with its interviewers and the buttons that add or remove rows. */
export function roundFieldsets(
  model: Model,
  input: Input,
  full: boolean,
  render: (focusPath?: string) => void,
): HTMLFieldSetElement[] {
  return model.rounds.map((round, r) => {
    const people = round.interviewers.map((person, i) => {
      const path = `rounds.${r}.interviewers.${i}`;
      return h(
        'fieldset',
        { class: 'person' },
        h('legend', {}, round.interviewers.length > 1 ? t('interviewerN', { n: i + 1 }) : t('interviewer')),
        input(`${path}.name`, t('fieldInterviewerName'), person.name, (v) => (person.name = v), {
          autocomplete: 'off',
        }),
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
      input(`rounds.${r}.at`, t('fieldDate'), round.local, (v) => (round.local = v), {
        type: 'datetime-local',
        required: true,
      }),
      full &&
        input(`rounds.${r}.label`, t('fieldRoundLabel'), round.label, (v) => (round.label = v), {
          placeholder: t('fieldRoundLabelPlaceholder'),
        }),
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
}
