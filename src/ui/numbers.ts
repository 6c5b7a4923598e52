// Numbers in the pages' messages as the user writes them: 1,250 in English, 1 250 in French,
// 1.250 in German. Message parameters are strings or numbers; only the numbers change.
import type { Params } from '../core/i18n.ts';

export function localNumbers(params: Params | undefined, language: string): Params | undefined {
  if (!params) return params;
  const numbers = new Intl.NumberFormat(language);
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, typeof value === 'number' ? numbers.format(value) : value]),
  );
}
