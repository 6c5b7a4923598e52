// A calendar file in: its interviews are listed for the user to confirm (company, role, who to
// keep as interviewers), then each ticked one is saved as a process through the worker.
import { format, parseISO } from 'date-fns';
import type { ProcessDraft } from '../core/processForm.ts';
import { parseIcs, type ImportedEvent } from '../core/ics/read.ts';
import { h, present } from '../ui/dom.ts';
import { part, WHEN, type SectionDeps } from './section.ts';

export function mount(root: HTMLElement, deps: SectionDeps): void {
  const result = part<HTMLDivElement>(root, 'import-ics-result');
  part<HTMLInputElement>(root, 'import-ics-file').addEventListener('change', async (event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    const parsed = parseIcs(await file.text(), deps.now(), deps.t, { defaultTimeZone: deps.timeZone() });
    if (!parsed.ok) return result.replaceChildren(h('p', { class: 'error' }, parsed.reason));
    if (parsed.events.length === 0) return result.replaceChildren(h('p', { class: 'error' }, deps.t('icsNothing')));
    result.replaceChildren(...choices(parsed.events, parsed.skipped, deps));
  });
}

function choices(
  events: ImportedEvent[],
  skipped: Array<{ summary: string; reason: string }>,
  deps: SectionDeps,
): Array<Node | string> {
  const { t } = deps;
  const rows = events.map((event, index) => {
    const pick = h('input', { id: `ics-${index}`, attrs: { type: 'checkbox', checked: true } });
    const company = h('input', { id: `ics-${index}-company`, attrs: { value: event.company } });
    const role = h('input', { id: `ics-${index}-role`, attrs: { value: event.role } });
    const people = event.interviewers.map((person, p) => ({
      person,
      box: h('input', { id: `ics-${index}-p${p}`, attrs: { type: 'checkbox', checked: true } }),
    }));
    const error = h('p', { class: 'error', id: `ics-${index}-error` });
    const element = h(
      'fieldset',
      {},
      h(
        'legend',
        {},
        `${event.summary || t('icsUntitled')} — ${format(parseISO(event.at), `EEE ${WHEN}`, { locale: deps.locale })}`,
      ),
      h('label', { class: 'inline', attrs: { for: pick.id } }, pick, t('icsImportThis')),
      h('div', { class: 'field' }, h('label', { attrs: { for: company.id } }, t('fieldCompany')), company),
      h('div', { class: 'field' }, h('label', { attrs: { for: role.id } }, t('fieldRole')), role),
      people.length > 0 &&
        h(
          'div',
          {},
          h('p', {}, t('icsInterviewers')),
          ...people.map(({ person, box }) => h('label', { class: 'inline', attrs: { for: box.id } }, box, person.name)),
        ),
      error,
    );
    return { event, pick, company, role, people, element, error };
  });

  const add = h('button', { class: 'primary', attrs: { type: 'button' } }, t('icsAddSelected'));
  add.addEventListener('click', async () => {
    let added = 0;
    for (const row of rows.filter((r) => r.pick.checked)) {
      const draft: ProcessDraft = {
        company: row.company.value,
        role: row.role.value,
        status: 'scheduled',
        notes: row.event.description?.slice(0, 4000) ?? '',
        rounds: [
          {
            at: row.event.at,
            timeZone: row.event.timeZone,
            label: '',
            interviewers: row.people
              .filter((p) => p.box.checked)
              .map((p) => ({ name: p.person.name, linkedinUrl: '', facebookUrl: '' })),
          },
        ],
      };
      const reply = await deps.api.saveProcess(draft);
      if (reply.ok) {
        added++;
        row.pick.checked = false;
        row.error.textContent = '';
        deps.show(reply.state);
      } else {
        row.error.textContent = Object.values(reply.errors).join(' ');
      }
    }
    deps.announce(t('icsAdded', { count: added }));
  });

  return present(
    ...rows.map((r) => r.element),
    skipped.length > 0 &&
      h(
        'div',
        {},
        h('p', {}, t('icsSkipped')),
        h('ul', {}, ...skipped.map((s) => h('li', {}, `${s.summary}: ${s.reason}`))),
      ),
    add,
  );
}
