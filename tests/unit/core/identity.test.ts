// Profile-URL parsing as a cross-matrix (github-url-detection style): every real-shaped URL is listed
// under the identity it must yield, every non-profile URL must be refused with a reason.
// URL shapes: docs/dom-catalog.md §12, §14.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  identityKey,
  parseFacebookUrl,
  parseLinkedInUrl,
  parseProfileUrl,
  refusalText,
} from '../../../src/core/identity.ts';
import type { Site } from '../../../src/core/vocabulary.ts';
import { nameKey, namesMatch, normalizeName } from '../../../src/core/names.ts';
import { t } from '../support/words.ts';

const keyOf = (url: string, site?: Site): string | undefined => {
  const r = parseProfileUrl(url, site);
  return r.ok ? identityKey(r.identity) : undefined;
};

/** Each group: one person, many URL forms → one identityKey. */
const PROFILES: Record<string, string[]> = {
  'linkedin:slug:jane-doe': [
    'https://www.linkedin.com/in/jane-doe/',
    'https://www.linkedin.com/in/jane-doe',
    'http://linkedin.com/in/jane-doe',
    'linkedin.com/in/jane-doe',
    'www.linkedin.com/in/Jane-Doe/',
    '  https://www.linkedin.com/in/JANE-DOE/  \n',
    '<https://www.linkedin.com/in/jane-doe/>',
    '"linkedin.com/in/jane-doe".',
    '(https://www.linkedin.com/in/jane-doe),',
    '//www.linkedin.com/in/jane-doe/',
    'https://ca.linkedin.com/in/jane-doe',
    'https://uk.linkedin.com/in/jane-doe/',
    'https://de.linkedin.com/in/jane-doe?originalSubdomain=de',
    'https://m.linkedin.com/in/jane-doe',
    'https://www.linkedin.com/in/jane-doe/overlay/contact-info/',
    'https://www.linkedin.com/in/jane-doe/overlay/about-this-profile/',
    'https://www.linkedin.com/in/jane-doe/details/experience/',
    'https://www.linkedin.com/in/jane-doe/recent-activity/all/',
    'https://www.linkedin.com/in/jane-doe?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAACCb_ygBxyz',
    'https://www.linkedin.com/in/jane-doe/#experience',
    'https://www.linkedin.com/preload/custom-invite/?vanityName=jane-doe',
    'https://www.linkedin.com/preload/search-custom-invite/?vanityName=Jane-Doe',
    'https://www.linkedin.com:443/in/jane-doe/',
    'linkedin.com:443/in/jane-doe',
  ],
  'linkedin:slug:szymon-nędza-31a654250': [
    'https://www.linkedin.com/in/szymon-n%C4%99dza-31a654250/',
    'https://www.linkedin.com/in/szymon-n%c4%99dza-31a654250',
    'https://www.linkedin.com/in/szymon-nędza-31a654250/',
    'https://www.linkedin.com/in/Szymon-N%C4%98dza-31a654250/', // upper-case Ę
    'https://www.linkedin.com/in/szymon-ne\u0328dza-31a654250/', // NFD input
    'https://www.linkedin.com/preload/custom-invite/?vanityName=szymon-nędza-31a654250',
    'https://www.linkedin.com/preload/search-custom-invite/?vanityName=szymon-n%C4%99dza-31a654250',
  ],
  'linkedin:slug:иван-петров-12345': [
    'https://ru.linkedin.com/in/%D0%B8%D0%B2%D0%B0%D0%BD-%D0%BF%D0%B5%D1%82%D1%80%D0%BE%D0%B2-12345',
    'https://www.linkedin.com/in/Иван-Петров-12345/',
  ],
  'linkedin:member:ACoAACCb_ygBqK3vZ9x-T2sWq1uQyQ8Lb0': [
    'https://www.linkedin.com/in/ACoAACCb_ygBqK3vZ9x-T2sWq1uQyQ8Lb0?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAACCb',
    'https://www.linkedin.com/in/ACoAACCb_ygBqK3vZ9x-T2sWq1uQyQ8Lb0/',
  ],
  'linkedin:pub:jane-doe/12/345/678': [
    'https://www.linkedin.com/pub/jane-doe/12/345/678',
    'http://uk.linkedin.com/pub/Jane-Doe/12/345/678/',
    'linkedin.com/pub/jane-doe/12/345/678?trk=pub-pbmap',
  ],
  'facebook:username:janedoe': [
    'https://www.facebook.com/jane.doe',
    'https://www.facebook.com/JaneDoe',
    'https://www.facebook.com/Jane.Doe/',
    'facebook.com/jane.doe',
    'https://www.facebook.com/jane.doe?__cft__[0]=AZXabc&__tn__=-R',
    'https://www.facebook.com/jane.doe?fref=pymk&hc_location=friend_browser',
    'https://www.facebook.com/jane.doe?ref=br_rs',
    'https://www.facebook.com/jane.doe/friends',
    'https://www.facebook.com/jane.doe/about',
    'https://www.facebook.com/jane.doe/photos',
    'https://web.facebook.com/jane.doe',
    'https://m.facebook.com/jane.doe',
    'https://mbasic.facebook.com/jane.doe?v=timeline',
    'https://touch.facebook.com/jane.doe',
    'https://d.facebook.com/jane.doe',
    'https://fb.com/jane.doe',
    'https://www.fb.com/jane.doe',
    'https://m.facebook.com/#!/jane.doe',
    '/jane.doe',
  ], // '/jane.doe' (a root-relative href) is parsed with site 'facebook' only
  'facebook:id:100012345': [
    'https://www.facebook.com/profile.php?id=100012345',
    'https://www.facebook.com/profile.php?id=100012345&sk=friends',
    'https://mbasic.facebook.com/profile.php?id=100012345&v=friends',
    'https://web.facebook.com/profile.php?id=100012345&__tn__=-R',
    'https://www.facebook.com/100012345',
    'https://www.facebook.com/100012345/about',
    'https://www.facebook.com/people/Jane-Doe/100012345/',
    'https://www.facebook.com/people/Ren%C3%A9e-D%C3%BCrr/100012345',
    'https://www.facebook.com/friends/requests/?profile_id=100012345',
    'https://www.facebook.com/friends/suggestions/?profile_id=100012345',
    'https://www.facebook.com/friends/list/?profile_id=100012345',
    'https://m.facebook.com/a/mobile/friends/profile_add_friend.php?subjectid=100012345&istimeline=1&hf=profile_button',
    'https://d.facebook.com/a/mobile/friends/profile_add_friend.php?subjectid=100012345&istimeline=1&hf=profile_button&fref=pymk&gfid=AQx',
    'https://www.facebook.com/a/friends/profile_add_friend.php?subjectid=100012345',
    'https://www.facebook.com/groups/1234567/user/100012345/',
    'https://m.facebook.com/#!/profile.php?id=100012345',
  ],
};

