// What Facebook's add-friend / confirm controls look like, as data, each with the fixture in
// tests/fixtures/facebook/ that shows it and the section of docs/dom-catalog.md (§8–§13) that
// gives its public source. Wording per language lives in ./labels.ts.

/** What a user activates: the recogniser climbs from the event target to the nearest one. */
export const activatable = [
  // www "Comet" (2020–): div[role=button][tabindex=0]; the click usually lands on a full-size
  // overlay child div[role=none][data-visualcompletion=ignore] (docs/dom-catalog.md §8;
  // tests/fixtures/facebook/profile-comet.html); menu items of "Respond" (profile-respond-en.html).
  '[role="button"]',
  '[role="menuitem"]',
  // m.facebook "lite" renderer (2024–26): clickable div[data-mcomponent=MContainer][data-action-id]
  // identified only by its text (docs/dom-catalog.md §12; tests/fixtures/facebook/m-lite-en.html, after
  // https://github.com/cuzic/feed-cleaner-for-facebook/blob/HEAD/src/main.ts).
  '[data-mcomponent="MContainer"][data-action-id]',
  // Legacy touch site and mbasic: plain GET links (docs/dom-catalog.md §12;
  // tests/fixtures/facebook/m-touch-en.html, mbasic-en.html).
  'a[href]',
] as const;

/**
 * Everything a click could act on (sites/registry.ts): the activatable controls, and a native
 * button, which the comment recogniser also accepts as the composer's submit (comments.ts).
 */
export const controls = [...activatable, 'button'] as const;

/** Language-independent: mobile GET links naming the person in `subjectid` (docs/dom-catalog.md §12). */
export const mobileAddFriend = [
  // Touch m.facebook.com ~2018–22: a[role=button][href*="/a/mobile/friends/profile_add_friend.php?subjectid="]
  // (tests/fixtures/facebook/m-touch-en.html); mbasic profiles use the same link (mbasic-en.html).
  // TODO(2027-06): remove if no fixture of 2026 still shows the touch or mbasic site.
  'a[href*="/a/mobile/friends/profile_add_friend.php"]',
  // mbasic (content in #objects_container): add_friend.php?id=N&hf=profile_browser in people
  // lists such as reactions (tests/fixtures/facebook/mbasic-reactions-en.html).
  // TODO(2027-06): remove if no fixture of 2026 still shows the mbasic site.
  '#objects_container a[href*="/a/mobile/friends/add_friend.php"]',
] as const;

/**
 * The touch and mbasic profile's own Add Friend: its link says where it was rendered,
 * `hf=profile_button` (docs/dom-catalog.md §12; tests/fixtures/facebook/m-touch-en.html,
 * m-touch-alias-en.html; the same link in public bots, e.g.
 * https://github.com/MujurID/FacebookKit/blob/a7a7213869cf1de92b8824b1f734a90ca7eb67e8/examples/FriendsSendRequest/SendRequest.php),
 * whereas people lists use `hf=profile_browser` (mbasic-reactions-en.html).
 */
export const mobileProfileButton = 'a[href*="/a/mobile/friends/profile_add_friend.php"][href*="hf=profile_button"]';

/** The profile's own header: a control here belongs to the page's profile (docs/dom-catalog.md §8). */
export const profileHeader = [
  // www: [data-pagelet="ProfileActions"] (tests/fixtures/facebook/profile-comet.html, profile-follow-en.html).
  '[data-pagelet="ProfileActions"]',
] as const;

/**
 * A profile's "Respond" button, whose menu holds Confirm (the menu itself is inferred,
 * docs/dom-catalog.md §11; tests/fixtures/facebook/profile-respond-en.html).
 */
export const respondButton = '[data-pagelet="ProfileActions"] [role="button"][aria-label="Respond"]';

/**
 * An incoming-request card links to the sender's request (docs/dom-catalog.md §11;
 * tests/fixtures/facebook/requests-en.html, feed-en.html, after
 * https://github.com/jjanczyszyn/fb-video-block/blob/HEAD/tests/unit/lib.test.js).
 */
export const requestLink = 'a[href*="/friends/requests/"][href*="profile_id="]';

/**
 * The profile's display name on a profile page (docs/dom-catalog.md §8;
 * tests/fixtures/facebook/profile-comet.html).
 */
export const profileName = 'h1';

/**
 * Links that may point at a person (cards in suggestions, search, feed modules; docs/dom-catalog.md
 * §9, §10; tests/fixtures/facebook/suggestions-de.html, search-en.html, feed-en.html).
 */
export const personLink = 'a[href]';

/**
 * The mobile "lite" renderer's clickable container (docs/dom-catalog.md §12;
 * tests/fixtures/facebook/m-lite-en.html).
 */
export const liteContainer = '[data-mcomponent="MContainer"][data-action-id]';

/** The lite renderer's text runs (docs/dom-catalog.md §12; tests/fixtures/facebook/m-lite-cards-en.html). */
export const liteText = '.native-text';

/**
 * Where a www card shows its person's name when it links to no profile: Comet wraps every
 * user-visible text in `span[dir=auto]` (docs/dom-catalog.md §8, §9; that a suggestion card may
 * show a name with no link is inferred: tests/fixtures/facebook/feed-pymk-names-en.html,
 * profile-noactions-en.html). Text in a control or a section heading ("People you may know") is
 * not a name.
 */
export const cardText = 'span[dir="auto"]';
export const cardTextSkip = '[role="button"],[role="menuitem"],[role="heading"],h1,h2';

/** Any of these on a profile page means its actions are in a shape we know (docs/dom-catalog.md §8, §12). */
export const knownProfileActions = [
  // www "Comet": a button in the ProfileActions pagelet (Add friend, Message, Respond, Friends…;
  // tests/fixtures/facebook/profile-comet.html, profile-follow-en.html, profile-respond-en.html).
  '[data-pagelet="ProfileActions"] [role="button"]',
  ...mobileAddFriend,
  // touch / mbasic: the Message link /messages/thread/<id>/ (tests/fixtures/facebook/m-touch-en.html, mbasic-en.html).
  'a[href^="/messages/thread/"]',
] as const;

/** Control selectors that must match a positive fixture and nothing in negative-*.html. */
export const controlSelectors = [...mobileAddFriend, requestLink] as const;

/**
 * Follow and Message on the mobile sites, language-independent: GET links carrying the
 * person's numeric id (docs/dom-catalog.md §12; tests/fixtures/facebook/m-touch-en.html, mbasic-en.html):
 * `/a/subscribe.php?id=N` follows, `/messages/thread/N/` opens the thread with N.
 */
export const mobileFollow = 'a[href*="/a/subscribe.php"][href*="id="]';
export const mobileMessage = 'a[href^="/messages/thread/"]';

/** Follow/Message selectors that must match a positive fixture and nothing in the Follow/Message negatives. */
export const followMessageSelectors = [mobileFollow, mobileMessage] as const;
