// @vitest-environment happy-dom
// The history section: newest choice first, in the user's words; exported as CSV; the pages
// where no request control was found counted per site.
import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../src/core/schema.ts';
import { mount } from '../../../src/options/history.ts';
import { NOW, state } from '../support/state.ts';
import { EN, t } from '../support/words.ts';
import { fakeDeps, section, settle, stored } from './page.ts';

const entry = (id: string, at: string, extra: Partial<HistoryEntry> = {}): HistoryEntry => ({
  id,
  at,
  site: 'linkedin',
  kind: 'connect',
  personName: 'Priya Raman',
  company: 'Northwind',
  reason: 'before-interview',
  outcome: 'cancelled',
  ...extra,
});
const withHistory = {
  ...state([], []),
  history: [
    entry('h1', '2026-11-20T10:00:00Z'),
    entry('h2', '2026-11-21T10:00:00Z', { site: 'facebook', outcome: 'sent-anyway', note: 'old friend' }),
  ],
};

describe('options: history', () => {
  it('lists the choices newest first, and hides the table while there are none', () => {
    const fake = fakeDeps();
    mount(section('history-section'), fake.deps);
    fake.emitState(state([], []));
    expect(document.getElementById('history')!.hidden).toBe(true);
    expect(document.getElementById('history-empty')!.hidden).toBe(false);
    fake.emitState(withHistory);
    const rows = [...document.querySelectorAll('#history tbody tr')].map((r) =>
      [...r.children].slice(1).map((c) => c.textContent),
    );
    expect(rows).toEqual([
      ['Priya Raman', 'Facebook', 'Northwind', `${EN['outcomeSentAnyway']}: “old friend”`],
      ['Priya Raman', 'LinkedIn', 'Northwind', EN['outcomeCancelled']],
    ]);
    expect(document.getElementById('history-empty')!.hidden).toBe(true);
  });

  it('exports the stored history as CSV, or says why it cannot', async () => {
    const fake = fakeDeps({ getState: stored(withHistory) });
    mount(section('history-section'), fake.deps);
    document.getElementById('export-history')!.click();
    await settle();
    expect(fake.downloads).toHaveLength(1);
    expect(fake.downloads[0]).toMatchObject({
      name: `offer-first-history-${NOW.toISOString().slice(0, 10)}.csv`,
      type: 'text/csv',
    });
    const lines = fake.downloads[0]!.text.trim().split(/\r?\n/);
    expect(lines[0]).toBe('"when","person","site","request","company","reason","outcome","note"');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain('"sent-anyway","old friend"');
    expect(fake.announced).toEqual([EN['exportedHistory']]);

    fake.replies.getState = { ok: false, error: 'The worker did not answer.' };
    document.getElementById('export-history')!.click();
    await settle();
    expect(fake.downloads).toHaveLength(1);
    expect(document.getElementById('history-result')!.textContent).toBe('The worker did not answer.');
  });

  it('counts the watched profiles where no request control was found', () => {
    const fake = fakeDeps();
    mount(section('history-section'), fake.deps);
    fake.emitStored(stored(state([], []), { missCounts: { linkedin: 2, facebook: 0 } }));
    expect(document.getElementById('misses')!.hidden).toBe(false);
    expect(document.getElementById('misses')!.textContent).toBe(t('misses', { counts: 'LinkedIn 2' }));
    fake.emitStored(stored(state([], []), { missCounts: {} }));
    expect(document.getElementById('misses')!.hidden).toBe(true);
  });
});
