// @vitest-environment happy-dom
// Selectors are data with evidence: each alternative must still match something in its
// positive fixtures (or it is dead weight, or the fixture lost the structure it documents),
// and no control selector may match anything in a negative fixture.
import { describe, expect, it } from 'vitest';
import { ADD_FRIEND_LABELS } from '../../src/sites/facebook/labels.ts';
import * as facebook from '../../src/sites/facebook/selectors.ts';
import * as linkedin from '../../src/sites/linkedin/selectors.ts';
import { fixturesOf } from './support/fixtures.ts';

function parse(site: 'linkedin' | 'facebook') {
  const all = fixturesOf(site).map((f) => {
    const doc = new DOMParser().parseFromString(f.html, 'text/html');
    // Declarative open shadow roots (the 2026 invite dialog) and lazily rendered <template>s
    // (the 2026 More menu) count as the fixture's content.
    for (const t of [...doc.querySelectorAll('template')]) doc.body.append((t as HTMLTemplateElement).content.cloneNode(true));
    return { file: f.file, doc };
  });
  const negative = (file: string) => /\/negative-[^/]+\.html$/.test(file);
  return { positive: all.filter((f) => !negative(f.file)), negative: all.filter((f) => negative(f.file)) };
}

const sites = {
  linkedin: {
    control: [...linkedin.controlSelectors],
    context: [...linkedin.topCard, ...linkedin.profileMenu, ...linkedin.inviteDialog, ...linkedin.dialogPrimary],
  },
  facebook: {
    // Every add-friend label of the table is also a selector: each must be seen in a fixture.
    control: [...facebook.controlSelectors, ...ADD_FRIEND_LABELS.map((l) => `[role="button"][aria-label="${l}"]`)],
    context: [...facebook.profileHeader, facebook.respondButton, facebook.liteContainer],
  },
} as const;

describe.each(['linkedin', 'facebook'] as const)('%s selectors', (site) => {
  const { positive, negative } = parse(site);

  it('has positive and negative fixtures', () => {
    expect(positive.length).toBeGreaterThan(3);
    expect(negative.length).toBeGreaterThan(0);
  });

  it.each([...sites[site].control, ...sites[site].context])('%s matches a positive fixture', (selector) => {
    expect(positive.some((f) => f.doc.querySelector(selector))).toBe(true);
  });

  it.each([...sites[site].control])('%s matches nothing in the negative fixtures', (selector) => {
    expect(negative.filter((f) => f.doc.querySelector(selector)).map((f) => f.file)).toEqual([]);
  });
});

describe('fixture headers', () => {
  it.each(['linkedin', 'facebook'] as const)('%s: every fixture names its URL and the source of its structure, URLs unique', (site) => {
    const files = fixturesOf(site);
    for (const f of files) expect(f.url, f.file).toMatch(/^https:\/\/[a-z.]*(linkedin|facebook)\.com\//);
    expect(new Set(files.map((f) => f.url)).size).toBe(files.length);
  });
});
