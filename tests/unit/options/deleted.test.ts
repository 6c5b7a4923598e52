// @vitest-environment happy-dom
// Recently deleted: each deletion listed with an Undo that names it; a refused undo is said in
// the section.
import { describe, expect, it } from 'vitest';
import { mount } from '../../../src/options/deleted.ts';
import { state } from '../support/state.ts';
import { t } from '../support/words.ts';
import { fakeDeps, section, settle, stored } from './page.ts';

const deletion = {
  id: 'd1',
  deletedAt: new Date(2026, 10, 26, 18, 5).toISOString(),
  company: 'Northwind',
  role: 'Staff Engineer',
};

describe('options: recently deleted', () => {
  it('lists deletions with an Undo that sends exactly that deletion', async () => {
    const fake = fakeDeps({ undoDelete: { ok: true, state: state([], []) } });
    const root = section('deleted-section');
    mount(root, fake.deps);
    fake.emitStored(stored(state([], []), { recentlyDeleted: [deletion] }));
    expect(root.hidden).toBe(false);
    const name = 'Northwind · Staff Engineer';
    expect(root.querySelector('#deleted li span')!.textContent).toBe(
      t('deletedOn', { name, when: '26 Nov 2026, 18:05' }),
    );
    const undo = root.querySelector<HTMLButtonElement>('#deleted li button')!;
    expect(undo.getAttribute('aria-label')).toBe(t('undoDeleteLabel', { name }));
    // The same list read again (any storage change) leaves the buttons in place.
    fake.emitStored(stored(state([], []), { recentlyDeleted: [deletion] }));
    expect(root.querySelector('#deleted li button')).toBe(undo);
    undo.click();
    await settle();
    expect(fake.sent).toEqual([{ type: 'undoDelete', args: ['d1'] }]);
    expect(fake.announced).toEqual([t('undeleted', { company: 'Northwind' })]);
    expect(fake.refreshed).toBe(1);
  });

  it('says in the section why an undo was refused', async () => {
    const fake = fakeDeps({ undoDelete: { ok: false, error: 'That deletion can no longer be undone.' } });
    const root = section('deleted-section');
    mount(root, fake.deps);
    fake.emitStored(stored(state([], []), { recentlyDeleted: [deletion] }));
    root.querySelector<HTMLButtonElement>('#deleted li button')!.click();
    await settle();
    expect(document.getElementById('deleted-result')!.textContent).toBe('That deletion can no longer be undone.');
    expect(fake.refreshed).toBe(0);
    fake.emitStored(stored(state([], [])));
    expect(root.hidden).toBe(true);
  });
});
