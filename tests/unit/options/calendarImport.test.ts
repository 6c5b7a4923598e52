// @vitest-environment happy-dom
// The calendar import: a file's interviews listed for the user to confirm, each ticked one saved
// as a process through the worker; what could not be used, and every refusal, said in place.
import { describe, expect, it } from 'vitest';
import { emptyState } from '../../../src/core/schema.ts';
import { mount } from '../../../src/options/calendarImport.ts';
import { EN, t } from '../support/words.ts';
import { chooseFile, fakeDeps, section, settle } from './page.ts';

const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Test//EN',
  'BEGIN:VEVENT',
  'UID:one@test',
  'DTSTART:20261203T150000Z',
  'SUMMARY:Interview: Staff Engineer at Northwind',
  'ORGANIZER;CN=Priya Raman:mailto:priya@northwind.example',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:two@test',
  'DTSTART;VALUE=DATE:20261204',
  'SUMMARY:Offsite',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

const result = () => document.getElementById('import-ics-result')!;

describe('options: calendar import', () => {
  it('lists the interviews found and what was skipped, then saves the ticked ones', async () => {
    const fake = fakeDeps({ saveProcess: { ok: true, processId: 'n1', state: emptyState() } });
    mount(section('data-section'), fake.deps);
    chooseFile(document.getElementById('import-ics-file') as HTMLInputElement, ICS, 'invite.ics');
    await settle();
    expect((document.getElementById('ics-0-company') as HTMLInputElement).value).toBe('Northwind');
    expect((document.getElementById('ics-0-role') as HTMLInputElement).value).toBe('Staff Engineer');
    expect(result().textContent).toContain('Priya Raman');
    expect(result().textContent).toContain(EN['icsSkipped']);
    expect(result().querySelector('ul li')!.textContent).toMatch(/^Offsite: ./);

    result().querySelector<HTMLButtonElement>('button.primary')!.click();
    await settle();
    expect(fake.sent).toEqual([
      {
        type: 'saveProcess',
        args: [
          {
            company: 'Northwind',
            role: 'Staff Engineer',
            status: 'scheduled',
            notes: '',
            rounds: [
              {
                at: '2026-12-03T15:00:00.000Z',
                timeZone: 'UTC',
                label: '',
                interviewers: [{ name: 'Priya Raman', linkedinUrl: '', facebookUrl: '' }],
              },
            ],
          },
        ],
      },
    ]);
    expect(fake.shown).toHaveLength(1);
    expect((document.getElementById('ics-0') as HTMLInputElement).checked).toBe(false);
    expect(fake.announced).toEqual([t('icsAdded', { count: 1 })]);
  });

  it("shows the worker's refusal next to the interview it concerns", async () => {
    const fake = fakeDeps({ saveProcess: { ok: false, errors: { company: 'Name the company.' } } });
    mount(section('data-section'), fake.deps);
    chooseFile(document.getElementById('import-ics-file') as HTMLInputElement, ICS);
    await settle();
    (document.getElementById('ics-0-company') as HTMLInputElement).value = '';
    result().querySelector<HTMLButtonElement>('button.primary')!.click();
    await settle();
    expect(document.getElementById('ics-0-error')!.textContent).toBe('Name the company.');
    expect((document.getElementById('ics-0') as HTMLInputElement).checked).toBe(true);
    expect(fake.announced).toEqual([t('icsAdded', { count: 0 })]);
  });

  it('says why a file is not a calendar, and when it holds no interview', async () => {
    const fake = fakeDeps();
    mount(section('data-section'), fake.deps);
    chooseFile(document.getElementById('import-ics-file') as HTMLInputElement, 'BEGIN:VCARD\r\nEND:VCARD\r\n');
    await settle();
    expect(result().querySelector('p.error')!.textContent).not.toBe('');
    chooseFile(
      document.getElementById('import-ics-file') as HTMLInputElement,
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n',
    );
    await settle();
    expect(result().textContent).toBe(EN['icsNothing']);
    expect(fake.sent).toEqual([]);
  });
});
