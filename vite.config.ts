// Two builds from one manifest source: `vite build --mode chrome` → dist/chrome (MV3 service
// worker) and `--mode firefox` → dist/firefox (MV3 event page via background.scripts, since
// Firefox has no extension service workers, plus the gecko settings AMO requires).
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { toChromeMessages } from './src/core/i18n.ts';
import base from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

export type Target = 'chrome' | 'firefox';

const ROOT = import.meta.dirname;

export const GECKO_ID = 'offer-first@offer-first';

export function manifestFor(target: Target): ManifestV3Export {
  const { service_worker, ...background } = base.background;
  const common = { ...base, version: pkg.version };
  // Chrome caps storage.local at 10 MB without unlimitedStorage, which shows no install
  // warning there; a full storage would refuse every save. Firefox bounds storage.local by its
  // IndexedDB limits instead, and would show "Store unlimited amount of client-side data" at
  // install, so its build does without.
  if (target === 'chrome')
    return {
      ...common,
      permissions: [...base.permissions, 'unlimitedStorage'],
      background: { ...background, service_worker },
    };
  return {
    ...common,
    // crxjs in Firefox mode needs background.scripts already (it crashes on service_worker).
    background: { ...background, scripts: [service_worker] },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        // 140: the first desktop release with built-in data-collection consent (the
        // `data_collection_permissions` key below), and Firefox ESR 140 is what Debian stable
        // and many organisations run. Android gained that consent in 142.
        strict_min_version: '140.0',
        // Opt-in sync writes to storage.sync, which Firefox Sync carries between the user's own
        // browsers (end-to-end encrypted); nothing reaches the developer or a third party, so
        // it is no data collection (PRIVACY.md, "Permissions", says why).
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  } as ManifestV3Export;
}

/** Builds _locales/<lang>/messages.json from the catalogs in src/i18n/locales/<lang>.json. */
function locales(): Plugin {
  const dir = 'src/i18n/locales';
  return {
    name: 'offer-first:locales',
    generateBundle() {
      for (const file of readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()) {
        const catalog = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as Record<string, string>;
        this.emitFile({
          type: 'asset',
          fileName: `_locales/${file.replace(/\.json$/, '')}/messages.json`,
          source: JSON.stringify(toChromeMessages(catalog), null, 2) + '\n',
        });
      }
    },
  };
}

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      locales(),
      crx({
        manifest: manifestFor(target),
        browser: target,
        // Self-contained content script files: crxjs's default loader would dynamically
        // import chunks listed in web_accessible_resources, which LinkedIn probes to
        // fingerprint extensions, and the listener would exist only after an async import.
        // One file per site at document_start (only that site's recognisers), and the dialog
        // in a third, at document_idle (src/content/lazyDialog.ts).
        contentScripts: {
          standaloneFiles: ['src/content/linkedin.ts', 'src/content/facebook.ts', 'src/content/dialogScript.ts'],
        },
      }),
    ],
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: 'es2022',
      // Minified: the content script is parsed on every LinkedIn and Facebook page before the
      // page itself. Source maps ship alongside (not referenced from the code, so no page or
      // store scanner fetches them), and `npm run package` writes the readable source archive
      // AMO review builds from.
      minify: true,
      sourcemap: 'hidden',
      // Pages the manifest does not name (crxjs builds those) but the worker opens.
      rollupOptions: {
        input: { welcome: 'src/welcome/index.html' },
        output: {
          // Sources named from the project root ("src/core/agenda.ts"), wherever the output
          // goes, so the maps never carry the build's location (tests/e2e/reproducible.test.ts).
          sourcemapPathTransform: (source, mapPath) => relative(ROOT, resolve(dirname(mapPath), source)),
        },
      },
    },
  };
});
