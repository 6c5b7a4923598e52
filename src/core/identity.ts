// Who a profile link denotes (display names: names.ts). Pure and import-free: it is bundled into the
// content scripts and runs on every intercepted click. URL forms: docs/dom-catalog.md §0.7, §12, §14.

export type Site = 'linkedin' | 'facebook';
export type Identity =
  | { site: 'linkedin'; kind: 'slug'; value: string } // public vanity slug: percent-decoded, NFC, lower-cased
  | { site: 'linkedin'; kind: 'member'; value: string } // opaque member id in /in/ACoAA… URLs (case-sensitive)
  | { site: 'linkedin'; kind: 'pub'; value: string } // legacy /pub/<name>/<a>/<b>/<c> → "<name>/<a>/<b>/<c>"
  | { site: 'facebook'; kind: 'username'; value: string } // lower-cased, dots removed
  | { site: 'facebook'; kind: 'id'; value: string }; // numeric id as a digit string
export type ParseResult = { ok: true; identity: Identity } | { ok: false; reason: string };

const SITE_NAME: Record<Site, string> = { linkedin: 'LinkedIn', facebook: 'Facebook' };
const fail = (reason: string): ParseResult => ({ ok: false, reason });
const found = (identity: Identity): ParseResult => ({ ok: true, identity });
const notPerson = (what: string): ParseResult => fail(`That is ${what}, not a person's profile.`);
// A malformed %-escape means "not a profile", never an exception.
const decode = (s: string): string | undefined => { try { return decodeURIComponent(s); } catch { return undefined; } };
const DIGITS = /^\d+$/;

// Member ids ("ACoAACCb_ygB…") appear in mutual-connection links instead of the vanity slug
// (docs/dom-catalog.md §14; tests/fixtures/linkedin/search-ember-2022-en.html). They are base64-like, so case matters.
const MEMBER_ID = /^A[A-Z][a-zA-Z]AA[\w-]{10,}$/;

// Path heads that are LinkedIn features, not people; everything else falls back to a generic reason.
const LI_WHAT: Record<string, string> = {
  company: 'a LinkedIn company page', school: 'a LinkedIn school page', showcase: 'a LinkedIn showcase page',
  jobs: 'a LinkedIn job page', feed: 'the LinkedIn feed', posts: 'a LinkedIn post', pulse: 'a LinkedIn article',
  groups: 'a LinkedIn group', search: 'a LinkedIn search page', mynetwork: "LinkedIn's My Network page",
  messaging: 'a LinkedIn conversation', events: 'a LinkedIn event', newsletters: 'a LinkedIn newsletter',
  learning: 'a LinkedIn Learning page', notifications: 'the LinkedIn notifications page', sales: 'a Sales Navigator page',
};

