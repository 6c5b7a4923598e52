// @vitest-environment happy-dom
// Selectors are data with evidence: each alternative must still match something in its
// positive fixtures (or it is dead weight, or the fixture lost the structure it documents),
// and no control selector may match anything in a negative fixture.
import { describe, expect, it } from 'vitest';
import { recogniseFollowMessage as facebookFollowMessage } from '../../../../src/sites/facebook/followMessage.ts';
import { ADD_FRIEND_LABELS, FOLLOW_MESSAGE_LABELS } from '../../../../src/sites/facebook/labels.ts';
import { recogniseFollowMessage as linkedinFollowMessage } from '../../../../src/sites/linkedin/followMessage.ts';
import { LINKEDIN_FOLLOW_MESSAGE } from '../../../../src/sites/linkedin/labels.ts';
import * as facebook from '../../../../src/sites/facebook/selectors.ts';
import * as linkedin from '../../../../src/sites/linkedin/selectors.ts';
import { fixturesOf } from '../../support/fixtures.ts';

function parse(site: 'linkedin' | 'facebook') {
  const all = fixturesOf(site).map((f) => {
    const doc = new DOMParser().parseFromString(f.html, 'text/html');
    // Declarative open shadow roots (the 2026 invite dialog) and lazily rendered <template>s
    // (the 2026 More menu) count as the fixture's content.
    for (const t of [...doc.querySelectorAll('template')])
      doc.body.append((t as HTMLTemplateElement).content.cloneNode(true));
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
  it.each(['linkedin', 'facebook'] as const)(
    '%s: every fixture names its URL and the source of its structure, URLs unique',
    (site) => {
      const files = fixturesOf(site);
      for (const f of files) expect(f.url, f.file).toMatch(/^https:\/\/[a-z.]*(linkedin|facebook)\.com\//);
      expect(new Set(files.map((f) => f.url)).size).toBe(files.length);
    },
  );
});

/**
 * Follow and Message (held back only on opt-in). People's Follow/Message controls are in the
 * Connect negatives on purpose (the Connect recogniser must ignore them), so these selectors
 * have their own negatives: a LinkedIn company page, and Facebook's group page, whose
 * Follow/Message name no one.
 */
const followMessage = {
  linkedin: {
    control: [...linkedin.followMessageSelectors],
    recognise: linkedinFollowMessage,
    // Every Follow/Message label pattern of the table must name someone in a fixture's aria-label.
    labels: LINKEDIN_FOLLOW_MESSAGE.flatMap((l) => [...l.followLabel, ...l.messageLabel]),
    extraNegatives: ['linkedin/negative-company-2026-pl.html'],
  },
  facebook: {
    control: [
      ...facebook.followMessageSelectors,
      ...FOLLOW_MESSAGE_LABELS.map((l) => `[data-pagelet="ProfileActions"] [role="button"][aria-label="${l}"]`),
    ],
    recognise: facebookFollowMessage,
    labels: [] as RegExp[],
    extraNegatives: ['facebook/negative-feed-en.html'],
  },
} as const;

describe.each(['linkedin', 'facebook'] as const)('%s Follow/Message selectors', (site) => {
  const all = fixturesOf(site).map((f) => ({ ...f, doc: new DOMParser().parseFromString(f.html, 'text/html') }));
  const spec = followMessage[site];
  const isNegative = (f: { file: string }) => (spec.extraNegatives as readonly string[]).includes(f.file);
  const negatives = all.filter(isNegative);
  const positives = all.filter((f) => !isNegative(f));

  it('has Follow/Message negatives', () => {
    expect(negatives.length).toBeGreaterThan(0);
  });

  it.each([...spec.control])('%s matches a positive fixture', (selector) => {
    expect(positives.some((f) => f.doc.querySelector(selector))).toBe(true);
  });

  it.each([...spec.control])('%s matches nothing in the Follow/Message negatives', (selector) => {
    expect(negatives.filter((f) => f.doc.querySelector(selector)).map((f) => f.file)).toEqual([]);
  });

  it.each(spec.labels.map((p) => [String(p), p] as const))(
    'label %s names someone in a positive fixture',
    (_s, pattern) => {
      const labels = positives.flatMap((f) =>
        [...f.doc.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')!),
      );
      expect(labels.some((l) => pattern.test(l))).toBe(true);
    },
  );

  it('recognises no control at all in the Follow/Message negatives', () => {
    const hits: string[] = [];
    for (const f of negatives) {
      for (const el of f.doc.querySelectorAll('a[href], button, [role="button"], [role="menuitem"]')) {
        const hit = spec.recognise(el, { url: f.url, document: f.doc });
        if (hit) hits.push(`${f.file}: ${hit.kind} ${el.getAttribute('aria-label') ?? el.textContent}`);
      }
    }
    expect(hits).toEqual([]);
  });
});
