// The content script's words, kept usable after the extension's runtime is gone. An orphaned
// script (the extension was updated or reloaded and no successor took over this page) must
// still explain the click it stopped, and browser.i18n may throw "Extension context
// invalidated" by then: the messages the dialog needs are read once the page has parsed
// (afterParsing.ts), as templates.
import { interpolate, substitutions, type Params, type Translate } from '../core/i18n.ts';

export type GetMessage = (key: string, substitutions: string[]) => string;

/** Messages the dialog may show without the worker, with their parameters' names. */
export const OFFLINE_MESSAGES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['extName', []],
  ['someone', []],
  ['fallbackTitle', ['name']],
  ['fallbackSummary', []],
  ['fallbackExplanation', []],
  ['orphanSummary', []],
  ['orphanExplanation', []],
  ['sendAnyway', []],
  ['cancel', []],
];

/** browser.i18n's answer, or once the runtime is gone the template kept by `keep()`. */
export interface OfflineTranslate extends Translate {
  /** Reads the templates while the runtime lives: once the page has parsed (afterParsing.ts). */
  keep(): void;
}

export function offlineTranslate(getMessage: GetMessage): OfflineTranslate {
  const templates = new Map<string, string>();
  let kept = false;
  const keep = () => {
    if (kept) return;
    kept = true;
    for (const [key, names] of OFFLINE_MESSAGES) {
      try {
        // Each parameter substituted with its own {token}: the result is the template.
        const tokens: Params = Object.fromEntries(names.map((n) => [n, `{${n}}`]));
        const template = getMessage(key, substitutions(tokens));
        if (template) templates.set(key, template);
      } catch {
        // No runtime already: the keys themselves are shown, as browser.i18n would for a gap.
      }
    }
  };
  const translate: Translate = (key, params) => {
    try {
      const message = getMessage(key, substitutions(params));
      if (message) return message;
    } catch {
      // Runtime gone: fall through to the template kept while it lived.
    }
    const template = templates.get(key);
    return template === undefined ? key : interpolate(template, params);
  };
  return Object.assign(translate, { keep });
}
