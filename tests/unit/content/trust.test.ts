// The content script's small trust pieces: the hand-written watch-list check (nothing but keys,
// names and the flag gets through), the words kept for an orphaned script, and the dialog text
// an orphan shows.
import { describe, expect, it, vi } from 'vitest';
import { fallbackModel } from '../../../src/content/intercept.ts';
import { readWatchIndex } from '../../../src/content/watchList.ts';
import { OFFLINE_MESSAGES, offlineTranslate, type GetMessage } from '../../../src/content/words.ts';
import { EN, t } from '../support/words.ts';
import { placeholderNames } from '../../../src/core/i18n.ts';

const dana = { id: 'p1', name: 'Dana Whitfield', keys: ['linkedin:slug:dana-whitfield'] };

describe('readWatchIndex', () => {
  it('accepts the worker’s list, with or without the Follow/Message flag', () => {
    expect(readWatchIndex({ v: 1, people: [dana], followAndMessage: true })).toEqual({
      v: 1,
      people: [dana],
      followAndMessage: true,
    });
    expect(readWatchIndex({ v: 1, people: [] })).toEqual({ v: 1, people: [] });
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'watchIndex'],
    ['another version', { v: 2, people: [dana] }],
    ['people not a list', { v: 1, people: {} }],
    ['an entry without keys', { v: 1, people: [{ id: 'p1', name: 'Dana' }] }],
    ['a key that is not text', { v: 1, people: [{ ...dana, keys: [1] }] }],
    ['a folded name that is not text', { v: 1, people: [{ ...dana, nameKey: 7 }] }],
    ['a flag that is not a boolean', { v: 1, people: [], followAndMessage: 'yes' }],
  ])('refuses %s (watching nobody until the worker rewrites it)', (_what, raw) => {
    expect(readWatchIndex(raw)).toBeUndefined();
  });
});

/** browser.i18n.getMessage over the English catalog, which can be switched off like a dead runtime. */
function i18n() {
  const state = { dead: false };
  const getMessage: GetMessage = (key, subs) => {
    if (state.dead) throw new Error('Extension context invalidated.');
    const template = EN[key];
    if (template === undefined) return '';
    const names = placeholderNames(template);
    return template.replace(/\{(\w+)\}/g, (token, name: string) => subs[names.indexOf(name)] ?? token);
  };
  return { state, getMessage };
}

describe('offlineTranslate', () => {
  it('answers like browser.i18n while the runtime lives', () => {
    const { getMessage } = i18n();
    const tr = offlineTranslate(getMessage);
    expect(tr('fallbackTitle', { name: 'Dana Whitfield' })).toBe(t('fallbackTitle', { name: 'Dana Whitfield' }));
  });

  it('still has every message the orphan’s dialog needs once the runtime is gone, parameters included', () => {
    const { state, getMessage } = i18n();
    const tr = offlineTranslate(getMessage);
    tr.keep(); // once the page has parsed (afterParsing.ts)
    state.dead = true;
    for (const [key, names] of OFFLINE_MESSAGES) {
      const params = Object.fromEntries(names.map((n) => [n, `<${n}>`]));
      expect(tr(key, params)).toBe(t(key, params));
    }
  });

  it('reads nothing while the page is parsed: the templates only when kept, once', () => {
    const { getMessage } = i18n();
    const spy = vi.fn(getMessage);
    const tr = offlineTranslate(spy);
    expect(spy).not.toHaveBeenCalled();
    tr.keep();
    tr.keep();
    expect(spy).toHaveBeenCalledTimes(OFFLINE_MESSAGES.length);
  });

  it('lists exactly the parameters each message takes', () => {
    for (const [key, names] of OFFLINE_MESSAGES) expect([...names]).toEqual(placeholderNames(EN[key]!));
  });
});

describe('the dialog text without the worker', () => {
  const recognition = {
    kind: 'connect' as const,
    control: {} as HTMLElement,
    person: { site: 'linkedin' as const, name: 'Dana Whitfield' },
  };

  it('an orphan says the extension was updated and to reload the page', () => {
    const model = fallbackModel(recognition, t, true);
    expect(model.title).toBe('Dana Whitfield is on your interview list');
    expect(model.summary).toBe(EN['orphanSummary']);
    expect(model.explanation).toMatch(/^Reload the page/);
  });

  it('a live script whose worker did not answer keeps the general text', () => {
    expect(fallbackModel(recognition, t, false).summary).toBe(EN['fallbackSummary']);
  });
});
