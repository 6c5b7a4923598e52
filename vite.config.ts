// Two builds from one manifest source: `vite build --mode chrome` → dist/chrome (MV3 service
// worker) and `--mode firefox` → dist/firefox (MV3 event page via background.scripts, since
// Firefox has no extension service workers, plus the gecko settings AMO requires).
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import base from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

export type Target = 'chrome' | 'firefox';

export const GECKO_ID = 'offer-first@offer-first';

export function manifestFor(target: Target): ManifestV3Export {
  const { service_worker, ...background } = base.background;
  const common = { ...base, version: pkg.version };
  if (target === 'chrome') return { ...common, background: { ...background, service_worker } };
  return {
    ...common,
    // crxjs in Firefox mode needs background.scripts already (it crashes on service_worker).
    background: { ...background, scripts: [service_worker] },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        // 142: first version that understands data_collection_permissions.
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as ManifestV3Export;
}

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      crx({
        manifest: manifestFor(target),
        browser: target,
        // One self-contained content script file: crxjs's default loader would dynamically
        // import chunks listed in web_accessible_resources, which LinkedIn probes to
        // fingerprint extensions, and the listener would exist only after an async import.
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }),
    ],
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: 'es2022',
      // Readable output for store review; size is not a concern for a local extension.
      minify: false,
    },
  };
});
