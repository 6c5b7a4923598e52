// Facebook's wording per UI language, as data with its evidence: the fixtures in
// tests/fixtures/facebook/ that show it and docs/dom-catalog.md §8, §11, §13 for the public sources.
// Facebook's add-friend control has no language-independent marker on www (no stable icon id,
// hashed classes), so its label is the signal there; on the mobile sites the
// profile_add_friend.php link shape is used first. Labels are compared exactly (after folding
// whitespace and the leading "+" glyphs the mobile site prints: tests/fixtures/facebook/m-lite-en.html,
// after https://github.com/cuzic/feed-cleaner-for-facebook/blob/HEAD/src/main.ts).

export interface FacebookLanguage {
  lang: string;
  /** The add-friend label (aria-label on www, text on the mobile "lite" renderer). */
  addFriend: readonly string[];
  /** A bare "Add" used in some lists: trusted only on a card that links to exactly one person. */
  addShort: readonly string[];
  /** Accepting an incoming request (creates the same connection). */
  confirm: readonly string[];
}

export const FACEBOOK_LANGUAGES: readonly FacebookLanguage[] = [
  {
    // Third-party code (docs/dom-catalog.md §8, §13): tests/fixtures/facebook/profile-comet.html, after
    // https://github.com/absunstar/social-browser/blob/HEAD/extensions/social-tools/facebook-request-friend.js;
    // "Add Friend": suggestions-classic-caps.html, after
    // https://github.com/Rulispro/bookmark-javascript-kiwi/blob/HEAD/docs/addfriend.js. Confirm:
    // requests-en.html; "Confirm request" (no fixture) is in
    // https://github.com/jjanczyszyn/fb-video-block/blob/HEAD/tests/unit/lib.test.js (docs/dom-catalog.md §11).
    lang: 'en',
    addFriend: ['Add friend', 'Add Friend'],
    addShort: [],
    confirm: ['Confirm', 'Confirm request'],
  },
  // fr: https://github.com/cuzic/feed-cleaner-for-facebook/blob/HEAD/src/i18n.ts (live, mobile);
  // tests/fixtures/facebook/profile-numeric-fr.html, suggestions-fr.html; "Ajouter" in other lists: search-fr.html.
  { lang: 'fr', addFriend: ['Ajouter ami(e)'], addShort: ['Ajouter'], confirm: [] },
  // de: cuzic i18n.ts (live) and other third-party code; tests/fixtures/facebook/profile-de.html, suggestions-de.html.
  { lang: 'de', addFriend: ['Freund/in hinzufügen'], addShort: [], confirm: [] },
  // es (Spain): cuzic i18n.ts (live); tests/fixtures/facebook/suggestions-es.html; "Añadir": search-es.html.
  { lang: 'es', addFriend: ['Añadir como amigo(a)'], addShort: ['Añadir'], confirm: [] },
  // es-419: https://github.com/DanielLlumigusin/PruebaSelenium/blob/HEAD/Pruebas/Facebook/Claude/agregarAmigo.py;
  // tests/fixtures/facebook/search-es-419.html, suggestions-es-419.html. The bare "Agregar" is third-party code
  // with no fixture (docs/dom-catalog.md §13).
  { lang: 'es-419', addFriend: ['Agregar a amigos', 'Agregar amigo'], addShort: ['Agregar'], confirm: [] },
  // pt-BR: third-party code, one bot on /friends/suggestions (docs/dom-catalog.md §13);
  // tests/fixtures/facebook/suggestions-pt-BR.html, profile-pt-BR.html.
  { lang: 'pt-BR', addFriend: ['Adicionar amigo'], addShort: [], confirm: [] },
  // pt-PT: cuzic i18n.ts (live); tests/fixtures/facebook/suggestions-pt-PT.html.
  { lang: 'pt-PT', addFriend: ['Adicionar à lista de amigos'], addShort: [], confirm: [] },
  // it: only the bare "Aggiungi" is evidenced (docs/dom-catalog.md §13); tests/fixtures/facebook/suggestions-it.html.
  { lang: 'it', addFriend: [], addShort: ['Aggiungi'], confirm: [] },
  // pl: third-party code (docs/dom-catalog.md §13); tests/fixtures/facebook/profile-pl.html, suggestions-pl.html.
  // (nl: no evidence found, docs/dom-catalog.md §13.)
  { lang: 'pl', addFriend: ['Dodaj do znajomych'], addShort: [], confirm: [] },
];

const fold = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/^[+＋・\s]+/, '')
    .trim();
const set = (key: 'addFriend' | 'addShort' | 'confirm') => new Set(FACEBOOK_LANGUAGES.flatMap((l) => l[key]));

const ADD_FRIEND = set('addFriend');
const ADD_SHORT = set('addShort');
const CONFIRM = set('confirm');

export const isAddFriend = (label: string | null | undefined): boolean => !!label && ADD_FRIEND.has(fold(label));
export const isAddShort = (label: string | null | undefined): boolean => !!label && ADD_SHORT.has(fold(label));
export const isConfirm = (label: string | null | undefined): boolean => !!label && CONFIRM.has(fold(label));

/** Every add-friend label, for building the aria-label selectors. */
export const ADD_FRIEND_LABELS: readonly string[] = [...ADD_FRIEND];

// Follow and Message in a profile's header, held back only when the user opts in. Facebook's
// www labels name no one ("Message", "Follow"), so they count only in the profile's own header
// (./followMessage.ts). "Following"/"Unfollow" and anything else do not match (exact compare).
export interface FacebookFollowMessageLanguage {
  lang: string;
  follow: readonly string[];
  message: readonly string[];
}

export const FACEBOOK_FOLLOW_MESSAGE: readonly FacebookFollowMessageLanguage[] = [
  // www ProfileActions pagelet "Message" and "Follow" (docs/dom-catalog.md §8: third-party code lists
  // Add friend, Message… in the pagelet; that Message and Follow share the row is inferred;
  // tests/fixtures/facebook/profile-follow-en.html); touch/mbasic text "Message"/"Follow" beside
  // /messages/thread/ and /a/subscribe.php (§12; m-touch-en.html, mbasic-en.html). Other
  // languages: no capture found (§13 covers only "Add friend"), so none is listed rather than guessed.
  { lang: 'en', follow: ['Follow'], message: ['Message'] },
];

const FOLLOW = new Set(FACEBOOK_FOLLOW_MESSAGE.flatMap((l) => l.follow));
const MESSAGE = new Set(FACEBOOK_FOLLOW_MESSAGE.flatMap((l) => l.message));

export const isFollow = (label: string | null | undefined): boolean => !!label && FOLLOW.has(fold(label));
export const isMessage = (label: string | null | undefined): boolean => !!label && MESSAGE.has(fold(label));

/** Every Follow/Message label, for building the header selectors the fixture tests check. */
export const FOLLOW_MESSAGE_LABELS: readonly string[] = [...FOLLOW, ...MESSAGE];
