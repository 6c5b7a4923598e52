// The English catalog as a Translate, for tests: the same words users see.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Words } from '../../../src/core/explain.ts';
import { catalogTranslate } from '../../../src/core/i18n.ts';

export const EN: Record<string, string> = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', '..', 'src', 'i18n', 'locales', 'en.json'), 'utf8'),
);
export const t = catalogTranslate(EN);
export const words: Words = { t };
