// Who a profile link denotes (display names: names.ts). Pure, with no runtime import: it is bundled into the
// content scripts and runs on every intercepted click. URL forms: docs/dom-catalog.md §0.7, §12, §14.

import type { Translate } from './i18n.ts';
import { SITE_NAME, type Identity, type Site } from './vocabulary.ts';

// Values as parsed here: a LinkedIn slug percent-decoded, NFC, lower-cased; a member id as
// written (case-sensitive); a /pub/<name>/<a>/<b>/<c> path as "<name>/<a>/<b>/<c>"; a Facebook
// username lower-cased with dots removed; a numeric id as a digit string.
/** Why a link was refused: a catalog key, and for "that is …, not a person's profile" the key of
 *  what it is. Kept as keys so the content scripts, which only need `ok`, carry no sentences;
 *  pages turn it into words with refusalText. */
export type Refusal = { key: string; what?: string; params?: Record<string, string> };
export type ParseResult = { ok: true; identity: Identity } | { ok: false; reason: Refusal };

const fail = (key: string, params?: Record<string, string>): ParseResult => ({
  ok: false,
  reason: params ? { key, params } : { key },
});
const found = (identity: Identity): ParseResult => ({ ok: true, identity });
const notPerson = (what: string): ParseResult => ({ ok: false, reason: { key: 'idNotPerson', what } });
// A malformed %-escape means "not a profile", never an exception.
const decode = (s: string): string | undefined => {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
};
const DIGITS = /^\d+$/;
const wordSet = (words: string): ReadonlySet<string> => new Set(words.split(' '));

// Member ids ("ACoAACCb_ygB…") appear in mutual-connection links instead of the vanity slug
// (docs/dom-catalog.md §14; tests/fixtures/linkedin/search-ember-2022-en.html). They are base64-like, so case matters.
const MEMBER_ID = /^A[A-Z][a-zA-Z]AA[\w-]{10,}$/;

// Path heads that are LinkedIn features, not people; everything else falls back to a generic reason.
const LI_WHAT: Record<string, string> = {
  company: 'idWhatLiCompany',
  school: 'idWhatLiSchool',
  showcase: 'idWhatLiShowcase',
  jobs: 'idWhatLiJob',
  feed: 'idWhatLiFeed',
  posts: 'idWhatLiPost',
  pulse: 'idWhatLiArticle',
  groups: 'idWhatLiGroup',
  search: 'idWhatLiSearch',
  mynetwork: 'idWhatLiMyNetwork',
  messaging: 'idWhatLiConversation',
  events: 'idWhatLiEvent',
  newsletters: 'idWhatLiNewsletter',
  learning: 'idWhatLiLearning',
  notifications: 'idWhatLiNotifications',
  sales: 'idWhatLiSales',
};

