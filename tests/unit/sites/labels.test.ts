// @vitest-environment happy-dom
// The language matrix of the detection fixtures: every fixture added (one person with several
// identities, name-only cards on mobile and desktop, no attribution across regions), in every
// language the sites' label tables hold (src/sites/facebook/labels.ts, src/sites/linkedin/labels.ts).
// The fixtures are saved in English; each other language is generated from them by putting that
// language's wording from the tables where the English wording is (labels and visible text), so
// a language added to a table is covered here at once. Each (fixture × language) gets its own
// test. Not covered, because the tables hold no add-friend wording for them (no evidence:
// docs/dom-catalog.md §13): Facebook Italian (only a bare "Aggiungi", trusted only on a card that
// links one person) and Dutch.
import { describe, expect, it } from 'vitest';
import type { Identity } from '../../../src/core/vocabulary.ts';
import { recogniseAddFriend } from '../../../src/sites/facebook/addFriend.ts';
import { FACEBOOK_LANGUAGES } from '../../../src/sites/facebook/labels.ts';
import { recogniseConnect } from '../../../src/sites/linkedin/connect.ts';
import { recogniseFollowMessage } from '../../../src/sites/linkedin/followMessage.ts';
import {
  LINKEDIN_FOLLOW_MESSAGE,
  LINKEDIN_LANGUAGES,
  nameInFollowLabel,
  nameInInviteLabel,
} from '../../../src/sites/linkedin/labels.ts';
import type { Recogniser } from '../../../src/sites/recogniser.ts';
import { mount, readFixture } from '../support/fixtures.ts';

type Seen = { identity?: Identity; name?: string; also?: Identity[] } | 'nothing';
interface Case {
  fixture: string;
  /** Control → whose it is ('nothing': not a request at all). */
  expect: [selector: string, seen: Seen][];
}

const fbId = (value: string): Identity => ({ site: 'facebook', kind: 'id', value });
const fbUser = (value: string): Identity => ({ site: 'facebook', kind: 'username', value });
const slug = (value: string): Identity => ({ site: 'linkedin', kind: 'slug', value });

// ---------- Facebook: every add-friend wording of every language in the table ----------
const FACEBOOK_CASES: Case[] = [
  {
    fixture: 'facebook/m-lite-cards-en.html',
    expect: [
      ['[data-action-id="41001"] .native-text:last-child', { name: 'Riley Chen' }],
      ['[data-action-id="41011"]', { name: 'Jordan Blake' }],
      ['[data-action-id="41000"]', 'nothing'],
      ['[data-action-id="41002"]', 'nothing'],
      ['[data-action-id="41003"]', 'nothing'],
    ],
  },
  {
    fixture: 'facebook/feed-pymk-names-en.html',
    expect: [
      ['#pymk-riley [data-visualcompletion="ignore"]', { name: 'Riley Chen' }],
      ['#pymk-jordan div[role="button"]:first-of-type span span', { name: 'Jordan Blake' }],
      ['#pymk-namesake [role="button"]', { identity: fbId('100077700009'), name: 'Riley Chen' }],
      ['#pymk-actions [aria-label="Message"]', 'nothing'],
      ['#pymk-actions [aria-label="Follow"]', 'nothing'],
      ['#pymk-riley [aria-label="Remove"]', 'nothing'],
    ],
  },
  {
    fixture: 'facebook/profile-noactions-en.html',
    expect: [
      ['#header-add [data-visualcompletion="ignore"]', { identity: fbUser('janedoe77'), name: 'Jane Doe' }],
      ['#linked-card [role="button"] span', { identity: fbId('100077700002'), name: 'Sam Park' }],
      ['#name-card [role="button"]', { name: 'Lee Moss' }],
      ['#blank-card [role="button"]', {}],
      ['#header-message span', 'nothing'],
    ],
  },
  {
    // Language-independent (the link's shape), its visible text translated all the same.
    fixture: 'facebook/m-touch-alias-en.html',
    expect: [
      [
        '#actions a[href*="hf=profile_button"] span',
        { identity: fbId('100012345678901'), also: [fbUser('janedoe77')], name: 'Jane Doe' },
      ],
      ['#namesake a[href*="subjectid=100077700001"] span', { identity: fbId('100077700001'), name: 'Jane Doe' }],
      ['#actions a[href^="/messages/thread/"] span', 'nothing'],
      ['#actions a[href^="/a/subscribe.php"] span', 'nothing'],
    ],
  },
];

const facebookWordings = FACEBOOK_LANGUAGES.flatMap((l) => l.addFriend.map((label) => ({ lang: l.lang, label })));
const facebookVariant = (html: string, label: string) => html.replace(/Add [Ff]riend/g, label);

// ---------- LinkedIn: every language's Connect label and text, Follow and Message ----------
/** How each language words the label of a Connect; checked against the table below. */
const INVITE: Record<string, (name: string) => string> = {
  en: (n) => `Invite ${n} to connect`,
  fr: (n) => `Inviter ${n} à rejoindre votre réseau`,
  de: (n) => `${n} als Kontakt einladen`,
  es: (n) => `Invitar a ${n} a conectar`,
  'pt-BR': (n) => `Convidar ${n} para se conectar`,
  it: (n) => `Invita ${n} a collegarsi`,
  nl: (n) => `Connectieverzoek verzenden naar ${n}`,
  pl: (n) => `Zaproś użytkownika ${n} do nawiązania kontaktu`,
};
const FOLLOW: Record<string, (name: string) => string> = {
  en: (n) => `Follow ${n}`,
  fr: (n) => `Suivre ${n}`,
  de: (n) => `Folgen ${n}`,
  es: (n) => `Seguir a ${n}`,
  'pt-BR': (n) => `Seguir ${n}`,
  it: (n) => `Segui ${n}`,
  nl: (n) => `Volgen ${n}`,
  pl: (n) => `Obserwuj użytkownika ${n}`,
};

