// The store listing (store/): a name, a short and a long description in every language the
// extension speaks, within the stores' limits; and a justification in store/privacy.md for every
// permission either build's manifest asks for, so a permission added to manifest.json or to
// vite.config.ts's per-browser additions cannot reach a store without one.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestFor } from '../../../vite.config.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const LANGUAGES = readdirSync(join(ROOT, 'src', 'i18n', 'locales'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();
const PRIVACY = readFileSync(join(ROOT, 'store', 'privacy.md'), 'utf8');

interface Listing {
  name: string;
  short: string;
  long: string[];
}
const listing = (lang: string): Listing =>
  JSON.parse(readFileSync(join(ROOT, 'store', 'listing', `${lang}.json`), 'utf8')) as Listing;

/** Limits: Chrome Web Store (name 75, summary 132, description 16,000), AMO (name 50, summary 250). */
const LIMITS = { name: 50, short: 132, long: 16_000 };

describe('store listing', () => {
  it('has a listing for exactly the eight languages of the catalogs', () => {
    expect(LANGUAGES).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt_BR']);
    const listed = readdirSync(join(ROOT, 'store', 'listing')).map((f) => f.replace(/\.json$/, ''));
    expect(listed.sort()).toEqual(LANGUAGES);
  });

  it.each(LANGUAGES)('%s: name, short and long description within the stores’ limits', (lang) => {
    const { name, short, long } = listing(lang);
    expect(name).toBe('Offer First');
    expect(name.length).toBeLessThanOrEqual(LIMITS.name);
    expect(short.trim().length).toBeGreaterThan(40);
    expect(short.length, short).toBeLessThanOrEqual(LIMITS.short);
    // The Chrome Web Store shows the manifest's description as the summary: the same words.
    const catalog = JSON.parse(readFileSync(join(ROOT, 'src', 'i18n', 'locales', `${lang}.json`), 'utf8')) as {
      extDescription: string;
    };
    expect(short).toBe(catalog.extDescription);
    const text = long.join('\n\n');
    expect(long.length).toBeGreaterThanOrEqual(3);
    expect(long.every((p) => p.trim() !== '')).toBe(true);
    expect(text.length).toBeGreaterThan(500);
    expect(text.length).toBeLessThanOrEqual(LIMITS.long);
    // Written for the language, not the English copied over.
    if (lang !== 'en') {
      expect(short).not.toBe(listing('en').short);
      expect(long.filter((p) => listing('en').long.includes(p))).toEqual([]);
    }
  });

  it('justifies every permission either build asks for', () => {
    const chrome = manifestFor('chrome') as { permissions: string[]; host_permissions: string[] };
    const firefox = manifestFor('firefox') as { permissions: string[]; host_permissions: string[] };
    const permissions = new Set([...chrome.permissions, ...firefox.permissions]);
    expect(permissions).toContain('unlimitedStorage');
    for (const permission of permissions) {
      const section = new RegExp(`^#### \`${permission}\`\\n\\n(.+)`, 'm').exec(PRIVACY);
      expect(section?.[1]?.length ?? 0, `a justification for ${permission}`).toBeGreaterThan(40);
    }
    for (const host of new Set([...chrome.host_permissions, ...firefox.host_permissions])) {
      expect(PRIVACY, `host permission ${host}`).toContain(`- \`${host}\``);
    }
  });

  it('declares to AMO the data collection the Firefox manifest declares', () => {
    const gecko = (
      manifestFor('firefox') as {
        browser_specific_settings: { gecko: { data_collection_permissions: { required: string[] } } };
      }
    ).browser_specific_settings.gecko;
    expect(gecko.data_collection_permissions.required).toEqual(['none']);
    expect(PRIVACY).toContain('"data_collection_permissions": { "required": ["none"] }');
  });
});