function linkedinSlug(raw: string | undefined): ParseResult {
  if (!raw) return fail('idLiNoName');
  if (MEMBER_ID.test(raw)) return found({ site: 'linkedin', kind: 'member', value: raw });
  // Slugs are case-insensitive on the site; the page URL percent-encodes non-Latin letters
  // (/in/szymon-n%C4%99dza-…) while invite hrefs carry them raw (vanityName=szymon-nędza-…).
  const slug = raw.normalize('NFC').toLowerCase();
  // /in/me/ redirects to whoever is signed in (https://github.com/eracle/OpenOutreach/commit/ff7b78a).
  if (slug === 'me') return fail('idLiMe');
  // \p{Cc}: a %00 or other control character decoded from the address (found by fuzzing).
  if (!/^[^\s/\\?#%\p{Cc}]+$/u.test(slug)) return fail('idLiBadChars');
  return found({ site: 'linkedin', kind: 'slug', value: slug });
}

/** What a LinkedIn path that is no profile is, as a catalog key (the pages' refusals). */
type Reasons = (head: string) => string | undefined;

const linkedinWith =
  (reasons: Reasons): SiteParser =>
  (url, seg) => {
    if (seg[0] === 'mwlite') seg.shift(); // LinkedIn Lite served /mwlite/in/<slug> on m.linkedin.com (inferred)
    const head = (seg[0] ?? '').toLowerCase();
    const second = (seg[1] ?? '').toLowerCase();
    if (!head) return notPerson('idWhatLiHome');
    if (head === 'in') return linkedinSlug(seg[1] === undefined ? undefined : decode(seg[1]));
    // 2026 SDUI: Connect is an <a href="/preload/(search-)custom-invite/?vanityName=<slug>"> (docs/dom-catalog.md §0.1).
    if (head === 'preload' && (second === 'custom-invite' || second === 'search-custom-invite')) {
      return linkedinSlug(url.searchParams.get('vanityName') ?? undefined);
    }
    if (head === 'pub') {
      if (second === 'dir') return notPerson('idWhatLiDirectory');
      const parts = seg.slice(1, 5).map(decode);
      const [name, ...rest] = parts;
      if (
        parts.length === 4 &&
        name &&
        /^[^\s/\p{Cc}]+$/u.test(name) &&
        rest.every((p) => p && /^[\da-z]+$/i.test(p))
      ) {
        return found({ site: 'linkedin', kind: 'pub', value: parts.join('/').normalize('NFC').toLowerCase() });
      }
      return fail('idLiPubIncomplete');
    }
    const what = reasons(head);
    if (what) return notPerson(what);
    return fail('idLiNotProfile');
  };
/** With the reasons, for the pages; the content scripts only need `ok` (parseLinkedInUrl). */
const linkedin = /* @__PURE__ */ linkedinWith((head) => LI_WHAT[head]);

// First path segments Facebook reserves for its own features (usernames cannot take them).
const FB_WHAT: Record<string, string> = {
  pages: 'idWhatFbPage',
  pg: 'idWhatFbPage',
  groups: 'idWhatFbGroup',
  events: 'idWhatFbEvent',
  watch: 'idWhatFbWatch',
  marketplace: 'idWhatFbMarketplace',
  gaming: 'idWhatFbGaming',
  photo: 'idWhatFbPhoto',
  photos: 'idWhatFbPhoto',
  media: 'idWhatFbAlbum',
  posts: 'idWhatFbPost',
  reel: 'idWhatFbReel',
  reels: 'idWhatFbReel',
  stories: 'idWhatFbStory',
  videos: 'idWhatFbVideo',
  hashtag: 'idWhatFbHashtag',
  search: 'idWhatFbSearch',
  messages: 'idWhatFbMessenger',
  friends: 'idWhatFbFriends',
  share: 'idWhatFbShare',
  sharer: 'idWhatFbShare',
  fundraisers: 'idWhatFbFundraiser',
  places: 'idWhatFbPlaces',
  jobs: 'idWhatFbJobs',
  'l.php': 'idWhatFbRedirect',
  'photo.php': 'idWhatFbPhoto',
  'video.php': 'idWhatFbVideo',
  'permalink.php': 'idWhatFbPost',
  'story.php': 'idWhatFbPost',
  'sharer.php': 'idWhatFbShare',
  'home.php': 'idWhatFbHome',
};
// Marked pure so LinkedIn's content script, which never parses a Facebook link, drops them.
const FB_RESERVED = /* @__PURE__ */ wordSet(
  'settings notifications bookmarks saved login logout recover help policies privacy business ads legal about ' +
    'terms careers dialog plugins live memories news offers donate community checkpoint reg signup mobile ' +
    'lite find-friends friendrequests profile me home watchparty developers pay games instantgames ufi ajax ' +
    'api tr notes story a',
);
// A sub-path naming one item (a post, a photo…) is that item, not the owner's profile.
const FB_ITEMS = /* @__PURE__ */ new Set([
  'posts',
  'videos',
  'photos',
  'reel',
  'reels',
  'permalink',
  'activity',
  'stories',
]);

function facebook(url: URL, seg: string[]): ParseResult {
  const q = url.searchParams;
  const head = (seg[0] ?? '').toLowerCase();
  const last = (seg[seg.length - 1] ?? '').toLowerCase();
  const numeric = (v: string | null | undefined, missing: string): ParseResult =>
    v && DIGITS.test(v) ? found({ site: 'facebook', kind: 'id', value: v }) : fail(missing);
  if (!head) return notPerson('idWhatFbHome');
  if (head === 'profile.php') return numeric(q.get('id'), 'idFbNoProfileId');
  if (head === 'people') return numeric(seg[2], 'idFbNoPeopleNumber');
  // Friend lists name one person only via profile_id (docs/dom-catalog.md §14;
  // tests/fixtures/facebook/requests-en.html).
  if (head === 'friends' && q.has('profile_id')) return numeric(q.get('profile_id'), 'idFbNoValidProfileId');
  // Mobile add-friend GET links: /a/mobile/friends/profile_add_friend.php?subjectid=N (docs/dom-catalog.md §12).
  if (head === 'a' && last.endsWith('add_friend.php')) return numeric(q.get('subjectid') ?? q.get('id'), 'idFbNoId');
  // Group member lists link /groups/<group>/user/<id>/: that is a person, not the group.
  if (head === 'groups' && seg[2]?.toLowerCase() === 'user') return numeric(seg[3], 'idFbNoNumber');
  if (head === 'me') return fail('idFbMe');
  const what = FB_WHAT[head];
  if (what) return notPerson(what);
  if (FB_RESERVED.has(head) || head.endsWith('.php')) return fail('idFbNotProfile');
  if (seg.length > 2 && FB_ITEMS.has((seg[1] ?? '').toLowerCase())) return notPerson('idWhatFbItem');
  // Usernames are letters, digits and dots (Facebook's minimum of 5 is not enforced); dots and
  // case are ignored by Facebook, so jane.doe and JaneDoe are the same account.
  if (DIGITS.test(head)) return found({ site: 'facebook', kind: 'id', value: head });
  // A username has a letter: "54." would otherwise become the username "54", whose own link
  // (facebook.com/54) is profile id 54, another person (found by fuzzing, tests/unit/fuzz).
  const user = head.replace(/\./g, '');
  // Dots do not count, so "a." is the reserved path /a, never a person: its canonical link
  // would be refused on reading back (found by fuzzing, tests/unit/fuzz/urls.test.ts).
  if (FB_RESERVED.has(user) || FB_WHAT[user]) return fail('idFbNotProfile');
  if (/^[a-z\d.]+$/.test(head) && /[a-z]/.test(user)) return found({ site: 'facebook', kind: 'username', value: user });
  return fail('idFbNotProfileHint');
}

const FB_HOST =
  /^(?:(?:www|web|m|mbasic|touch|d|mobile|free|iphone|x|0|[a-z]{2}-[a-z]{2})\.)?facebook\.com$|^(?:www\.|m\.)?fb\.com$/;

/** Parses anything a user may paste or a page may link to. `site` restricts which site is accepted.
 *  Accepts missing scheme ("linkedin.com/in/x"), http/https, surrounding whitespace; a root-relative
 *  href ("/in/x/") is resolved against `site` when given. Never throws. */
export function parseProfileUrl(input: string, site?: Site): ParseResult {
  return parseWith(input, site, { linkedin, facebook });
}

/**
 * parseProfileUrl(input, 'linkedin') for LinkedIn's content script, which loads on every page:
 * without Facebook's tables, and without the table of what LinkedIn's other pages are (a refusal
 * there says only that the link is no profile; the script never shows why).
 */
export function parseLinkedInUrl(input: string): ParseResult {
  return parseWith(input, 'linkedin', { linkedin: linkedinWithoutReasons });
}
const linkedinWithoutReasons = /* @__PURE__ */ linkedinWith(() => undefined);

/** parseProfileUrl(input, 'facebook'), without LinkedIn's tables: for Facebook's content script. */
export function parseFacebookUrl(input: string): ParseResult {
  return parseWith(input, 'facebook', { facebook });
}

type SiteParser = (url: URL, seg: string[]) => ParseResult;

function parseWith(input: string, site: Site | undefined, parsers: Partial<Record<Site, SiteParser>>): ParseResult {
  if (typeof input !== 'string') return fail('idPaste');
  // Mail and chat apps wrap links in <…> or quotes; a sentence adds a final "." or ",". Neither
  // LinkedIn slugs nor Facebook usernames end in punctuation.
  let s = input.trim().replace(/^[<"'“‘(\s]+|[>"'”’).,;\s]+$/g, '');
  if (!s) return fail('idPaste');
  if (s.startsWith('//')) s = 'https:' + s;
  else if (s.startsWith('/')) {
    if (!site) return fail('idPartial');
    s = (site === 'linkedin' ? 'https://www.linkedin.com' : 'https://www.facebook.com') + s;
  } else if (!/^https?:/i.test(s)) {
    // "linkedin.com:443/…" is a host and port, "javascript:" / "mailto:" are schemes we refuse.
    if (/^[a-z][a-z\d+.-]*:(?!\d)/i.test(s)) return fail('idNotOurSites');
    s = 'https://' + s;
  }
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return fail('idNotAddress');
  }
  if (url.username || url.password) return fail('idEmail');
  const host = url.hostname.replace(/\.$/, '');
  let on: Site;
  if (host === 'linkedin.com' || host.endsWith('.linkedin.com')) on = 'linkedin';
  else if (FB_HOST.test(host)) on = 'facebook';
  else if (host === 'lnkd.in' || host === 'fb.me' || host.endsWith('.fb.me')) {
    return fail('idShortened');
  } else if (host.endsWith('.facebook.com')) return fail('idFbSubdomain', { host });
  else return fail('idNotOurSites');
  if (site && on !== site) return fail('idWrongSite', { on: SITE_NAME[on], site: SITE_NAME[site] });
  // The old touch site routed in the fragment: m.facebook.com/#!/profile.php?id=N (inferred); elsewhere
  // a fragment is ignored.
  if (on === 'facebook' && url.hash.length > 3 && url.hash.startsWith('#!/') && /^\/(home\.php)?$/.test(url.pathname)) {
    try {
      url = new URL(url.hash.slice(2), url.origin);
    } catch {
      return fail('idNotAddress');
    }
  }
  const seg = url.pathname.split('/').filter(Boolean);
  const parse = parsers[on];
  // Only reached without `site` through parseProfileUrl, which passes both parsers.
  return parse ? parse(url, seg) : fail('idNotOurSites');
}

/** A refusal in the user's words. */
export function refusalText(reason: Refusal, t: Translate): string {
  return t(reason.key, reason.what ? { what: t(reason.what) } : reason.params);
}

/** Stable string for maps/sets, e.g. "linkedin:slug:jane-doe", "facebook:id:100012345". */
export function identityKey(identity: Identity): string {
  return `${identity.site}:${identity.kind}:${identity.value}`;
}
