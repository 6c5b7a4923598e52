// Which bundled date-fns locale reads naturally in the browser's UI language (by its export
// name), apart from the locales themselves: the popup's first screen loads only that one
// (ui/dateLocale.ts), the other pages and the worker import them all (locale.ts).
export type DateLocaleName = 'enUS' | 'enGB' | 'de' | 'es' | 'fr' | 'it' | 'nl' | 'pl' | 'ptBR';

const BY_LANGUAGE: Record<string, DateLocaleName> = {
  de: 'de',
  es: 'es',
  fr: 'fr',
  it: 'it',
  nl: 'nl',
  pl: 'pl',
  pt: 'ptBR',
};

export function dateLocaleName(uiLanguage: string): DateLocaleName {
  const lang = uiLanguage.toLowerCase();
  if (lang === 'en-us' || lang === 'en') return 'enUS';
  if (lang.startsWith('en')) return 'enGB';
  return BY_LANGUAGE[lang.split(/[-_]/)[0]!] ?? 'enUS';
}
