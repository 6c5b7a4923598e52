// Schemas and types of everything the extension stores. Stored data is validated on every
// read and every write (background/store.ts); dates are ISO-8601 strings, never Date objects,
// so what is stored survives structured cloning and JSON export unchanged.
import { z } from './zod.ts';

export const SCHEMA_VERSION = 1;

const id = z.string().check(z.minLength(1), z.maxLength(64));
const isoInstant = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().check(z.maxLength(max));

export const ProcessStatus = z.enum([
  'scheduled',
  'interviewing',
  'awaiting-decision',
  'offer',
  'accepted',
  'rejected',
  'withdrawn',
]);
export type ProcessStatus = z.infer<typeof ProcessStatus>;

export const Person = z.object({
  id,
  name: text(200).check(z.minLength(1)),
  /** Profile links as the user gave them, already checked to be profile URLs of their site. */
  linkedinUrl: z.optional(text(2048)),
  facebookUrl: z.optional(text(2048)),
});
export type Person = z.infer<typeof Person>;

export const Round = z.object({
  id,
  /** The instant of the interview (UTC ISO string). */
  at: isoInstant,
  /** IANA zone the user entered the time in, so the time can be shown as they typed it. */
  timeZone: z.optional(text(64)),
  interviewerIds: z.array(id),
});
export type Round = z.infer<typeof Round>;

export const Process = z.object({
  id,
  company: text(200).check(z.minLength(1)),
  role: text(200),
  status: ProcessStatus,
  rounds: z.array(Round).check(z.minLength(1)),
  createdAt: isoInstant,
  updatedAt: isoInstant,
});
export type Process = z.infer<typeof Process>;

export const Settings = z.object({
  /** After the last round, how many days without a recorded decision count as "overdue". */
  overdueAfterDays: z.number().check(z.int(), z.minimum(1), z.maximum(365)),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = { overdueAfterDays: 21 };

export const State = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  people: z.array(Person),
  processes: z.array(Process),
  settings: Settings,
});
export type State = z.infer<typeof State>;

export function emptyState(): State {
  return { schemaVersion: SCHEMA_VERSION, people: [], processes: [], settings: { ...DEFAULT_SETTINGS } };
}
