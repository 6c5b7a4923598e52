// @vitest-environment happy-dom
// The data section's files: a backup and a calendar out (from the stored state), a backup in
// through the worker, and the restore point; every failure said in the section.
import { describe, expect, it } from 'vitest';
import { emptyState } from '../../../src/core/schema.ts';
import { mount } from '../../../src/options/backupData.ts';
import { days, person, process, state } from '../support/state.ts';
import { EN, t } from '../support/words.ts';
import { fakeDeps, section, settle, stored } from './page.ts';

const data = state(
  [person('p1', 'Priya Raman')],
  [process('n1', 'scheduled', [{ at: days(2), people: ['p1'] }], 'Northwind')],
);
const click = (id: string) => document.getElementById(id)!.click();
const text = (id: string) => document.getElementById(id)!.textContent;
function chooseBackup(content: string) {
  Object.defineProperty(document.getElementById('import-json-file'), 'files', {
    configurable: true,
    value: [new File([content], 'b.json')],
  });
  document.getElementById('import-json')!.dispatchEvent(new Event('submit', { cancelable: true }));
}

describe('options: backup and calendar files', () => {
  it('downloads the stored state as a dated backup and as a calendar', async () => {
    const fake = fakeDeps({ getState: stored(data) });
    mount(section('data-section'), fake.deps);
    click('export-json');
    await settle();
    click('export-ics');
    await settle();
    expect(fake.sent.map((m) => m.type)).toEqual(['getState', 'getState']);
    const [json, ics] = fake.downloads;
    expect(json).toMatchObject({ name: 'offer-first-backup-2026-11-27.json', type: 'application/json' });
    expect(JSON.parse(json!.text)).toMatchObject({
      format: 'offer-first-backup',
      data: { processes: [{ company: 'Northwind' }] },
    });
    expect(ics).toMatchObject({ name: 'offer-first-interviews-2026-11-27.ics', type: 'text/calendar' });
    expect(ics!.text).toContain('Northwind');
    expect(fake.announced).toEqual([EN['exportedJson'], EN['exportedIcs']]);
  });

  it('says in the section why nothing was exported when the state cannot be read', async () => {
    const fake = fakeDeps({ getState: { ok: false, error: 'The worker did not answer.' } });
    mount(section('data-section'), fake.deps);
    click('export-json');
    await settle();
    expect(fake.downloads).toEqual([]);
    expect(text('data-result')).toBe('The worker did not answer.');
  });

  it("sends a chosen backup with the chosen mode and lists the worker's errors", async () => {
    const fake = fakeDeps({ importBackup: { ok: false, errors: ['format: not an Offer First backup.'] } });
    mount(section('data-section'), fake.deps);
    (document.querySelector('input[name="mode"][value="replace"]') as HTMLInputElement).checked = true;
    chooseBackup('{"format":"x"}');
    await settle();
    expect(fake.sent).toEqual([{ type: 'importBackup', args: ['{"format":"x"}', 'replace'] }]);
    expect(text('import-json-result')).toBe(EN['importFailed'] + 'format: not an Offer First backup.');
    expect(fake.refreshed).toBe(0);
  });

  it('says what an import changed and shows the stored state again', async () => {
    const summary = { added: 2, updated: 1, unchanged: 3, olderIgnored: 0, removed: 0 };
    const fake = fakeDeps({
      importBackup: { ok: true, state: data, summary, problems: ['quarantine: 1 record carried along.'] },
    });
    mount(section('data-section'), fake.deps);
    chooseBackup('{}');
    await settle();
    expect(fake.sent[0]!.args[1]).toBe('merge');
    expect(text('import-json-result')).toBe(
      t('importDone', { added: 2, updated: 1, unchanged: 3 }) + 'quarantine: 1 record carried along.',
    );
    expect(fake.refreshed).toBe(1);
  });

  it('asks for a file before sending anything', async () => {
    const fake = fakeDeps();
    mount(section('data-section'), fake.deps);
    document.getElementById('import-json')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(text('import-json-result')).toBe(EN['importChooseFile']);
    expect(fake.sent).toEqual([]);
  });

  it('offers the restore point the worker kept, and says why a restore failed', async () => {
    const fake = fakeDeps({ restoreBackup: { ok: false, error: 'There is nothing to restore.' } });
    mount(section('data-section'), fake.deps);
    fake.emitStored(stored(emptyState()));
    expect(document.getElementById('restore-row')!.hidden).toBe(true);
    fake.emitStored(
      stored(emptyState(), { backupSavedAt: new Date(2026, 10, 26, 9, 30).toISOString() /* local time, as shown */ }),
    );
    expect(document.getElementById('restore-row')!.hidden).toBe(false);
    expect(text('restore-text')).toBe(t('restoreAvailable', { when: '26 Nov 2026, 09:30' }));
    click('restore');
    await settle();
    expect(fake.sent).toEqual([{ type: 'restoreBackup', args: [] }]);
    expect(text('data-result')).toBe('There is nothing to restore.');
    fake.replies.restoreBackup = { ok: true, state: data };
    click('restore');
    await settle();
    expect(text('data-result')).toBe('');
    expect(fake.announced.at(-1)).toBe(EN['restored']);
    expect(fake.refreshed).toBe(1);
  });
});
