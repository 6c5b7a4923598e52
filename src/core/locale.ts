// date-fns locale for the browser's UI language, so dates and relative times ("in 5 days",
// "dans 5 jours") read naturally. Only the languages the extension is translated into are
// bundled; anything else gets English.
import type { Locale } from 'date-fns';
import { de, enGB, enUS, es, fr, it, nl, pl, ptBR } from 'date-fns/locale';
import { dateLocaleName, type DateLocaleName } from './localeName.ts';

const LOCALES: Record<DateLocaleName, Locale> = { enUS, enGB, de, es, fr, it, nl, pl, ptBR };

export function dateLocale(uiLanguage: string): Locale {
  return LOCALES[dateLocaleName(uiLanguage)];
}
