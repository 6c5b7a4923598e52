// Properties of the built packages that stores, users and LinkedIn's fingerprinting care about.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const DIST = resolve(import.meta.dirname, '..', '..', 'dist');
const manifest = (target: string) => JSON.parse(readFileSync(join(DIST, target, 'manifest.json'), 'utf8'));
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));

describe.each(['chrome', 'firefox'])('dist/%s', (target) => {
  const m = manifest(target);

  it('is MV3 with least permissions: storage, alarms and notifications (reminders), scripting (re-injection after an update), and the sites only', () => {
    expect(m.manifest_version).toBe(3);
    // unlimitedStorage in Chrome only: no install warning there, one in Firefox (vite.config.ts).
    expect(m.permissions).toEqual([
      'storage',
      'alarms',
      'notifications',
      'scripting',
      ...(target === 'chrome' ? ['unlimitedStorage'] : []),
    ]);
    // Facebook's web., m. and mbasic. hosts serve the same people (docs/dom-catalog.md §12, §14);
    // LinkedIn's country subdomains redirect to www., so www. is enough there.
    const hosts = [
      'https://www.linkedin.com/*',
      'https://www.facebook.com/*',
      'https://web.facebook.com/*',
      'https://m.facebook.com/*',
      'https://mbasic.facebook.com/*',
    ];
    expect(m.host_permissions).toEqual(hosts);
    expect([...new Set(m.content_scripts.flatMap((c: { matches: string[] }) => c.matches))].sort()).toEqual(
      [...hosts].sort(),
    );
    expect(m.optional_permissions ?? []).toEqual([]);
  });

  it('exposes nothing web-accessible (LinkedIn probes these to fingerprint extensions)', () => {
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
  });

  it('injects self-contained content scripts, with no dynamic imports: one per site at document_start, the dialog at document_idle', () => {
    const byRun = (run: string) => m.content_scripts.filter((c: { run_at: string }) => c.run_at === run);
    expect(byRun('document_start').map((c: { js: string[] }) => c.js)).toEqual([
      ['src/content/linkedin.js'],
      ['src/content/facebook.js'],
    ]);
    expect(byRun('document_idle').map((c: { js: string[] }) => c.js)).toEqual([['src/content/dialogScript.js']]);
    for (const script of m.content_scripts) {
      expect(script.js).toHaveLength(1);
      const code = readFileSync(join(DIST, target, script.js[0]), 'utf8');
      expect(code).not.toMatch(/\bimport\s*\(/);
      expect(code).not.toMatch(/^\s*import\s/m);
      expect(code).not.toMatch(/innerHTML|insertAdjacentHTML/);
    }
  });

  it('keeps each script every page of a site parses at document_start within 8 KB gzip', () => {
    for (const script of m.content_scripts.filter((c: { run_at: string }) => c.run_at === 'document_start')) {
      const gzip = gzipSync(readFileSync(join(DIST, target, script.js[0])), { level: 9 }).length;
      expect(gzip, script.js[0]).toBeLessThanOrEqual(8 * 1024);
    }
  });

  it('has no remote code: no http(s) script or fetch targets in the package', () => {
    for (const file of files(join(DIST, target)).filter((f) => /\.(js|html)$/.test(f))) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/<script[^>]+src=["']https?:/);
      expect(code, file).not.toMatch(/\bfetch\(\s*["'`]https?:/);
    }
  });
});

describe('background per browser', () => {
  it('Chrome: an MV3 module service worker', () => {
    const m = manifest('chrome');
    expect(m.background.service_worker).toMatch(/\.js$/);
    expect(m.background.scripts).toBeUndefined();
    expect(m.browser_specific_settings).toBeUndefined();
  });

  it('Firefox: background scripts (event page) and the gecko settings AMO requires', () => {
    const m = manifest('firefox');
    expect(m.background.scripts).toHaveLength(1);
    expect(m.background.service_worker).toBeUndefined();
    const gecko = m.browser_specific_settings.gecko;
    expect(gecko.id).toMatch(/@/);
    // Firefox ESR 140 (Debian stable's) must be able to install it; Android from 142, the first
    // release there with built-in data-collection consent.
    expect(gecko.strict_min_version).toBe('140.0');
    expect(m.browser_specific_settings.gecko_android).toEqual({ strict_min_version: '142.0' });
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
