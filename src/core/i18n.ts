// Words the user reads come from the locale catalogs (src/i18n/locales/<lang>.json, built into
// _locales/<lang>/messages.json). Core stays free of browser APIs: functions that produce text
// take a Translate, which the extension backs with browser.i18n.getMessage and tests back with
// the English catalog. Parameters are named; they are passed to getMessage in alphabetical
// order of their names, which is also how the build numbers the placeholders ($1, $2, …).
export type Params = Record<string, string | number>;
export type Translate = (key: string, params?: Params) => string;

/** The substitutions for browser.i18n.getMessage, in the placeholders' order. */
export function substitutions(params: Params = {}): string[] {
  return Object.keys(params)
    .sort()
    .map((name) => String(params[name]));
}

/** Replaces {name} tokens: the semantics of the built messages, for catalogs read directly. */
export function interpolate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (token, name: string) => (name in params ? String(params[name]) : token));
}

/** A Translate over a catalog object (tests, and a fallback where browser.i18n is missing). */
export function catalogTranslate(catalog: Record<string, string>): Translate {
  return (key, params) => {
    const template = catalog[key];
    if (template === undefined) throw new Error(`missing message ${key}`);
    // browser.i18n numbers a message's placeholders among its own names only, so a call must
    // pass exactly those: an extra parameter would shift the others.
    const wanted = placeholderNames(template).join(',');
    const given = Object.keys(params ?? {})
      .sort()
      .join(',');
    if (wanted !== given) throw new Error(`message ${key} takes {${wanted}}, was given {${given}}`);
    return interpolate(template, params);
  };
}

/** The {names} a template uses, sorted: the order of its placeholders $1, $2, … */
export function placeholderNames(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}

export interface ChromeMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * A catalog ({ key: "Interview with {company} {when}" }) as a WebExtension messages.json:
 * `{company}` becomes `$COMPANY$` with a placeholder numbered by the name's alphabetical
 * position — the order substitutions() passes them in. A literal `$` is doubled.
 */
export function toChromeMessages(catalog: Record<string, string>): Record<string, ChromeMessage> {
  const out: Record<string, ChromeMessage> = {};
  for (const [key, template] of Object.entries(catalog)) {
    const names = placeholderNames(template);
    const message = template
      .replaceAll('$', '$$$$')
      .replace(/\{(\w+)\}/g, (_, name: string) => `$${name.toUpperCase()}$`);
    out[key] = names.length
      ? {
          message,
          placeholders: Object.fromEntries(names.map((name, i) => [name.toLowerCase(), { content: `$${i + 1}` }])),
        }
      : { message };
  }
  return out;
}
