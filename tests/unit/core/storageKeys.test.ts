// Each storage key is declared once (src/core/storageKeys.ts) with its schema
// (src/core/storageSchemas.ts; the type-check fails on a key without one). This holds the "once":
// no other source file spells a key out, so a renamed key cannot leave a reader behind.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORAGE_KEYS } from '../../../src/core/storageKeys.ts';
import { STORAGE_SCHEMAS } from '../../../src/core/storageSchemas.ts';

const SRC = resolve(import.meta.dirname, '../../../src');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

describe('storage keys', () => {
  it('are distinct, and each has a schema', () => {
    expect(new Set(STORAGE_KEYS).size).toBe(STORAGE_KEYS.length);
    expect(Object.keys(STORAGE_SCHEMAS).sort()).toEqual([...STORAGE_KEYS].sort());
  });

  // 'state' and 'undo' are also ordinary words in the code (a form's state, an undo button).
  const distinctive = STORAGE_KEYS.filter((k) => k !== 'state' && k !== 'undo');
  it.each(distinctive)('"%s" is spelt out only in core/storageKeys.ts', (key) => {
    const spelt = files(SRC)
      .filter((f) => !f.endsWith('storageKeys.ts') && !f.endsWith('storageSchemas.ts'))
      // A reply's field of the same name (`StateReply['recentlyDeleted']`) is not a key.
      .filter((f) => new RegExp(`(?<!\\[)'${key}'`).test(readFileSync(f, 'utf8')))
      .map((f) => relative(SRC, f));
    expect(spelt).toEqual([]);
  });
});
