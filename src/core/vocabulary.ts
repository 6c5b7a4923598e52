// The extension's words, declared once: the sites it guards, the requests it can hold back, the
// choices a dialog offers, and how a person is identified on each site. Plain tuples and the
// types derived from them, with no runtime import, so the content scripts (which bundle no zod)
// share them; core/vocabularySchemas.ts turns each into the zod schema the worker checks with.

export const SITES = ['linkedin', 'facebook'] as const;
export type Site = (typeof SITES)[number];
/** The sites' own names, the same in every language. */
export const SITE_NAME: Record<Site, string> = { linkedin: 'LinkedIn', facebook: 'Facebook' };

/** What a recognised control would send: a LinkedIn invitation, a Facebook friend request, … */
export const REQUEST_KINDS = ['connect', 'add-friend', 'follow', 'message'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

/** What the user chose in the dialog. */
export const OUTCOMES = ['cancelled', 'reminded', 'offer', 'sent-anyway'] as const;
export type Outcome = (typeof OUTCOMES)[number];
/** A history entry's outcome: "shown" until the user chooses. */
export const HISTORY_OUTCOMES = ['shown', ...OUTCOMES] as const;
export type HistoryOutcome = (typeof HISTORY_OUTCOMES)[number];

/** What "Send anyway" asks first: nothing, a countdown, or a typed reason. */
export const FRICTIONS = ['none', 'countdown', 'reason'] as const;
export type Friction = (typeof FRICTIONS)[number];

/** The kinds of identity each site's profile links carry (core/identity.ts parses them). */
export const IDENTITY_KINDS = {
  /** slug: the public vanity name; member: the opaque "ACoAA…" id; pub: a legacy /pub/ path. */
  linkedin: ['slug', 'member', 'pub'],
  /** username: lower-cased, dots removed; id: the numeric account id. */
  facebook: ['username', 'id'],
} as const satisfies Record<Site, readonly string[]>;

export type Identity = {
  [S in Site]: { site: S; kind: (typeof IDENTITY_KINDS)[S][number]; value: string };
}[Site];
