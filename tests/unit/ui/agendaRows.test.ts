// @vitest-environment happy-dom
// The list's rows: the next interview leads (company, countdown, interviewers, status as a
// control); past interviews with no decision ask for one in a click.
import { describe, expect, it } from 'vitest';
import { withTimes, type AgendaEntry } from '../../../src/core/agenda.ts';
import type { ProcessStatus } from '../../../src/core/statuses.ts';
import { renderAgenda, type RowActions } from '../../../src/ui/agendaRows.ts';
import { t } from '../support/words.ts';

const now = new Date(2026, 11, 3, 15);
const entry = (company: string, at: Date, status: ProcessStatus = 'scheduled'): AgendaEntry => ({
  processId: company,
  company,
  role: '',
  status,
  revision: 2,
  at: at.toISOString(),
  upcoming: at > now,
  interviewers: ['Dana Whitfield'],
});

function render(entries: AgendaEntry[], lead = true) {
  const set: Array<[string, ProcessStatus]> = [];
  const actions: RowActions = {
    t,
    setStatus: (item, status) => set.push([item.company, status]),
    edit: () => {},
    remove: () => {},
  };
  const list = document.createElement('ul');
  const items = entries.map((e) => withTimes(e, now));
  renderAgenda(list, items, actions, { lead });
  return { list, set };
}

describe('agenda rows', () => {
  const northwind = entry('Northwind Labs', new Date(2026, 11, 8, 10));
  const contoso = entry('Contoso', new Date(2026, 11, 12, 10));
  const fabrikam = entry('Fabrikam', new Date(2026, 10, 30, 10), 'interviewing');

  it('leads with the next interview: company as a heading, countdown, interviewers, status', () => {
    const { list } = render([northwind, contoso, fabrikam]);
    const next = list.querySelector('li.next')!;
    expect(list.querySelectorAll('li.next')).toHaveLength(1);
    expect(next.querySelector('h3')?.textContent).toBe('Northwind Labs');
    expect(next.querySelector('.countdown')?.textContent).toBe('in 5 days');
    expect(next.textContent).toContain('With Dana Whitfield');
    expect(next.querySelector('select')?.getAttribute('aria-label')).toBe('Status of Northwind Labs');
    expect(next.querySelector<HTMLSelectElement>('select')?.value).toBe('scheduled');
  });

  it('leads with nothing when every interview is past, or when the page does not ask for it', () => {
    expect(render([fabrikam]).list.querySelector('li.next')).toBeNull();
    expect(render([northwind], false).list.querySelector('li.next')).toBeNull();
  });

  it('asks for the decision on a past interview in one click, and only there', () => {
    const { list, set } = render([northwind, fabrikam, entry('Done', new Date(2026, 10, 1), 'offer')]);
    const groups = list.querySelectorAll('[role="group"]');
    expect([...groups].map((g) => g.getAttribute('aria-label'))).toEqual(['Decision for Fabrikam']);
    const [offer, rejected] = groups[0]!.querySelectorAll('button');
    expect([offer!.textContent, rejected!.textContent]).toEqual(['Offer?', 'Rejected?']);
    rejected!.click();
    offer!.click();
    expect(set).toEqual([
      ['Fabrikam', 'rejected'],
      ['Fabrikam', 'offer'],
    ]);
  });

  it('records a status picked in the select', () => {
    const { list, set } = render([northwind]);
    const select = list.querySelector('select')!;
    select.value = 'offer';
    select.dispatchEvent(new Event('change'));
    expect(set).toEqual([['Northwind Labs', 'offer']]);
  });
});
