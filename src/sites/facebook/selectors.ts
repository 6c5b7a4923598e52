// What Facebook's add-friend / confirm controls look like, as data, with evidence
// (../shared/reference/DOM-CATALOG.md §8–§13). Wording per language lives in ./labels.ts.

/** What a user activates: the recogniser climbs from the event target to the nearest one. */
export const activatable = [
  // www "Comet" (2020–): div[role=button][tabindex=0]; the click usually lands on a full-size
  // overlay child div[role=none][data-visualcompletion=ignore] (§8); menu items of "Respond".
  '[role="button"]',
  '[role="menuitem"]',
  // m.facebook "lite" renderer (2024–26): clickable div[data-mcomponent=MContainer][data-action-id]
  // identified only by its text (§12, index ids 68512851096, 27815275493; cuzic main.ts).
  '[data-mcomponent="MContainer"][data-action-id]',
  // Legacy touch site and mbasic: plain GET links (§12).
  'a[href]',
] as const;

/** Language-independent: mobile GET links naming the person in `subjectid` (§12). */
export const mobileAddFriend = [
  // Touch m.facebook.com ~2018–22: a[role=button][href*="/a/mobile/friends/profile_add_friend.php?subjectid="]
  // (index ids 10587172554, 21237229622).
  'a[href*="/a/mobile/friends/profile_add_friend.php"]',
  // mbasic (content in #objects_container, index id 1222566166): profile_add_friend.php on
  // profiles (index ids 10045077778, 30028724005) and add_friend.php?id=N&hf=profile_browser in
  // people lists such as reactions (index ids 16973141736, 14987719983, 15992389534).
  '#objects_container a[href*="/a/mobile/friends/add_friend.php"]',
] as const;

/** The profile's own header: a control here belongs to the page's profile (§8). */
export const profileHeader = [
  // www: [data-pagelet="ProfileActions"] (index ids 53462880457, 46492291401).
  '[data-pagelet="ProfileActions"]',
] as const;

/** A profile's "Respond" button, whose menu holds Confirm (the menu itself is [I], §11). */
export const respondButton = '[data-pagelet="ProfileActions"] [role="button"][aria-label="Respond"]';

/** An incoming-request card links to the sender's request (§11, fb-video-block 2026 right rail). */
export const requestLink = 'a[href*="/friends/requests/"][href*="profile_id="]';

/** The profile's display name on a profile page. */
export const profileName = 'h1';

/** Links that may point at a person (cards in suggestions, search, feed modules). */
export const personLink = 'a[href]';

/** The mobile "lite" renderer's clickable container (§12). */
export const liteContainer = '[data-mcomponent="MContainer"][data-action-id]';

/** Any of these on a profile page means its actions are in a shape we know (§8, §12). */
export const knownProfileActions = [
  // www "Comet": a button in the ProfileActions pagelet (Add friend, Message, Respond, Friends…).
  '[data-pagelet="ProfileActions"] [role="button"]',
  ...mobileAddFriend,
  // touch / mbasic: the Message link /messages/thread/<id>/ (index id 13088158519).
  'a[href^="/messages/thread/"]',
] as const;

/** Control selectors that must match a positive fixture and nothing in negative-*.html. */
export const controlSelectors = [
  ...mobileAddFriend,
  requestLink,
] as const;

/**
 * Follow and Message on the mobile sites, language-independent: GET links carrying the
 * person's numeric id (§12: touch m.facebook.com and mbasic, index ids 13088158519,
 * 25560653987): `/a/subscribe.php?id=N` follows, `/messages/thread/N/` opens the thread with N.
 */
export const mobileFollow = 'a[href*="/a/subscribe.php"][href*="id="]';
export const mobileMessage = 'a[href^="/messages/thread/"]';

/** Follow/Message selectors that must match a positive fixture and nothing in the Follow/Message negatives. */
export const followMessageSelectors = [mobileFollow, mobileMessage] as const;
