// `npm run demo`: builds, then opens Chromium with the extension loaded, two demo interviews
// already added through the popup's own form, and the local LinkedIn and Facebook demo pages
// (tests/fixtures) served at their real addresses, so a newcomer sees the dialog in a minute.
// Without a display (no $DISPLAY / $WAYLAND_DISPLAY) it says so, prints how to load the build
// by hand, and exits 0. `--smoke` runs the same set-up headless and closes (to check the demo
// itself on machines without a display).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..');
const CHROME_DIST = join(ROOT, 'dist', 'chrome');
const FIREFOX_DIST = join(ROOT, 'dist', 'firefox');
const smoke = process.argv.includes('--smoke');

console.log('Building…');
execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

if (!smoke && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(`
No display here ($DISPLAY and $WAYLAND_DISPLAY are unset), so the demo cannot open a browser
window. The build is ready; load it by hand on a machine with a screen:

  Chrome / Chromium: open chrome://extensions, switch on "Developer mode", "Load unpacked",
                     pick ${CHROME_DIST}
  Firefox (140+):    open about:debugging#/runtime/this-firefox, "Load Temporary Add-on…",
                     pick ${join(FIREFOX_DIST, 'manifest.json')}

Then click the toolbar icon, add an interview with an interviewer's LinkedIn or Facebook
profile link, and click "Connect" / "Add friend" on that profile.
Run \`npm run demo\` where a display exists to have all of this set up for you.`);
  process.exit(0);
}

// The saved demo pages, keyed by the URL named on their first line. (Same convention as
// tests/e2e/support/fixtures.ts, repeated here because Node 20 cannot import .ts files.)
const pages = new Map();
for (const site of ['linkedin', 'facebook']) {
  const dir = join(ROOT, 'tests', 'fixtures', site);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    const url = /<!--\s*url:\s*(\S+)/.exec(text.slice(0, text.indexOf('\n')))?.[1];
    if (url) pages.set(key(url), text.slice(text.indexOf('\n') + 1));
  }
}
function key(url) {
  const u = new URL(url);
  return `${u.origin}${u.pathname.replace(/\/+$/, '')}${u.search}`;
}

const LINKEDIN = 'https://www.linkedin.com/in/dana-whitfield/';
const FACEBOOK = 'https://www.facebook.com/morgan.reyes';

function inDays(days) {
  const d = new Date(Date.now() + days * 86_400_000);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T10:00`;
}

const profile = mkdtempSync(join(tmpdir(), 'offer-first-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: smoke,
  viewport: null,
  args: [
    `--disable-extensions-except=${CHROME_DIST}`,
    `--load-extension=${CHROME_DIST}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-sync',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), // Chromium refuses to run as root otherwise
  ],
});
// The window may close (user or smoke run) before Chromium has finished writing its profile:
// retry, and leave a stray temp directory rather than crash on the way out.
const cleanUp = () => {
  try {
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  } catch {}
};

try {
  // Demo pages at their real addresses; nothing else goes to the network.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (!/^https?:/.test(url)) return route.continue();
    const host = new URL(url).hostname;
    const body = /(^|\.)(linkedin|facebook)\.com$/.test(host) ? pages.get(key(url)) : undefined;
    if (body === undefined) return route.abort();
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const popupUrl = `chrome-extension://${new URL(worker.url()).host}/src/popup/index.html`;

  // Added through the popup's labelled form, exactly as a user would (and as the e2e tests do).
  const popup = context.pages()[0] ?? (await context.newPage());
  await popup.goto(popupUrl);
  for (const fields of [
    {
      Company: 'Northwind Labs',
      Role: 'Staff Engineer',
      'Interview date': inDays(5),
      'Interviewer name': 'Dana Whitfield',
      'LinkedIn profile URL': LINKEDIN,
    },
    {
      Company: 'Contoso',
      Role: 'Product Designer',
      'Interview date': inDays(3),
      'Interviewer name': 'Morgan Reyes',
      'Facebook profile URL': FACEBOOK,
    },
  ]) {
    for (const [label, value] of Object.entries(fields)) await popup.getByLabel(label, { exact: true }).fill(value);
    await popup.getByRole('button', { name: 'Add interview', exact: true }).click();
    await popup.locator('#interviews', { hasText: fields.Company }).waitFor({ timeout: 10_000 });
  }

  for (const url of [LINKEDIN, FACEBOOK]) await (await context.newPage()).goto(url);

  console.log(`
Offer First demo is open.
  - Tab 1: the popup, with two interviews (Dana Whitfield at Northwind Labs, Morgan Reyes at Contoso).
  - Tab 2: Dana Whitfield's LinkedIn profile (local demo page): click "Connect".
  - Tab 3: Morgan Reyes's Facebook profile (local demo page): click "Add friend".
A stranger's Connect / Add friend on the same pages passes untouched.
Close the browser window to end the demo.`);

  if (smoke) {
    await context.close();
    console.log('\nSmoke run: set-up succeeded, browser closed.');
  } else {
    await new Promise((done) => context.on('close', done));
  }
} catch (error) {
  await context.close();
  throw error;
} finally {
  cleanUp();
}
