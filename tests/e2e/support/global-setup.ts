// One temporary folder per end-to-end run, removed when the run ends. Browser profiles, the
// add-on snapshots, Playwright's artifacts and whatever the browsers themselves put in TMPDIR
// (Chromium's singleton socket folders, Firefox's profile copies) all go under it, so repeated
// runs leave nothing behind. A run that was killed cannot clean up after itself: its folder is
// removed by the next run, once its process is gone.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PREFIX = 'offer-first-e2e-';

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export default function setup(): () => void {
  const base = tmpdir();
  for (const entry of readdirSync(base)) {
    const pid = entry.startsWith(PREFIX) ? Number(entry.slice(PREFIX.length)) : NaN;
    if (Number.isInteger(pid) && pid !== process.pid && !running(pid)) {
      rmSync(join(base, entry), { recursive: true, force: true });
    }
  }
  const run = join(base, `${PREFIX}${process.pid}`);
  mkdirSync(run, { recursive: true });
  // Read by os.tmpdir() in the test workers (started after this) and by the browsers they launch.
  process.env['TMPDIR'] = run;
  return () => rmSync(run, { recursive: true, force: true });
}
