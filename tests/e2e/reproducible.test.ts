// AMO reviewers rebuild the add-on from the source archive and compare it with the upload
// (scripts/package.mjs): two clean builds of the Firefox target must give identical bytes.
// Built into two fresh temp directories so neither reuses the other's (or dist/'s) output.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const temp = mkdtempSync(join(tmpdir(), 'offer-first-repro-'));

function buildFirefox(outDir: string): Map<string, Buffer> {
  execFileSync(
    join(ROOT, 'node_modules', '.bin', 'vite'),
    ['build', '--mode', 'firefox', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      cwd: ROOT,
      stdio: 'pipe',
    },
  );
  const files = new Map<string, Buffer>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(outDir, path), readFileSync(path));
    }
  };
  walk(outDir);
  return files;
}

describe('Firefox build', () => {
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('is reproducible: two clean builds give byte-identical files', () => {
    const first = buildFirefox(join(temp, 'first'));
    const second = buildFirefox(join(temp, 'second'));
    expect(first.size).toBeGreaterThan(0);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    for (const [path, bytes] of first) expect(second.get(path)?.equals(bytes), path).toBe(true);
    // The output must not carry where it was built (a reviewer's checkout is elsewhere).
    for (const [path, bytes] of first) {
      expect(bytes.includes(temp), path).toBe(false);
      expect(bytes.includes(ROOT), path).toBe(false);
    }
  }, 120_000);
});
