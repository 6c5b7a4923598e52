// The one date-fns locale the popup's first screen needs, loaded on its own: importing them
// all (core/locale.ts) would make the popup evaluate eight locales before listing anything.
// Each is a chunk of the extension itself (a dynamic import of a bundled file, no remote code).
import type { Locale } from 'date-fns';
import { dateLocaleName, type DateLocaleName } from '../core/localeName.ts';

const LOADERS: Record<DateLocaleName, () => Promise<Locale>> = {
  enUS: () => import('date-fns/locale/en-US').then((m) => m.enUS),
  enGB: () => import('date-fns/locale/en-GB').then((m) => m.enGB),
  de: () => import('date-fns/locale/de').then((m) => m.de),
  es: () => import('date-fns/locale/es').then((m) => m.es),
  fr: () => import('date-fns/locale/fr').then((m) => m.fr),
  it: () => import('date-fns/locale/it').then((m) => m.it),
  nl: () => import('date-fns/locale/nl').then((m) => m.nl),
  pl: () => import('date-fns/locale/pl').then((m) => m.pl),
  ptBR: () => import('date-fns/locale/pt-BR').then((m) => m.ptBR),
};

export const loadDateLocale = (uiLanguage: string): Promise<Locale> => LOADERS[dateLocaleName(uiLanguage)]();
