// Evidence anyone can open: comments, tests and docs cite fixtures in this repository, public
// URLs or docs/dom-catalog.md — never files outside the repository or opaque ids — and every
// fixture they name exists.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const TEXT = /\.(ts|js|mjs|md|html|json)$/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    return TEXT.test(entry.name) ? [path] : [];
  });
}

const all = [...['src', 'tests', 'docs', 'scripts'].flatMap((dir) => files(join(ROOT, dir))), join(ROOT, 'README.md')];
const THIS = relative(ROOT, import.meta.filename);
const FIXTURE_PATH = /tests\/fixtures\/[a-z]+\/[\w.-]+\.(?:html|ics)/g;

/** What an outsider cannot open: built from parts so that this file does not match itself. */
const OPAQUE = new RegExp(
  ['index id [0-9]', '\\.\\./shared/', 'DOM-CATALOG\\.md', 'ENGINEERING\\.md', '\\[E-[a-z]', '\\[I\\]'].join('|'),
);

describe('evidence', () => {
  it('reads the sources, fixtures included', () => {
    expect(all.some((file) => file.endsWith('docs/dom-catalog.md'))).toBe(true);
    expect(all.some((file) => file.includes('tests/fixtures/linkedin/'))).toBe(true);
  });

  it('cites nothing outside the repository and no opaque ids', () => {
    const hits = all
      .filter((file) => relative(ROOT, file) !== THIS)
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, i) => (OPAQUE.test(line) ? [`${relative(ROOT, file)}:${i + 1}`] : [])),
      );
    expect(hits).toEqual([]);
  });

  it('names only fixtures that exist', () => {
    const cited = new Set(
      all.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(FIXTURE_PATH)].map((m) => m[0])),
    );
    expect(cited.size).toBeGreaterThan(20);
    expect([...cited].filter((path) => !existsSync(join(ROOT, path)))).toEqual([]);
  });
});
