// @vitest-environment happy-dom
// The name on a profile, read by the popup from the open tab: on every saved profile fixture
// of both sites, from the header where there is one, and from the title where there is not.
import { describe, expect, it } from 'vitest';
import { NAME_READERS, readProfileName } from '../../../src/sites/profileName.ts';
import { fixturesOf, readFixture } from '../support/fixtures.ts';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const read = (site: 'linkedin' | 'facebook', file: string) =>
  readProfileName(NAME_READERS[site], parse(readFixture(`${site}/${file}`).html));

describe('readProfileName', () => {
  it.each([
    ['linkedin', 'profile-ember-2025.html', 'Dana Whitfield'],
    ['linkedin', 'profile-2022-more-en.html', 'Owen Barlow'],
    ['linkedin', 'profile-sdui-2026-fr.html', 'Camille Laurent'],
    ['linkedin', 'profile-sdui-2026-pl.html', 'Szymon Nędza'],
    ['facebook', 'profile-comet.html', 'Morgan Reyes'],
    ['facebook', 'profile-numeric-fr.html', 'Inès Moreau'],
    ['facebook', 'm-touch-en.html', 'Quinn Harper'],
  ] as const)('%s %s: %s', (site, file, name) => {
    expect(read(site, file)).toBe(name);
  });

  for (const site of ['linkedin', 'facebook'] as const) {
    it(`agrees with the page title on every ${site} profile fixture`, () => {
      for (const fixture of fixturesOf(site).filter((f) => /\/profile-/.test(f.file))) {
        const doc = parse(fixture.html);
        const title = doc.title.replace(/ \| (LinkedIn|Facebook)$/, '');
        expect(readProfileName(NAME_READERS[site], doc), fixture.file).toBe(title);
      }
    });
  }

  it('reads the header before the title, whatever the title says', () => {
    const doc = parse(readFixture('linkedin/profile-ember-2025.html').html);
    doc.title = 'Feed | LinkedIn';
    expect(readProfileName(NAME_READERS.linkedin, doc)).toBe('Dana Whitfield');
  });

  it('drops the unread count and the site suffix from the title, and reads Open Graph first', () => {
    const titled = parse('<html><head><title>(12) Sam Ortega | LinkedIn</title></head><body></body></html>');
    expect(readProfileName(NAME_READERS.linkedin, titled)).toBe('Sam Ortega');
    const og = parse(
      '<html><head><title>Facebook</title><meta property="og:title" content="Rowan Ellis"></head><body></body></html>',
    );
    expect(readProfileName(NAME_READERS.facebook, og)).toBe('Rowan Ellis');
  });

  it('gives null when the page names no one', () => {
    expect(readProfileName(NAME_READERS.facebook, parse('<html><head><title> | Facebook</title></head></html>'))).toBe(
      null,
    );
    expect(readProfileName(NAME_READERS.facebook, parse('<title>(3) Facebook</title>'))).toBe(null);
    expect(readProfileName(NAME_READERS.linkedin, parse(`<title>${'x'.repeat(300)}</title>`))).toBe(null);
  });
});
