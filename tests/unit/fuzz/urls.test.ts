// 10,000 fuzzed profile addresses through the identity parser (what users paste into the
// editor and what the content scripts read from links): it never throws, every refusal says
// why, and every accepted address names one person whose canonical link reads back as the
// same person (a stored link never loses who it points at).
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { identityKey, parseProfileUrl, refusalText } from '../../../src/core/identity.ts';
import type { Site } from '../../../src/core/vocabulary.ts';
import { profileUrlOf } from '../../../src/core/research.ts';
import { Tally } from '../support/tally.ts';
import { t } from '../support/words.ts';

const RUNS = 10_000;
const tally = new Tally('fuzz URLs');
afterAll(() => tally.report(RUNS));

const hosts = fc.constantFrom(
  'www.linkedin.com',
  'linkedin.com',
  'de.linkedin.com',
  'LINKEDIN.COM',
  'linkedin.com.',
  'lnkd.in',
  'evil-linkedin.com',
  'linkedin.com.evil.example',
  'www.facebook.com',
  'm.facebook.com',
  'facebook.com',
  'fb.com',
  'fb.me',
  'business.facebook.com',
  'facebook.com.evil.example',
  'xn--facebook-9ib.com',
);
const segment = fc.oneof(
  fc.constantFrom(
    'in',
    'pub',
    'profile.php',
    'people',
    'groups',
    'company',
    'jane-doe',
    'ACoAAB1',
    '..',
    '%2F',
    '%00',
    'j%C3%A9r%C3%B4me',
    '100012345',
    'pages',
    '#!',
    'sharer',
  ),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.stringMatching(/^[a-z0-9.\-_]{1,20}$/),
);
const structured = fc
  .record({
    scheme: fc.constantFrom('https://', 'http://', '//', '', 'javascript:', 'mailto:', 'HTTPS://', ' https://'),
    user: fc.constantFrom('', 'user@', 'a:b@'),
    host: hosts,
    port: fc.constantFrom('', ':443', ':8080'),
    path: fc.array(segment, { maxLength: 4 }),
    slash: fc.boolean(),
    query: fc.constantFrom('', '?id=100012345', '?id=abc', '?id=1&id=2', '?trk=x', '?id=%31%32'),
    hash: fc.constantFrom('', '#', '#!/profile.php?id=7', '#top'),
    wrap: fc.constantFrom(['', ''], ['<', '>'], ['"', '"'], [' ', '.'], ['(', ')']),
  })
  .map(
    ({ scheme, user, host, port, path, slash, query, hash, wrap }) =>
      `${wrap[0]}${scheme}${user}${host}${port}/${path.join('/')}${slash ? '/' : ''}${query}${hash}${wrap[1]}`,
  );
// Addresses close to real profiles, so that many are accepted and their round trip is checked.
const likely = fc
  .record({
    host: fc.constantFrom(
      'https://www.linkedin.com',
      'linkedin.com',
      'https://uk.linkedin.com',
      'https://www.facebook.com',
      'm.facebook.com',
      'fb.com',
    ),
    kind: fc.constantFrom('/in/', '/pub/', '/profile.php?id=', '/', '/people/'),
    value: fc.oneof(
      fc.stringMatching(/^[a-zA-Z0-9][a-zA-Z0-9.\-_]{0,30}$/),
      fc.stringMatching(/^[0-9]{1,17}$/),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 15 }),
    ),
    tail: fc.constantFrom('', '/', '/?trk=x', '#about', '/details/experience/', '/1a2b3c'),
  })
  .map(({ host, kind, value, tail }) => `${host}${kind}${value}${tail}`);
const inputs = fc.oneof(
  { weight: 5, arbitrary: likely },
  { weight: 4, arbitrary: structured },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('/in/', '/profile.php?id=', '/'), fc.string({ maxLength: 20 }))
      .map(([a, b]) => a + b),
  },
);

describe('fuzzed profile URLs', () => {
  it(`${RUNS} inputs: no crash, a reason for every refusal, one stable person for every acceptance`, () => {
    fc.assert(
      fc.property(inputs, fc.constantFrom<Site | undefined>(undefined, 'linkedin', 'facebook'), (input, site) => {
        tally.checkSync(JSON.stringify([input, site]), () => {
          const parsed = parseProfileUrl(input, site);
          tally.note(parsed.ok ? 'accepted' : 'refused with a reason');
          if (!parsed.ok) return /\S/.test(refusalText(parsed.reason, t)) || 'refused without a reason';
          const { identity } = parsed;
          if (site && identity.site !== site) return `accepted a ${identity.site} link where ${site} was asked`;
          if (!/^(linkedin|facebook):\w+:.+$/.test(identityKey(identity))) return `odd key ${identityKey(identity)}`;
          if (/[\s\u0000-\u001f\u007f]/.test(identity.value))
            return `identity with whitespace or control characters: ${JSON.stringify(identity.value)}`;
          const again = parseProfileUrl(profileUrlOf(identity), identity.site);
          if (!again.ok || identityKey(again.identity) !== identityKey(identity))
            return `canonical link ${profileUrlOf(identity)} does not read back as ${identityKey(identity)}`;
          return true;
        });
      }),
      { numRuns: RUNS },
    );
  }, 60_000);
});