function linkedinSlug(raw: string | undefined): ParseResult {
  if (!raw) return fail('That LinkedIn link has no profile name after /in/.');
  if (MEMBER_ID.test(raw)) return found({ site: 'linkedin', kind: 'member', value: raw });
  // Slugs are case-insensitive on the site; the page URL percent-encodes non-Latin letters
  // (/in/szymon-n%C4%99dza-…) while invite hrefs carry them raw (vanityName=szymon-nędza-…).
  const slug = raw.normalize('NFC').toLowerCase();
  // /in/me/ redirects to whoever is signed in (https://github.com/eracle/OpenOutreach/commit/ff7b78a).
  if (slug === 'me') return fail('That is LinkedIn\'s alias for your own profile ("/in/me/"), not someone else\'s.');
  if (!/^[^\s/\\?#%]+$/u.test(slug)) return fail('That LinkedIn profile name contains characters a profile address cannot have.');
  return found({ site: 'linkedin', kind: 'slug', value: slug });
}

function linkedin(url: URL, seg: string[]): ParseResult {
  if (seg[0] === 'mwlite') seg.shift(); // LinkedIn Lite served /mwlite/in/<slug> on m.linkedin.com (inferred)
  const head = (seg[0] ?? '').toLowerCase();
  const second = (seg[1] ?? '').toLowerCase();
  if (!head) return notPerson('the LinkedIn home page');
  if (head === 'in') return linkedinSlug(seg[1] === undefined ? undefined : decode(seg[1]));
  // 2026 SDUI: Connect is an <a href="/preload/(search-)custom-invite/?vanityName=<slug>"> (docs/dom-catalog.md §0.1).
  if (head === 'preload' && (second === 'custom-invite' || second === 'search-custom-invite')) {
    return linkedinSlug(url.searchParams.get('vanityName') ?? undefined);
  }
  if (head === 'pub') {
    if (second === 'dir') return notPerson('a LinkedIn people-directory search');
    const parts = seg.slice(1, 5).map(decode);
    const [name, ...rest] = parts;
    if (parts.length === 4 && name && /^[^\s/]+$/u.test(name) && rest.every((p) => p && /^[\da-z]+$/i.test(p))) {
      return found({ site: 'linkedin', kind: 'pub', value: parts.join('/').normalize('NFC').toLowerCase() });
    }
    return fail('That old-style LinkedIn /pub/ link is incomplete (it looks like linkedin.com/pub/name/1a/2b/3c).');
  }
  const what = LI_WHAT[head];
  if (what) return notPerson(what);
  return fail("That LinkedIn link is not a person's profile (profiles look like linkedin.com/in/name).");
}

// First path segments Facebook reserves for its own features (usernames cannot take them).
const FB_WHAT: Record<string, string> = {
  pages: 'a Facebook Page', pg: 'a Facebook Page', groups: 'a Facebook group', events: 'a Facebook event',
  watch: 'Facebook Watch', marketplace: 'Facebook Marketplace', gaming: 'Facebook Gaming',
  photo: 'a Facebook photo', photos: 'a Facebook photo', media: 'a Facebook photo album',
  posts: 'a Facebook post', reel: 'a Facebook reel', reels: 'a Facebook reel', stories: 'a Facebook story',
  videos: 'a Facebook video', hashtag: 'a Facebook hashtag page', search: 'a Facebook search page',
  messages: 'a Messenger conversation', friends: "Facebook's friends page (it does not name one person)",
  share: 'a Facebook share link', sharer: 'a Facebook share link', fundraisers: 'a Facebook fundraiser',
  places: 'a Facebook places page', jobs: 'a Facebook jobs page', 'l.php': 'a Facebook redirect link',
  'photo.php': 'a Facebook photo', 'video.php': 'a Facebook video', 'permalink.php': 'a Facebook post',
  'story.php': 'a Facebook post', 'sharer.php': 'a Facebook share link', 'home.php': 'the Facebook home page',
};
const FB_RESERVED = new Set(
  ('settings notifications bookmarks saved login logout recover help policies privacy business ads legal about ' +
    'terms careers dialog plugins live memories news offers donate community checkpoint reg signup mobile ' +
    'lite find-friends friendrequests profile me home watchparty developers pay games instantgames ufi ajax ' +
    'api tr notes story a').split(' '),
);
// A sub-path naming one item (a post, a photo…) is that item, not the owner's profile.
const FB_ITEMS = new Set(['posts', 'videos', 'photos', 'reel', 'reels', 'permalink', 'activity', 'stories']);

function facebook(url: URL, seg: string[]): ParseResult {
  const q = url.searchParams;
  const head = (seg[0] ?? '').toLowerCase();
  const last = (seg[seg.length - 1] ?? '').toLowerCase();
  const numeric = (v: string | null | undefined, what: string): ParseResult =>
    v && DIGITS.test(v) ? found({ site: 'facebook', kind: 'id', value: v }) : fail(`That Facebook link has no ${what}.`);
  if (!head) return notPerson('the Facebook home page');
  if (head === 'profile.php') return numeric(q.get('id'), 'profile id (profile.php?id=…)');
  if (head === 'people') return numeric(seg[2], 'profile number (/people/Name/123…/)');
  // Friend lists name one person only via profile_id (docs/dom-catalog.md §14;
  // tests/fixtures/facebook/requests-en.html).
  if (head === 'friends' && q.has('profile_id')) return numeric(q.get('profile_id'), 'valid profile_id');
  // Mobile add-friend GET links: /a/mobile/friends/profile_add_friend.php?subjectid=N (docs/dom-catalog.md §12).
  if (head === 'a' && last.endsWith('add_friend.php')) return numeric(q.get('subjectid') ?? q.get('id'), 'profile id');
  // Group member lists link /groups/<group>/user/<id>/: that is a person, not the group.
  if (head === 'groups' && seg[2]?.toLowerCase() === 'user') return numeric(seg[3], 'profile number');
  if (head === 'me') return fail("That is Facebook's alias for your own profile, not someone else's.");
  const what = FB_WHAT[head];
  if (what) return notPerson(what);
  if (FB_RESERVED.has(head) || head.endsWith('.php')) return fail("That Facebook link is not a person's profile.");
  if (seg.length > 2 && FB_ITEMS.has((seg[1] ?? '').toLowerCase())) return notPerson('a single Facebook post, photo or video');
  // Usernames are letters, digits and dots (Facebook's minimum of 5 is not enforced); dots and
  // case are ignored by Facebook, so jane.doe and JaneDoe are the same account.
  if (DIGITS.test(head)) return found({ site: 'facebook', kind: 'id', value: head });
  // A username has a letter: "54." would otherwise become the username "54", whose own link
  // (facebook.com/54) is profile id 54, another person (found by fuzzing, tests/unit/fuzz).
  const user = head.replace(/\./g, '');
  // Dots do not count, so "a." is the reserved path /a, never a person: its canonical link
  // would be refused on reading back (found by fuzzing, tests/unit/fuzz/urls.test.ts).
  if (FB_RESERVED.has(user) || FB_WHAT[user]) return fail("That Facebook link is not a person's profile.");
  if (/^[a-z\d.]+$/.test(head) && /[a-z]/.test(user)) return found({ site: 'facebook', kind: 'username', value: user });
  return fail("That Facebook link is not a person's profile (profiles look like facebook.com/name).");
}

const FB_HOST = /^(?:(?:www|web|m|mbasic|touch|d|mobile|free|iphone|x|0|[a-z]{2}-[a-z]{2})\.)?facebook\.com$|^(?:www\.|m\.)?fb\.com$/;

/** Parses anything a user may paste or a page may link to. `site` restricts which site is accepted.
 *  Accepts missing scheme ("linkedin.com/in/x"), http/https, surrounding whitespace; a root-relative
 *  href ("/in/x/") is resolved against `site` when given. Never throws. */
export function parseProfileUrl(input: string, site?: Site): ParseResult {
  if (typeof input !== 'string') return fail('Paste the address of a LinkedIn or Facebook profile.');
  // Mail and chat apps wrap links in <…> or quotes; a sentence adds a final "." or ",". Neither
  // LinkedIn slugs nor Facebook usernames end in punctuation.
  let s = input.trim().replace(/^[<"'“‘(\s]+|[>"'”’).,;\s]+$/g, '');
  if (!s) return fail('Paste the address of a LinkedIn or Facebook profile.');
  if (s.startsWith('//')) s = 'https:' + s;
  else if (s.startsWith('/')) {
    if (!site) return fail('That is only part of an address; paste the whole link (linkedin.com/… or facebook.com/…).');
    s = (site === 'linkedin' ? 'https://www.linkedin.com' : 'https://www.facebook.com') + s;
  } else if (!/^https?:/i.test(s)) {
    // "linkedin.com:443/…" is a host and port, "javascript:" / "mailto:" are schemes we refuse.
    if (/^[a-z][a-z\d+.-]*:(?!\d)/i.test(s)) return fail('That link is not a LinkedIn or Facebook address.');
    s = 'https://' + s;
  }
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return fail('That does not look like a web address.');
  }
  if (url.username || url.password) return fail('That looks like an e-mail address, not a profile link.');
  const host = url.hostname.replace(/\.$/, '');
  let on: Site;
  if (host === 'linkedin.com' || host.endsWith('.linkedin.com')) on = 'linkedin';
  else if (FB_HOST.test(host)) on = 'facebook';
  else if (host === 'lnkd.in' || host === 'fb.me' || host.endsWith('.fb.me')) {
    return fail('That is a shortened link; open it and copy the address of the profile page instead.');
  } else if (host.endsWith('.facebook.com')) return fail(`Links on ${host} do not lead to a person's profile.`);
  else return fail('That link is not a LinkedIn or Facebook address.');
  if (site && on !== site) return fail(`That is a ${SITE_NAME[on]} link; a ${SITE_NAME[site]} profile link is needed here.`);
  // The old touch site routed in the fragment: m.facebook.com/#!/profile.php?id=N (inferred); elsewhere
  // a fragment is ignored.
  if (on === 'facebook' && url.hash.length > 3 && url.hash.startsWith('#!/') && /^\/(home\.php)?$/.test(url.pathname)) {
    try { url = new URL(url.hash.slice(2), url.origin); } catch { return fail('That does not look like a web address.'); }
  }
  const seg = url.pathname.split('/').filter(Boolean);
  return on === 'linkedin' ? linkedin(url, seg) : facebook(url, seg);
}

/** Stable string for maps/sets, e.g. "linkedin:slug:jane-doe", "facebook:id:100012345". */
export function identityKey(identity: Identity): string {
  return `${identity.site}:${identity.kind}:${identity.value}`;
}
