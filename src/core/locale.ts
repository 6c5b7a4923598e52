// date-fns locale for the browser's UI language, so dates and relative times ("in 5 days",
// "dans 5 jours") read naturally. Only the languages the extension is translated into are
// bundled; anything else gets English.
import type { Locale } from 'date-fns';
import { de, enGB, enUS, es, fr, it, nl, pl, ptBR } from 'date-fns/locale';

const LOCALES: Record<string, Locale> = { de, es, fr, it, nl, pl, pt: ptBR };

export function dateLocale(uiLanguage: string): Locale {
  const lang = uiLanguage.toLowerCase();
  if (lang === 'en-us' || lang === 'en') return enUS;
  if (lang.startsWith('en')) return enGB;
  return LOCALES[lang.split(/[-_]/)[0]!] ?? enUS;
}