const SITE_OF = (key: string): Site => (key.startsWith('linkedin') ? 'linkedin' : 'facebook');
const OTHER: Record<Site, Site> = { linkedin: 'facebook', facebook: 'linkedin' };

/** Not a person's profile: each must be refused with a reason. */
const NOT_PROFILES = [
  '',
  '   ',
  'jane doe',
  'not a url at all',
  'javascript:alert(1)',
  'mailto:jane@example.com',
  'jane@linkedin.com',
  'ftp://linkedin.com/in/jane',
  'https://example.com/in/jane-doe',
  'https://linkedin.com.evil.example/in/jane-doe',
  'https://notlinkedin.com/in/jane-doe',
  'https://twitter.com/janedoe',
  'https://lnkd.in/abc123',
  'https://fb.me/janedoe',
  // LinkedIn, not people
  'https://www.linkedin.com/',
  'https://www.linkedin.com/in/',
  'https://www.linkedin.com/in/me/',
  'https://www.linkedin.com/in/ME',
  'https://www.linkedin.com/in/%E0%A4%A', // malformed escape
  'https://www.linkedin.com/in/jane%20doe',
  'https://www.linkedin.com/company/acme/',
  'https://www.linkedin.com/school/mit/',
  'https://www.linkedin.com/showcase/acme-cloud/',
  'https://www.linkedin.com/jobs/view/123456/',
  'https://www.linkedin.com/feed/',
  'https://www.linkedin.com/feed/update/urn:li:activity:123/',
  'https://www.linkedin.com/posts/jane-doe_hiring-activity-123',
  'https://www.linkedin.com/pulse/some-article-jane-doe',
  'https://www.linkedin.com/groups/12345/',
  'https://www.linkedin.com/search/results/people/?keywords=jane&origin=GLOBAL_SEARCH_HEADER',
  'https://www.linkedin.com/mynetwork/',
  'https://www.linkedin.com/mynetwork/grow/',
  'https://www.linkedin.com/mynetwork/invitation-manager/',
  'https://www.linkedin.com/messaging/compose/?profileUrn=urn%3Ali%3Afsd_profile%3AACoAA&recipient=ACoAA',
  'https://www.linkedin.com/events/123/',
  'https://www.linkedin.com/preload/custom-invite/',
  'https://www.linkedin.com/preload/custom-invite/?vanityName=',
  'https://www.linkedin.com/pub/jane-doe/12/345',
  'https://www.linkedin.com/pub/dir/Jane/Doe',
  'https://www.linkedin.com/people/invite',
  // Facebook, not people
  'https://www.facebook.com/',
  'https://www.facebook.com/me',
  'https://www.facebook.com/profile.php',
  'https://www.facebook.com/profile.php?id=jane',
  'https://www.facebook.com/pages/Acme/123456',
  'https://www.facebook.com/groups/123456/',
  'https://www.facebook.com/groups/123456/posts/789/',
  'https://www.facebook.com/events/123456/',
  'https://www.facebook.com/watch/?v=123',
  'https://www.facebook.com/marketplace/item/123/',
  'https://www.facebook.com/gaming/',
  'https://www.facebook.com/photo/?fbid=123&set=a.456',
  'https://www.facebook.com/photo.php?fbid=123',
  'https://www.facebook.com/permalink.php?story_fbid=1&id=100012345',
  'https://www.facebook.com/story.php?story_fbid=1&id=100012345',
  'https://www.facebook.com/posts/123',
  'https://www.facebook.com/jane.doe/posts/pfbid02abc',
  'https://www.facebook.com/jane.doe/videos/123456/',
  'https://www.facebook.com/reel/123/',
  'https://www.facebook.com/reels/',
  'https://www.facebook.com/stories/123/',
  'https://www.facebook.com/hashtag/hiring',
  'https://www.facebook.com/search/top/?q=jane',
  'https://www.facebook.com/settings',
  'https://www.facebook.com/notifications',
  'https://www.facebook.com/messages/t/100012345',
  'https://www.facebook.com/friends',
  'https://www.facebook.com/friends/requests/',
  'https://www.facebook.com/friends/suggestions',
  'https://www.facebook.com/friends/list/?profile_id=abc',
  'https://www.facebook.com/bookmarks',
  'https://www.facebook.com/saved/',
  'https://www.facebook.com/login/',
  'https://www.facebook.com/help/123',
  'https://www.facebook.com/policies',
  'https://www.facebook.com/privacy/center',
  'https://www.facebook.com/business/',
  'https://www.facebook.com/ads/manager',
  'https://www.facebook.com/home.php',
  'https://www.facebook.com/share/abc123/',
  'https://www.facebook.com/sharer/sharer.php?u=x',
  'https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.com',
  'https://www.facebook.com/l.php?u=x',
  'https://www.facebook.com/dialog/send',
  'https://www.facebook.com/plugins/page.php',
  'https://www.facebook.com/video.php?v=1',
  'https://www.facebook.com/media/set/?set=a.1',
  'https://www.facebook.com/places/Things-to-do',
  'https://www.facebook.com/fundraisers/',
  'https://www.facebook.com/jobs/',
  'https://www.facebook.com/legal/terms',
  'https://www.facebook.com/about',
  'https://www.facebook.com/people/Jane-Doe/',
  'https://www.facebook.com/a/subscribe.php?id=100012345',
  'https://www.facebook.com/a/mobile/friends/profile_add_friend.php',
  'https://business.facebook.com/jane.doe',
  'https://www.facebook.com/Acme-Widgets-Inc-123456789/',
];

