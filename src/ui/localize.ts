// The pages' words through the browser's own namespace (ui/ext.ts): what the popup's first
// screen uses before webextension-polyfill is loaded. Same messages and markup conventions as
// ui/i18n.ts, which the rest of the pages use.
import { substitutions, type Translate } from '../core/i18n.ts';
import { ext } from './ext.ts';

export const t: Translate = (key, params) => ext.i18n.getMessage(key, substitutions(params)) || key;

const ATTRIBUTES = ['placeholder', 'aria-label', 'title'] as const;

/** Fills data-i18n="<key>" (text) and data-i18n-<attr>="<key>" (attributes) in the document. */
export function localize(): void {
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]'))
    element.textContent = t(element.dataset['i18n']!);
  for (const attr of ATTRIBUTES) {
    for (const element of document.querySelectorAll<HTMLElement>(`[data-i18n-${attr}]`)) {
      element.setAttribute(attr, t(element.getAttribute(`data-i18n-${attr}`)!));
    }
  }
  document.documentElement.lang = ext.i18n.getUILanguage();
  const title = document.querySelector('title[data-i18n]');
  if (title) document.title = title.textContent ?? document.title;
}
