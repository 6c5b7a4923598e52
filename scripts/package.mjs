// `npm run package`: what the stores take, built from clean, under release/.
//   release/offer-first-<version>-chrome.zip    Chrome Web Store upload (release/build/chrome zipped)
//   release/offer-first-<version>-firefox.zip   AMO upload, made by `web-ext build`
//   release/offer-first-<version>-source.zip    source for AMO review (our code is bundled, so AMO
//                                               asks for the source and how to rebuild it)
//   release/offer-first-<version>-chrome-store-assets.zip   what the Chrome Web Store dashboard
//                                               asks for besides the zip: screenshots, promo tile,
//                                               descriptions per language, privacy answers
//   release/offer-first-<version>-amo-assets.zip           the same for AMO (Firefox screenshots)
// It builds in its own folder (release/build/), never in dist/: the end-to-end suite loads
// dist/chrome and dist/firefox into running browsers, and emptying them under a run breaks it.
// Zips we write ourselves are deterministic: sorted entries, one fixed timestamp.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { zipSync } from 'fflate';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'release');
const BUILD = join(OUT, 'build');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const name = (kind) => `offer-first-${pkg.version}-${kind}.zip`;

// Zip timestamps are DOS local time; a fixed local date keeps the bytes the same on every run.
const MTIME = new Date(2000, 0, 1, 0, 0, 0);

function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`);
  execFileSync(command, args, { cwd: ROOT, stdio: 'inherit' });
}

function filesUnder(dir) {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** entries: [pathInZip, Buffer][]; written sorted so the archive does not depend on readdir order. */
function writeZip(file, entries) {
  const tree = {};
  for (const [path, data] of [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    tree[path] = [new Uint8Array(data), { mtime: MTIME, level: 9 }];
  }
  writeFileSync(file, zipSync(tree));
  console.log(`wrote ${relative(ROOT, file)} (${entries.length} files, ${statSync(file).size} bytes)`);
}

const toZipPath = (path) => path.split(sep).join('/');

// 1. Clean build of both targets, into release/build/<target>.
rmSync(OUT, { recursive: true, force: true });
const vite = join(ROOT, 'node_modules', '.bin', 'vite');
for (const target of ['chrome', 'firefox']) {
  run(vite, ['build', '--mode', target, '--outDir', relative(ROOT, join(BUILD, target)), '--emptyOutDir']);
}

// 2. Chrome Web Store: the contents of the Chrome build at the zip's root (manifest.json on top).
const chromeDir = join(BUILD, 'chrome');
writeZip(
  join(OUT, name('chrome')),
  filesUnder(chromeDir).map((f) => [toZipPath(relative(chromeDir, f)), readFileSync(f)]),
);

// 3. Firefox: web-ext build, the packager Mozilla documents for AMO.
run(join(ROOT, 'node_modules', '.bin', 'web-ext'), [
  'build',
  '--source-dir',
  relative(ROOT, join(BUILD, 'firefox')),
  '--artifacts-dir',
  relative(ROOT, OUT),
  '--filename',
  name('firefox'),
  '--overwrite-dest',
]);

// 4. Source archive: every file git tracks (plus new, not-ignored ones, so an uncommitted
//    working tree packages what was just built), and the reviewer's build instructions.
const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT })
  .toString('utf8')
  .split('\0')
  .filter((f) => f && existsSync(join(ROOT, f)) && statSync(join(ROOT, f)).isFile());
const instructions = `# Building Offer First ${pkg.version} from source

For Firefox Add-ons (AMO) reviewers. The add-on is bundled with Vite; this archive holds the
complete source and lockfile, and the commands below rebuild dist/firefox byte for byte.

## Requirements
- Node.js 20 (tested with 20.19 and later 20.x), npm 10 or 11
- Linux, macOS or Windows; no other tools, no network access except the npm registry

## Steps
\`\`\`sh
npm ci
npm run build
\`\`\`
The Firefox add-on is then in \`dist/firefox/\` (and the Chrome one in \`dist/chrome/\`).
\`npm run build\` runs \`vite build --mode chrome && vite build --mode firefox\`; the code is
not minified. To rebuild only Firefox: \`npx vite build --mode firefox\`.

To produce the uploaded package as well: \`npx web-ext build --source-dir dist/firefox\`.
`;
writeZip(join(OUT, name('source')), [
  ...listed.map((f) => [f, readFileSync(join(ROOT, f))]),
  ['BUILD-FOR-REVIEWERS.md', Buffer.from(instructions)],
]);

// 5. Store listings, from store/ (images made by `npm run screenshots`, see store/README.md):
//    per language a description.txt to paste (name, summary, then the description), the
//    screenshots, and the privacy answers.
const STORE = join(ROOT, 'store');
const languages = readdirSync(join(STORE, 'listing'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));
const listingFiles = languages.map((lang) => {
  const { name: title, short, long } = JSON.parse(readFileSync(join(STORE, 'listing', `${lang}.json`), 'utf8'));
  const text = `Name: ${title}\n\nSummary:\n${short}\n\nDescription:\n${long.join('\n\n')}\n`;
  return [`descriptions/${lang}.txt`, Buffer.from(text)];
});
const images = (dir, prefix) =>
  readdirSync(join(STORE, dir))
    .filter((f) => f.startsWith(prefix) && f.endsWith('.png'))
    .map((f) => [f, readFileSync(join(STORE, dir, f))]);
const common = [...listingFiles, ['privacy.md', readFileSync(join(STORE, 'privacy.md'))]];
writeZip(join(OUT, name('chrome-store-assets')), [
  ...common,
  ...images('chrome', 'screenshot-').map(([f, data]) => [`screenshots/${f}`, data]),
  ...images('chrome', 'promo-').map(([f, data]) => [`promo/${f}`, data]),
]);
writeZip(join(OUT, name('amo-assets')), [
  ...common,
  ...images('amo', 'screenshot-').map(([f, data]) => [`screenshots/${f}`, data]),
]);

console.log('\nArtifacts:');
for (const kind of ['chrome', 'firefox', 'source', 'chrome-store-assets', 'amo-assets'])
  console.log(`  release/${name(kind)}`);