describe('parseProfileUrl: every profile form yields its identity', () => {
  for (const [key, urls] of Object.entries(PROFILES)) {
    const site = SITE_OF(key);
    describe(key, () => {
      it.each(urls)('%s', (url) => {
        expect(keyOf(url, site)).toBe(key);
        if (!url.startsWith('/') || url.startsWith('//')) expect(keyOf(url)).toBe(key);
      });
      it.each(urls)('%s is refused when the other site is required', (url) => {
        const r = parseProfileUrl(url, OTHER[site]);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(refusalText(r.reason, t)).toMatch(/\S/);
      });
    });
  }
  it('groups never collide (distinct people give distinct keys)', () => {
    const keys = Object.keys(PROFILES);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('the one-site parsers the content scripts use', () => {
  /** What a content script reads of a result: whether it is a profile, and whose. */
  const seen = (r: ReturnType<typeof parseProfileUrl>) => (r.ok ? r.identity : 'refused');

  it('answer exactly as parseProfileUrl with that site required (LinkedIn: the same person or a refusal)', () => {
    for (const url of [...Object.values(PROFILES).flat(), ...NOT_PROFILES]) {
      expect(seen(parseLinkedInUrl(url)), url).toEqual(seen(parseProfileUrl(url, 'linkedin')));
      expect(parseFacebookUrl(url), url).toEqual(parseProfileUrl(url, 'facebook'));
    }
  });

  it('LinkedIn’s gives no reason naming what another LinkedIn page is: its script carries no such table', () => {
    expect(parseProfileUrl('https://www.linkedin.com/company/northwind/', 'linkedin')).toMatchObject({
      ok: false,
      reason: { what: 'idWhatLiCompany' },
    });
    expect(parseLinkedInUrl('https://www.linkedin.com/company/northwind/')).toEqual({
      ok: false,
      reason: { key: 'idLiNotProfile' },
    });
  });
});

describe('parseProfileUrl: non-profiles are refused with a reason', () => {
  it.each(NOT_PROFILES)('%j', (url) => {
    for (const site of [undefined, 'linkedin', 'facebook'] as const) {
      const r = parseProfileUrl(url, site);
      expect(r.ok, `${url} (${site})`).toBe(false);
      if (!r.ok) expect(refusalText(r.reason, t).length).toBeGreaterThan(10);
    }
  });

  it('gives precise reasons', () => {
    const reason = (url: string, site?: Site) => {
      const r = parseProfileUrl(url, site);
      return r.ok ? '' : refusalText(r.reason, t);
    };
    expect(reason('https://www.linkedin.com/company/acme/')).toBe(
      "That is a LinkedIn company page, not a person's profile.",
    );
    expect(reason('https://example.com/x')).toBe('That link is not a LinkedIn or Facebook address.');
    expect(reason('https://www.linkedin.com/in/me/')).toMatch(/your own profile/);
    expect(reason('https://www.facebook.com/jane.doe', 'linkedin')).toMatch(/Facebook link.*LinkedIn/);
    expect(reason('https://www.facebook.com/friends/requests/')).toMatch(/friends page/);
  });

  it('resolves root-relative hrefs against the given site', () => {
    expect(keyOf('/in/jane-doe/', 'linkedin')).toBe('linkedin:slug:jane-doe');
    expect(keyOf('/preload/custom-invite/?vanityName=jane-doe', 'linkedin')).toBe('linkedin:slug:jane-doe');
    expect(keyOf('/profile.php?id=7', 'facebook')).toBe('facebook:id:7');
    // Facebook ignores dots: "a." and "home.php." are reserved paths, not usernames.
    for (const url of ['m.facebook.com/A.#about', 'https://www.facebook.com/a./1a2b3c', 'facebook.com/gro.ups'])
      expect(parseProfileUrl(url).ok, url).toBe(false);
    expect(parseProfileUrl('facebook.com/jane.doe')).toMatchObject({
      ok: true,
      identity: { kind: 'username', value: 'janedoe' },
    });
    const partial = parseProfileUrl('/in/jane-doe/');
    expect(partial.ok || refusalText(partial.reason, t)).toMatch(/part of an address/);
  });

  it('refuses a Facebook "username" of digits and dots, which would read back as another person\'s id', () => {
    expect(parseProfileUrl('https://www.facebook.com/54./', 'facebook')).toMatchObject({ ok: false });
    expect(keyOf('https://www.facebook.com/jane.54')).toBe('facebook:username:jane54');
  });

  it('refuses a profile name that decodes to a control character (%00), found by the URL fuzz suite', () => {
    expect(parseProfileUrl('http://LINKEDIN.COM/in/%00/')).toMatchObject({ ok: false });
    expect(parseProfileUrl('https://www.linkedin.com/in/jane%01doe')).toMatchObject({ ok: false });
    expect(parseProfileUrl('https://www.linkedin.com/pub/jane%00/1/2/3')).toMatchObject({ ok: false });
  });

  it('refuses a Facebook path that is reserved once its dots are dropped ("a." is /a/), found by the URL fuzz suite', () => {
    expect(parseProfileUrl('fb.com/a.#about')).toMatchObject({ ok: false });
    expect(parseProfileUrl('https://www.facebook.com/groups./')).toMatchObject({ ok: false });
  });

  it('keeps LinkedIn member ids case-sensitive and slugs case-insensitive', () => {
    expect(keyOf('https://www.linkedin.com/in/ACoAACCb_ygBqK3vZ9x')).not.toBe(
      keyOf('https://www.linkedin.com/in/ACoAACCb_YGBqK3vZ9x'),
    );
    expect(keyOf('https://www.linkedin.com/in/JANE-doe')).toBe(keyOf('https://www.linkedin.com/in/jane-DOE'));
  });
});

describe('parseProfileUrl: properties', () => {
  it('never throws and always explains a refusal', () => {
    const inputs = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc
        .tuple(
          fc.constantFrom('https://www.linkedin.com/', 'https://www.facebook.com/', 'linkedin.com/in/', 'fb.com/'),
          fc.string({ unit: 'binary' }),
        )
        .map(([a, b]) => a + b),
    );
    fc.assert(
      fc.property(inputs, fc.constantFrom(undefined, 'linkedin' as const, 'facebook' as const), (input, site) => {
        const r = parseProfileUrl(input, site);
        if (r.ok) expect(identityKey(r.identity)).toMatch(/^(linkedin|facebook):\w+:.+$/);
        else expect(refusalText(r.reason, t)).toMatch(/\S/);
      }),
      { numRuns: 2000 },
    );
  });

  it('is stable under trailing slash, query string and hash', () => {
    const bases = Object.entries(PROFILES).flatMap(([key, urls]) =>
      urls
        .filter((u) => /^https:\/\/[^#?]*\/in\/[^/?#]+\/?$|facebook\.com\/[\w.]+\/?$/.test(u))
        .map((u) => [key, u] as const),
    );
    expect(bases.length).toBeGreaterThan(10);
    const extras = fc.record({
      slash: fc.boolean(),
      query: fc.webQueryParameters(),
      hash: fc.webFragments(),
    });
    fc.assert(
      fc.property(fc.constantFrom(...bases), extras, ([key, base], { slash, query, hash }) => {
        const url =
          base.replace(/\/$/, '') + (slash ? '/' : '') + (query ? `?${query}` : '') + (hash ? `#${hash}` : '');
        expect(keyOf(url)).toBe(key);
      }),
    );
  });
});

describe('normalizeName', () => {
  it.each([
    ['José Müller', 'jose muller'],
    ['Łukasz Nowak', 'lukasz nowak'],
    ['Ludwig Weiß', 'ludwig weiss'],
    ['Søren Kierkegaard', 'soren kierkegaard'],
    ['Nguyễn Văn An', 'nguyen van an'],
    ['Dr. Jane A. Smith, PhD', 'jane a smith'],
    ['Prof. Dr. Hans Müller', 'hans muller'],
    ['Dr. med. Hans Müller', 'hans muller'],
    ['Ing. Juan Pérez', 'juan perez'],
    ['Ing Svensson', 'ing svensson'],
    ['M Jane Smith', 'm jane smith'],
    ['Mrs Jane Smith MBA', 'jane smith'],
    ['M. Jean Dupont', 'jean dupont'],
    ['Sra. María López', 'maria lopez'],
    ['Dott. Mario Rossi', 'mario rossi'],
    ['John Smith Jr.', 'john smith'],
    ['John Smith III', 'john smith'],
    ['Jane Smith, CPA, CFA', 'jane smith'],
    ['Jane Smith, P.E.', 'jane smith'],
    ['Jane Smith (she/her) 🚀', 'jane smith'],
    ['Jane Smith [he/him]', 'jane smith'],
    ['Jane Smith she/her', 'jane smith'],
    ['ΔΉΜΗΤΡΑ ΠΑΠΑΔΟΠΟΎΛΟΥ', 'δήμητρα παπαδοπούλου'],
    ['Jane Smith | Hiring', 'jane smith'],
    ['Jane Smith – Talent Partner at Acme', 'jane smith'],
    ['Jane Smith - Recruiter', 'jane smith'],
    ['Jane Smith #OpenToWork', 'jane smith'],
    ['🌟 Jane 👩🏽‍💻 Smith 🇺🇸', 'jane smith'],
    ['𝐉𝐚𝐧𝐞 𝐒𝐦𝐢𝐭𝐡', 'jane smith'],
    ['Ｊａｎｅ　Ｓｍｉｔｈ', 'jane smith'],
    ['Jean-Luc Picard', 'jean luc picard'],
    ["Conan O'Brien", 'conan obrien'],
    ['Conan O’Brien', 'conan obrien'],
    ['Smith, Jane', 'jane smith'],
    ['  JANE   smith  ', 'jane smith'],
    ['Jack Ma', 'jack ma'],
    ['Wei Peng', 'wei peng'],
    ['Иван Петров', 'иван петров'],
    ['ИВАН ПЕТРОВ', 'иван петров'],
    ['山田 太郎', '山田 太郎'],
    ['山田太郎', '山田太郎'],
    ['محمد علي', 'محمد علي'],
    ['', ''],
    ['🚀', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });

  it('is idempotent', () => {
    const names = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' }),
      fc
        .array(
          fc.constantFrom(
            'Dr.',
            'M.',
            'Jane',
            'José',
            'Ł',
            'ß',
            'PhD',
            ',',
            '|',
            '(she/her)',
            'İ',
            'ŉ',
            'Σ',
            'Ш',
            '🚀',
            '-',
            "'",
            'ﬁ',
            'Ing.',
            'Smith',
          ),
          { maxLength: 8 },
        )
        .map((a) => a.join(' ')),
    );
    fc.assert(
      fc.property(names, (n) => void expect(normalizeName(normalizeName(n))).toBe(normalizeName(n))),
      { numRuns: 3000 },
    );
  });
});

describe('nameKey', () => {
  it.each([
    ['Jane Maria Smith', 'jane smith'],
    ['Dr. Jane A. Smith, PhD', 'jane smith'],
    ['Jane', 'jane'],
    ['', ''],
    ['(she/her)', ''],
  ])('%j → %j', (input, expected) => void expect(nameKey(input)).toBe(expected));
});

describe('namesMatch', () => {
  it.each([
    ['José Müller', 'Jose Muller'],
    ['Dr. Jane A. Smith, PhD', 'jane smith'],
    ['Jane Smith (she/her) 🚀', 'Jane Smith'],
    ['Łukasz Nowak', 'Lukasz Nowak'],
    ['Jean-Luc Picard', 'Jean Luc Picard'],
    ["Conan O'Brien", 'Conan OBrien'],
    ['Jane M. Smith', 'Jane Maria Smith'],
    ['Jane Smith', 'Jane Maria Smith'],
    ['Jane M. K. Smith', 'Jane Maria Karen Smith'],
    ['Jane K. Smith', 'Jane Maria Karen Smith'],
    ['Иван Петров', 'Иван Петров'],
    ['Иван Петров', 'ИВАН ПЕТРОВ'],
    ['山田 太郎', '山田 太郎'],
    ['Jane Smith | Hiring', 'JANE SMITH'],
  ])('%j ≈ %j', (a, b) => {
    expect(namesMatch(a, b)).toBe(true);
    expect(namesMatch(b, a)).toBe(true);
  });

  it.each([
    ['Jane M. Smith', 'Jane Karen Smith'],
    ['Jane Smith', 'John Smith'],
    ['Jane Smith', 'Jane Smyth'],
    ['Иван Петров', 'Ivan Petrov'],
    ['山田 太郎', '田中 太郎'],
    ['Jane K. M. Smith', 'Jane Maria Karen Smith'], // order matters
    ['Jane', 'Jane Smith'],
    ['', ''],
    ['🚀', '🚀'],
  ])('%j ≠ %j', (a, b) => {
    expect(namesMatch(a, b)).toBe(false);
    expect(namesMatch(b, a)).toBe(false);
  });

  it('is symmetric', () => {
    const token = fc.constantFrom(
      'jane',
      'j',
      'Jane',
      'Maria',
      'm',
      'M.',
      'Karen',
      'k',
      'Smith',
      'smith',
      'Dr.',
      'PhD',
      'José',
      'Jose',
      'Иван',
    );
    const name = fc.array(token, { maxLength: 5 }).map((t) => t.join(' '));
    fc.assert(
      fc.property(name, name, (a, b) => void expect(namesMatch(a, b)).toBe(namesMatch(b, a))),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        fc.string({ unit: 'grapheme' }),
        (a, b) => void expect(namesMatch(a, b)).toBe(namesMatch(b, a)),
      ),
    );
  });

  it('matches every name with itself when it has a name at all', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (n) => void expect(namesMatch(n, n)).toBe(normalizeName(n) !== '')),
    );
  });
});
