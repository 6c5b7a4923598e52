// @vitest-environment happy-dom
// The popup's explanation of the "!" badge, shown for the active tab only when it carries it.
import { describe, expect, it } from 'vitest';
import { renderMissTab, type TabBadges } from '../../../src/ui/missTab.ts';
import { EN } from '../support/words.ts';

const badges = (text: string, tabId = 7): TabBadges => ({
  activeTabId: async () => tabId,
  badgeText: async (id) => (id === tabId ? text : 'wrong tab'),
});

describe('renderMissTab', () => {
  it('explains the badge on the active tab', async () => {
    const slot = document.createElement('p');
    slot.hidden = true;
    expect(await renderMissTab(slot, badges('!'))).toBe(true);
    expect(slot.hidden).toBe(false);
    expect(slot.textContent).toBe(EN['missTabNotice']);
  });

  it.each([
    ['the day count', badges('3')],
    ['no badge', badges('')],
    ['no active tab', { activeTabId: async () => undefined, badgeText: async () => '!' }],
    [
      'a failing query',
      { activeTabId: async () => Promise.reject(new Error('no window')), badgeText: async () => '!' },
    ],
  ])('stays hidden with %s', async (_what, source) => {
    const slot = document.createElement('p');
    expect(await renderMissTab(slot, source)).toBe(false);
    expect(slot.hidden).toBe(true);
    expect(slot.textContent).toBe('');
  });
});
