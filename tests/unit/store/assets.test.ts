// The store images in store/ (made by tests/e2e/store-assets.test.ts) have the sizes the stores
// take: Chrome Web Store screenshots 1280 × 800 (one to five) and its small promo tile 440 × 280;
// AMO screenshots 1280 × 800 too (AMO shows them at that 1.6 ratio). Read from each PNG's header.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const STORE = join(import.meta.dirname, '..', '..', '..', 'store');
const SHOTS = (JSON.parse(readFileSync(join(STORE, 'screenshots.json'), 'utf8')) as { screenshots: unknown[] })
  .screenshots.length;

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Uint8Array): [number, number] {
  const header = Buffer.from(bytes.subarray(0, 24));
  if (!header.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    throw new Error('not a PNG');
  if (header.subarray(12, 16).toString('latin1') !== 'IHDR') throw new Error('no IHDR first');
  return [header.readUInt32BE(16), header.readUInt32BE(20)];
}

const pngs = (dir: string) =>
  readdirSync(join(STORE, dir))
    .filter((f) => f.endsWith('.png'))
    .sort();
const size = (dir: string, file: string) => pngSize(readFileSync(join(STORE, dir, file)));

describe('store images', () => {
  it('reads a PNG header and refuses other files', () => {
    const ihdr = Buffer.alloc(24);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(ihdr);
    ihdr.write('IHDR', 12, 'latin1');
    ihdr.writeUInt32BE(440, 16);
    ihdr.writeUInt32BE(280, 20);
    expect(pngSize(ihdr)).toEqual([440, 280]);
    expect(() => pngSize(Buffer.from('GIF89a and more bytes here'))).toThrow('not a PNG');
  });

  it('Chrome Web Store: every screenshot 1280 × 800, one to five of them, and the 440 × 280 promo tile', () => {
    const shots = pngs('chrome').filter((f) => f.startsWith('screenshot-'));
    expect(shots.length).toBe(SHOTS);
    expect(shots.length).toBeLessThanOrEqual(5);
    for (const file of shots) expect(size('chrome', file), file).toEqual([1280, 800]);
    expect(size('chrome', 'promo-440x280.png')).toEqual([440, 280]);
    expect(pngs('chrome')).toEqual([...shots, 'promo-440x280.png'].sort());
  });

  it('AMO: every screenshot 1280 × 800', () => {
    const shots = pngs('amo');
    expect(shots.length).toBe(SHOTS);
    for (const file of shots) expect(size('amo', file), file).toEqual([1280, 800]);
  });
});
