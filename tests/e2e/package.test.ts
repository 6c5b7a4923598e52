// `npm run package` builds the store uploads in release/, its own folder: the end-to-end suite
// has dist/chrome and dist/firefox loaded in running browsers, and a package run must not empty
// them under it.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe('npm run package', () => {
  it('writes the three store files to release/ and leaves dist/ as it was', () => {
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
  }, 180_000);
});
