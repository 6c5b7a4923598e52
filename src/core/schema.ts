// Schemas and types of everything the extension stores. Stored data is validated on every
// read and every write (background/store.ts); dates are ISO-8601 strings, never Date objects,
// so what is stored survives structured cloning and JSON export unchanged.
import { z } from './zod.ts';

/** Version of the stored shape; core/migrations.ts brings every older one forward. */
export const SCHEMA_VERSION = 2;

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
export const PROCESS_STATUSES = ProcessStatus.options;

/** An interviewer or recruiter. One person can sit in several rounds and processes. */
export const Person = z.object({
  id,
  name: text(200).check(z.minLength(1)),
  /** Profile links as the user gave them, checked to be profile URLs of their site. */
  linkedinUrl: z.optional(text(2048)),
  facebookUrl: z.optional(text(2048)),
  title: z.optional(text(200)),
});
export type Person = z.infer<typeof Person>;

export const Round = z.object({
  id,
  /** The instant of the interview (ISO string with offset). */
  at: isoInstant,
  /** IANA zone the interview was given in, so it can be shown as the user entered it. */
  timeZone: text(64),
  /** e.g. "Phone screen", "Onsite"; may be empty. */
  label: z.optional(text(200)),
  interviewerIds: z.array(id),
});
export type Round = z.infer<typeof Round>;

export const Process = z.object({
  id,
  company: text(200).check(z.minLength(1)),
  role: text(200),
  status: ProcessStatus,
  notes: text(5000),
  rounds: z.array(Round).check(z.minLength(1)),
  createdAt: isoInstant,
  updatedAt: isoInstant,
  /** When the status last changed: the start of a quiet period after rejected/withdrawn. */
  statusChangedAt: isoInstant,
});
export type Process = z.infer<typeof Process>;

const days = (min: number, max: number) => z.number().check(z.int(), z.minimum(min), z.maximum(max));

export const Settings = z.object({
  /** Days after the last round without a recorded decision before it counts as overdue. */
  overdueAfterDays: days(1, 365),
  /** Days after a rejection or withdrawal during which requests are still held back. */
  quietDaysAfterClose: days(0, 365),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = { overdueAfterDays: 21, quietDaysAfterClose: 0 };

/** A stored record that failed validation: kept, shown and exported, never silently dropped. */
export const Quarantined = z.object({
  kind: z.enum(['person', 'process', 'settings', 'state']),
  reason: z.string(),
  keptAt: isoInstant,
  data: z.unknown(),
});
export type Quarantined = z.infer<typeof Quarantined>;

export const State = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  people: z.array(Person),
  processes: z.array(Process),
  settings: Settings,
  quarantine: z.array(Quarantined),
});
export type State = z.infer<typeof State>;

export function emptyState(): State {
  return { schemaVersion: SCHEMA_VERSION, people: [], processes: [], settings: { ...DEFAULT_SETTINGS }, quarantine: [] };
}
