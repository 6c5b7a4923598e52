// The worker's Translate and date locale: browser.i18n in the browser's UI language.
import browser from 'webextension-polyfill';
import type { Words } from '../core/explain.ts';
import { substitutions } from '../core/i18n.ts';
import { dateLocale } from '../core/locale.ts';

export function words(): Words {
  return {
    t: (key, params) => browser.i18n.getMessage(key, substitutions(params)) || key,
    locale: dateLocale(browser.i18n.getUILanguage()),
  };
}
