// Facebook's wording per UI language, as data with its evidence (DOM-CATALOG §8, §11, §13).
// Facebook's add-friend control has no language-independent marker on www (no stable icon id,
// hashed classes), so its label is the signal there; on the mobile sites the
// profile_add_friend.php link shape is used first. Labels are compared exactly (after folding
// whitespace and the leading "+" glyphs the mobile site prints, cuzic/feed-cleaner main.ts).

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
    // [E-code] social-browser facebook-request-friend.js, Playwright configs (index ids
    // 12245719207, 12182724968), cuzic i18n.ts (live m.facebook 2026-07-28); "Add Friend":
    // Rulispro addfriend.js. Confirm / "Confirm request": fb-video-block lib.test.js (2026 rail).
    lang: 'en',
    addFriend: ['Add friend', 'Add Friend'],
    addShort: [],
    confirm: ['Confirm', 'Confirm request'],
  },
  // fr: cuzic i18n.ts (live, mobile); "Ajouter" in other lists: index ids 52346464068, 52438450026.
  { lang: 'fr', addFriend: ['Ajouter ami(e)'], addShort: ['Ajouter'], confirm: [] },
  // de: cuzic (live); index ids 33308994349, 54765847537, 21346030949.
  { lang: 'de', addFriend: ['Freund/in hinzufügen'], addShort: [], confirm: [] },
  // es (Spain): cuzic (live, es); "Añadir": index id 33885267026.
  { lang: 'es', addFriend: ['Añadir como amigo(a)'], addShort: ['Añadir'], confirm: [] },
  // es-419: DanielLlumigusin/PruebaSelenium agregarAmigo.py; index ids 58346060676, 57993025057, 12531505900.
  { lang: 'es-419', addFriend: ['Agregar a amigos', 'Agregar amigo'], addShort: ['Agregar'], confirm: [] },
  // pt-BR: index id 52762811432 (bot on /friends/suggestions), 52438450026.
  { lang: 'pt-BR', addFriend: ['Adicionar amigo'], addShort: [], confirm: [] },
  // pt-PT: cuzic (live).
  { lang: 'pt-PT', addFriend: ['Adicionar à lista de amigos'], addShort: [], confirm: [] },
  // it: only the bare "Aggiungi" is evidenced (index id 33885267026).
  { lang: 'it', addFriend: [], addShort: ['Aggiungi'], confirm: [] },
  // pl: index id 52438450026. (nl: no evidence found, DOM-CATALOG §13.)
  { lang: 'pl', addFriend: ['Dodaj do znajomych'], addShort: [], confirm: [] },
];

const fold = (s: string) => s.replace(/\s+/g, ' ').replace(/^[+＋・\s]+/, '').trim();
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
  // www ProfileActions pagelet "Message" (DOM-CATALOG §8: index ids 53462880457, 46492291401
  // list Add friend, Message… in the pagelet; that Message and Follow share the row is [I]);
  // touch/mbasic text "Message"/"Follow" beside /messages/thread/ and /a/subscribe.php (§12,
  // index ids 13088158519, 25560653987). Other languages: no capture found (§13 covers only
  // "Add friend"), so none is listed rather than guessed.
  { lang: 'en', follow: ['Follow'], message: ['Message'] },
];

const FOLLOW = new Set(FACEBOOK_FOLLOW_MESSAGE.flatMap((l) => l.follow));
const MESSAGE = new Set(FACEBOOK_FOLLOW_MESSAGE.flatMap((l) => l.message));

export const isFollow = (label: string | null | undefined): boolean => !!label && FOLLOW.has(fold(label));
export const isMessage = (label: string | null | undefined): boolean => !!label && MESSAGE.has(fold(label));

/** Every Follow/Message label, for building the header selectors the fixture tests check. */
export const FOLLOW_MESSAGE_LABELS: readonly string[] = [...FOLLOW, ...MESSAGE];
