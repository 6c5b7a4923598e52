// `npm run package` builds the store uploads in release/, its own folder: the end-to-end suite
// has dist/chrome and dist/firefox loaded in running browsers, and a package run must not empty
// them under it.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
/** Width and height from a PNG's IHDR chunk. */
const pngSize = (bytes: Uint8Array) => {
  const header = Buffer.from(bytes.subarray(0, 24));
  return [header.readUInt32BE(16), header.readUInt32BE(20)];
};
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe('npm run package', () => {
  it('writes the store files to release/ and leaves dist/ as it was', () => {
    const watched = ['dist/chrome/manifest.json', 'dist/firefox/manifest.json'].map((f) => join(ROOT, f));
    const before = watched.map((f) => statSync(f).mtimeMs);

    execFileSync('node', [join(ROOT, 'scripts', 'package.mjs')], { cwd: ROOT, stdio: 'pipe' });

    expect(watched.map((f) => statSync(f).mtimeMs)).toEqual(before);
    const zip = (kind: string) => unzipSync(readFileSync(join(ROOT, 'release', `offer-first-${version}-${kind}.zip`)));
    const firefox = JSON.parse(Buffer.from(zip('firefox')['manifest.json']!).toString('utf8'));
    expect(firefox.browser_specific_settings.gecko.strict_min_version).toBe('140.0');
    expect(
      JSON.parse(Buffer.from(zip('chrome')['manifest.json']!).toString('utf8')).background.service_worker,
    ).toBeTruthy();
    expect(Object.keys(zip('source'))).toContain('BUILD-FOR-REVIEWERS.md');

    // The listings: every language's texts, the privacy answers, and each store's images.
    const languages = ['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt_BR'];
    const texts = [...languages.map((lang) => `descriptions/${lang}.txt`), 'privacy.md'];
    const chromeAssets = zip('chrome-store-assets');
    const amoAssets = zip('amo-assets');
    const shots = (files: Record<string, Uint8Array>) => Object.keys(files).filter((f) => f.startsWith('screenshots/'));
    expect(Object.keys(chromeAssets)).toEqual(expect.arrayContaining([...texts, 'promo/promo-440x280.png']));
    expect(Object.keys(amoAssets)).toEqual(expect.arrayContaining(texts));
    expect(Object.keys(amoAssets).some((f) => f.startsWith('promo/'))).toBe(false);
    for (const files of [chromeAssets, amoAssets]) {
      expect(shots(files).length).toBe(4);
      for (const shot of shots(files)) expect(pngSize(files[shot]!), shot).toEqual([1280, 800]);
    }
    expect(pngSize(chromeAssets['promo/promo-440x280.png']!)).toEqual([440, 280]);
    const french = Buffer.from(chromeAssets['descriptions/fr.txt']!).toString('utf8');
    expect(french).toContain('Offer First garde en mémoire vos entretiens');
    expect(Buffer.from(amoAssets['privacy.md']!).toString('utf8')).toContain('Data collection declaration');
  }, 180_000);
});
