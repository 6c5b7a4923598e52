// @vitest-environment happy-dom
// Records kept aside: listed with why and since when; the section is hidden while there are none.
import { describe, expect, it } from 'vitest';
import { mount } from '../../../src/options/quarantine.ts';
import { state } from '../support/state.ts';
import { t } from '../support/words.ts';
import { fakeDeps, section } from './page.ts';

describe('options: records kept aside', () => {
  it('lists each record kept aside, and hides the section when there is none', () => {
    const fake = fakeDeps();
    const root = section('quarantine-section');
    mount(root, fake.deps);
    const keptAt = new Date(2026, 10, 3, 12).toISOString();
    fake.emitState({
      ...state([], []),
      quarantine: [{ kind: 'process', reason: 'rounds[0].at: not a date', keptAt, data: {} }],
    });
    expect(root.hidden).toBe(false);
    expect([...root.querySelectorAll('#quarantine li')].map((li) => li.textContent)).toEqual([
      t('quarantineKept', { reason: 'rounds[0].at: not a date', date: '3 Nov 2026' }),
    ]);
    fake.emitState(state([], []));
    expect(root.hidden).toBe(true);
    expect(root.querySelectorAll('#quarantine li')).toHaveLength(0);
    expect(fake.sent).toEqual([]);
  });
});
