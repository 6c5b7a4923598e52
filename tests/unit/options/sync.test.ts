// @vitest-environment happy-dom
// The sync section: off by default and saying so, what turning it on merged, what stays local
// when sync is full, every failure, and turning it off only after asking about the synced copy.
import { describe, expect, it } from 'vitest';
import type { SyncView } from '../../../src/core/pageMessages.ts';
import { emptyState } from '../../../src/core/schema.ts';
import { mount } from '../../../src/options/sync.ts';
import { EN, t } from '../support/words.ts';
import { fakeDeps, section, settle, stored } from './page.ts';

const off: SyncView = { enabled: false, notSynced: [] };
const on: SyncView = {
  enabled: true,
  notSynced: [],
  lastAt: '2026-11-27T12:00:00.000Z',
  bytes: 3000,
  firstSummary: { received: 2, updated: 0, removed: 0, sent: 1, peopleMerged: 1, settings: 'received' },
};
const byId = (id: string) => document.getElementById(id)!;
const toggle = () => byId('sync-enabled') as HTMLInputElement;
const flip = () => {
  toggle().checked = !toggle().checked;
  toggle().dispatchEvent(new Event('change'));
};

describe('options: sync', () => {
  it('is off by default, says where the data would go, and labels its switch with "sync"', async () => {
    const fake = fakeDeps({ getSync: { ok: true, sync: off } });
    mount(section('sync-section'), fake.deps);
    await settle();
    expect(toggle().checked).toBe(false);
    expect(toggle().getAttribute('role')).toBe('switch');
    // The page's localize() fills the words in from the catalog.
    expect(toggle().closest('label')!.querySelector('[data-i18n]')!.getAttribute('data-i18n')).toBe('syncLabel');
    expect(EN['syncLabel']).toMatch(/\bsync\b/i);
    expect(byId('sync-explain').getAttribute('data-i18n')).toBe('syncExplain');
    expect(EN['syncExplain']).toContain("under your browser vendor's terms");
    expect(byId('sync-state').textContent).toBe(EN['syncIsOff']);
  });

  it('turning on shows the merge summary', async () => {
    const fake = fakeDeps({ getSync: { ok: true, sync: off }, setSync: { ok: true, sync: on } });
    mount(section('sync-section'), fake.deps);
    await settle();
    flip();
    await settle();
    expect(fake.sent.at(-1)).toEqual({ type: 'setSync', args: [true] });
    expect(byId('sync-summary').hidden).toBe(false);
    expect(byId('sync-summary').textContent).toContain(
      t('syncSummary', { received: 2, updated: 0, removed: 0, sent: 1, merged: 1 }),
    );
    expect(byId('sync-summary').textContent).toContain(EN['syncSettingsReceived']);
    expect(byId('sync-state').textContent).toContain('Sync is on');
    expect(fake.announced).toEqual([EN['syncTurnedOn']]);
  });

  it('names what is not synced, and shows failures', async () => {
    const view: SyncView = {
      ...on,
      notSynced: [{ id: 'a', company: 'Northwind Labs', role: 'Designer' }],
      error: 'Sync failed: storage full',
      unreadable: 2,
    };
    const fake = fakeDeps({ getSync: { ok: true, sync: view } });
    mount(section('sync-section'), fake.deps);
    await settle();
    expect(byId('sync-not-synced').hidden).toBe(false);
    expect(byId('sync-not-synced-list').textContent).toBe('Northwind Labs · Designer');
    expect(byId('sync-result').textContent).toContain('Sync failed: storage full');
    expect(byId('sync-result').textContent).toContain(t('syncUnreadable', { count: 2 }));
  });

  it('a refused turn-on is said, and the switch goes back', async () => {
    const fake = fakeDeps({ getSync: { ok: true, sync: off }, setSync: { ok: false, error: 'Sync failed: nope' } });
    mount(section('sync-section'), fake.deps);
    await settle();
    flip();
    await settle();
    expect(toggle().checked).toBe(false);
    expect(byId('sync-result').textContent).toBe('Sync failed: nope');
  });

  it('turning off asks first; keeping or removing the synced copy is the user’s choice; cancel leaves it on', async () => {
    const fake = fakeDeps({ getSync: { ok: true, sync: on }, setSync: { ok: true, sync: off } });
    mount(section('sync-section'), fake.deps);
    await settle();
    flip();
    expect(byId('sync-off-confirm').hidden).toBe(false);
    expect(fake.sent.filter((s) => s.type === 'setSync')).toEqual([]);
    byId('sync-off-cancel').click();
    expect(toggle().checked).toBe(true);
    expect(byId('sync-off-confirm').hidden).toBe(true);

    flip();
    byId('sync-off-remove').click();
    await settle();
    expect(fake.sent.at(-1)).toEqual({ type: 'setSync', args: [false, true] });
    expect(toggle().checked).toBe(false);
    expect(fake.announced).toEqual([EN['syncTurnedOff']]);

    fake.replies.getSync = { ok: true, sync: on };
    fake.emitStored(stored(emptyState()));
    await settle();
    flip();
    byId('sync-off-keep').click();
    await settle();
    expect(fake.sent.at(-1)).toEqual({ type: 'setSync', args: [false, false] });
  });
});
