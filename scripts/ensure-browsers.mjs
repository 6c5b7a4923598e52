// First step of `npm test`: the end-to-end tests need Debian's Chromium, its French locale pack
// (the French run) and Firefox ESR. Missing ones are installed from Debian when this runs as
// root with apt-get (a fresh machine, a container, CI); otherwise it stops at once with the one
// command to run, rather than letting a test fail twenty minutes later with a confusing error.
// Set OFFER_FIRST_NO_INSTALL=1 to be told instead of having them installed.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const firefox = process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr';

/** [Debian package, what needs it, the file that shows it is there]. */
const wanted = [
  ['chromium', 'the Chromium end-to-end run', chromium],
  // Without it Chromium falls back to English whatever --lang says (tests/e2e/i18n.test.ts).
  ['chromium-l10n', 'the French end-to-end run', '/usr/lib/chromium/locales/fr.pak'],
  ['firefox-esr', 'the Firefox end-to-end run', firefox],
];
// A browser given by path is the caller's business: only Debian's own paths can be installed.
const missing = wanted.filter(([, , file]) => !existsSync(file));
if (missing.length === 0) process.exit(0);

const packages = missing.map(([name]) => name);
const command = `apt-get install -y ${packages.join(' ')}`;
const canInstall =
  process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && process.env['OFFER_FIRST_NO_INSTALL'] !== '1';

if (!canInstall) {
  console.error(
    `npm test needs ${packages.join(', ')} (for ${missing.map(([, why]) => why).join(', ')}): run \`sudo ${command}\`, then npm test again.`,
  );
  process.exit(1);
}

console.log(`Installing ${packages.join(', ')} from Debian (for ${missing.map(([, why]) => why).join(', ')})…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: ['ignore', 'ignore', 'inherit'], env });
const still = missing.filter(([, , file]) => !existsSync(file));
if (still.length > 0) {
  console.error(
    `apt-get did not provide ${still.map(([, , file]) => file).join(', ')}: install ${still.map(([n]) => n).join(' ')} by hand.`,
  );
  process.exit(1);
}
