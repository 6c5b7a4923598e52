// The pages' words: browser.i18n in the browser's UI language, and the date-fns locale to match.
// Static text in the HTML carries data-i18n="<key>" (text) or data-i18n-<attr>="<key>" (attributes)
// and is filled in by localize() before the page is shown.
import browser from 'webextension-polyfill';
import type { Words } from '../core/explain.ts';
import { substitutions, type Translate } from '../core/i18n.ts';
import { dateLocale } from '../core/locale.ts';
import { localNumbers } from './numbers.ts';

const UI_LANGUAGE = browser.i18n.getUILanguage();

export const t: Translate = (key, params) =>
  browser.i18n.getMessage(key, substitutions(localNumbers(params, UI_LANGUAGE))) || key;
export const locale = dateLocale(browser.i18n.getUILanguage());
export const words: Words = { t, locale };

const ATTRIBUTES = ['placeholder', 'aria-label', 'title'] as const;

export function localize(root: ParentNode = document): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]'))
    element.textContent = t(element.dataset['i18n']!);
  for (const attr of ATTRIBUTES) {
    for (const element of root.querySelectorAll<HTMLElement>(`[data-i18n-${attr}]`)) {
      element.setAttribute(attr, t(element.getAttribute(`data-i18n-${attr}`)!));
    }
  }
  if (root === document) {
    document.documentElement.lang = browser.i18n.getUILanguage();
    const title = document.querySelector('title[data-i18n]');
    if (title) document.title = title.textContent ?? document.title;
  }
}