function linkedinVariant(html: string, lang: string): string {
  const table = LINKEDIN_LANGUAGES.find((l) => l.lang === lang)!;
  const message = LINKEDIN_FOLLOW_MESSAGE.find((l) => l.lang === lang)!.messageText[0]!;
  return html
    .replace(/Invite (.+?) to connect/g, (_, name: string) => INVITE[lang]!(name))
    .replace(/Follow (Sam Park|Riley Chen)/g, (_, name: string) => FOLLOW[lang]!(name))
    .replace(/>Connect</g, `>${table.connectText[0]!}<`)
    .replace(/aria-label="Message"/g, `aria-label="${message}"`);
}

const LINKEDIN_CASE: Case = {
  fixture: 'linkedin/profile-browsemap-en.html',
  expect: [
    ['#card-premium button svg', { name: 'Riley Chen' }],
    ['#card-unlabelled .artdeco-button__text', { name: 'Jordan Blake' }],
    ['#card-namesake button', { identity: slug('riley-chen-77'), name: 'Riley Chen' }],
    ['#ember940', 'nothing'],
    ['#card-linked a[href*="/messaging/compose/"]', 'nothing'],
    ['#ember950', 'nothing'],
    ['#ember951', 'nothing'],
  ],
};

// ---------- the checks ----------
const CONTROLS = 'a[href], button, [role="button"], [role="menuitem"], [data-mcomponent="MContainer"][data-action-id]';

function check(site: 'facebook' | 'linkedin', recognise: Recogniser, c: Case, html: string) {
  const f = readFixture(c.fixture);
  const doc = mount({ ...f, html });
  const page = { url: f.url, document: doc };
  const known = new Set<Element>();
  for (const [selector, seen] of c.expect) {
    const target = doc.querySelector(selector);
    expect(target, `${c.fixture}: ${selector}`).not.toBeNull();
    const hit = recognise(target!, page);
    if (seen === 'nothing') expect(hit, selector).toBeUndefined();
    else expect(hit?.person, selector).toEqual({ site, identity: undefined, name: undefined, ...seen });
    if (hit) known.add(hit.control);
  }
  // Nothing else in the page is a request.
  const stray = [...doc.querySelectorAll(CONTROLS)].filter((el) => {
    const hit = recognise(el, page);
    return hit && !known.has(hit.control);
  });
  expect(stray.map((el) => el.outerHTML.slice(0, 80))).toEqual([]);
  return { doc, page };
}

const facebookMatrix = FACEBOOK_CASES.flatMap((c) =>
  facebookWordings.map(({ lang, label }) => [c.fixture, lang, label, c] as const),
);
describe.each(facebookMatrix)('%s × %s (“%s”)', (_fixture, _lang, label, c) => {
  it('recognises each control with the right person, and nothing else', () => {
    const html = facebookVariant(readFixture(c.fixture).html, label);
    if (!label.startsWith('Add')) expect(html).not.toMatch(/Add [Ff]riend/);
    check('facebook', recogniseAddFriend, c, html);
  });
});

const linkedinMatrix = LINKEDIN_LANGUAGES.map((l) => [LINKEDIN_CASE.fixture, l.lang] as const);
describe.each(linkedinMatrix)('%s × %s', (_fixture, lang) => {
  it('the wording used is the table’s (the name read back from each label)', () => {
    expect(nameInInviteLabel(INVITE[lang]!('Riley Chen'))).toBe('Riley Chen');
    expect(nameInFollowLabel(FOLLOW[lang]!('Riley Chen'))).toBe('Riley Chen');
  });

  it('recognises each Connect with the right person; Follow and Message are not requests, nor anyone’s on a card without a link', () => {
    const html = linkedinVariant(readFixture(LINKEDIN_CASE.fixture).html, lang);
    if (lang !== 'en') expect(html).not.toMatch(/Invite .* to connect|>Connect<|Follow (Sam|Riley)/);
    const { doc, page } = check('linkedin', recogniseConnect, LINKEDIN_CASE, html);
    // With Follow and Message held back (opt-in), the linked card's Follow is its person's; the
    // card without a link names no one (its neighbour's link is not borrowed).
    expect(recogniseFollowMessage(doc.querySelector('#ember940')!, page)?.person.identity).toEqual(slug('sam-park-5'));
    expect(recogniseFollowMessage(doc.querySelector('#ember950')!, page)).toBeUndefined();
    expect(recogniseFollowMessage(doc.querySelector('#ember951')!, page)).toBeUndefined();
  });
});

describe('the matrix', () => {
  it('lists every issue-13 fixture in every language the tables hold (Facebook it and nl: no wording)', () => {
    const fbLangs = new Set(facebookMatrix.map(([, lang]) => lang));
    expect([...fbLangs].sort()).toEqual(['de', 'en', 'es', 'es-419', 'fr', 'pl', 'pt-BR', 'pt-PT']);
    expect(facebookMatrix).toHaveLength(FACEBOOK_CASES.length * facebookWordings.length);
    expect(linkedinMatrix.map(([, lang]) => lang).sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt-BR']);
  });
});
