// The locale catalogs: complete, consistent with English, every key used and every used key
// defined, and built into messages.json the way browser.i18n expects.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeholderNames, substitutions, toChromeMessages } from '../../../src/core/i18n.ts';
import { EN } from '../support/words.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const LOCALES = join(ROOT, 'src', 'i18n', 'locales');
const catalogs = Object.fromEntries(
  readdirSync(LOCALES)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [
      f.replace(/\.json$/, ''),
      JSON.parse(readFileSync(join(LOCALES, f), 'utf8')) as Record<string, string>,
    ]),
);

const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|html)$/.test(f) ? [readFileSync(path, 'utf8')] : [];
  });
const code = [...sources(join(ROOT, 'src')), readFileSync(join(ROOT, 'manifest.json'), 'utf8')].join('\n');

describe('locale catalogs', () => {
  it('ships at least English, French, German and Spanish', () => {
    expect(Object.keys(catalogs)).toEqual(expect.arrayContaining(['en', 'fr', 'de', 'es']));
  });

  it.each(Object.keys(catalogs).filter((l) => l !== 'en'))(
    '%s has exactly the English keys, with known placeholders',
    (lang) => {
      const catalog = catalogs[lang]!;
      expect(Object.keys(catalog).sort()).toEqual(Object.keys(EN).sort());
      for (const [key, text] of Object.entries(catalog)) {
        expect(text.trim(), `${lang}.${key}`).not.toBe('');
        // A translation may leave a parameter out (the English-only passthroughs), never invent one.
        for (const name of placeholderNames(text)) expect(placeholderNames(EN[key]!), `${lang}.${key}`).toContain(name);
      }
    },
  );

  it('defines every key the code uses', () => {
    const used = new Set([
      ...[...code.matchAll(/\bt\(\s*'(\w+)'/g)].map((m) => m[1]!),
      ...[...code.matchAll(/data-i18n(?:-[\w-]+)?="(\w+)"/g)].map((m) => m[1]!),
    ]);
    for (const key of used) expect(EN, key).toHaveProperty(key);
  });

  it('has no key the code never mentions', () => {
    for (const key of Object.keys(EN))
      expect(code.includes(`'${key}'`) || code.includes(`"${key}"`) || code.includes(`__MSG_${key}__`), key).toBe(true);
  });
});

describe('toChromeMessages', () => {
  it('numbers placeholders in the order substitutions() passes them', () => {
    const built = toChromeMessages({ m: 'Interview with {company} {when} ($5 fee)' });
    expect(built['m']).toEqual({
      message: 'Interview with $COMPANY$ $WHEN$ ($$5 fee)',
      placeholders: { company: { content: '$1' }, when: { content: '$2' } },
    });
    expect(substitutions({ when: 'in 5 days', company: 'Northwind' })).toEqual(['Northwind', 'in 5 days']);
  });
});
