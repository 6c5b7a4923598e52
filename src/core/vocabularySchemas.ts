// The zod schemas of core/vocabulary.ts's words, for the worker's and the pages' checks. Built
// from the same tuples, so a word added there is accepted here without a second list.
import { FRICTIONS, HISTORY_OUTCOMES, IDENTITY_KINDS, OUTCOMES, REQUEST_KINDS, SITES } from './vocabulary.ts';
import { z } from './zod.ts';

export const Site = z.enum(SITES);
export const RequestKind = z.enum(REQUEST_KINDS);
export const Outcome = z.enum(OUTCOMES);
export const HistoryOutcome = z.enum(HISTORY_OUTCOMES);
export const Friction = z.enum(FRICTIONS);

const value = z.string().check(z.minLength(1), z.maxLength(512));
export const Identity = z.union([
  z.object({ site: z.literal('linkedin'), kind: z.enum(IDENTITY_KINDS.linkedin), value }),
  z.object({ site: z.literal('facebook'), kind: z.enum(IDENTITY_KINDS.facebook), value }),
]);
