// Numbers in the pages' messages as the user writes them: 1,250 in English, 1 250 in French,
// 1.250 in German. Message parameters are strings or numbers; only the numbers change.
import type { Params } from '../core/i18n.ts';

// One formatter per language, made on first use: building an Intl.NumberFormat costs far more
// than using one, and every message with parameters passes through here (each row of a list
// of 1,000 interviews asks for several).
const formats = new Map<string, Intl.NumberFormat>();

function formatOf(language: string): Intl.NumberFormat {
  let format = formats.get(language);
  if (!format) formats.set(language, (format = new Intl.NumberFormat(language)));
  return format;
}

export function localNumbers(params: Params | undefined, language: string): Params | undefined {
  if (!params || !Object.values(params).some((value) => typeof value === 'number')) return params;
  const numbers = formatOf(language);
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, typeof value === 'number' ? numbers.format(value) : value]),
  );
}
