// Schemas and types of everything the extension stores. Stored data is validated on every
// read and every write (background/store.ts); dates are ISO-8601 strings, never Date objects,
// so what is stored survives structured cloning and JSON export unchanged.
import { PROCESS_STATUSES } from './statuses.ts';
import { z } from './zod.ts';
import { Friction, HistoryOutcome, RequestKind, Site } from './vocabularySchemas.ts';

/** Version of the stored shape; core/migrations.ts brings every older one forward. */
export const SCHEMA_VERSION = 4;

const id = z.string().check(z.minLength(1), z.maxLength(64));
const isoInstant = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().check(z.maxLength(max));
/**
 * A change counter handed out by the worker (State.revision is the last one given). A page
 * sends back the revision it loaded, and the worker refuses a change built on an older one.
 * Missing in hand-written files: read as 0, and the worker stamps a real one on import.
 */
const revision = z._default(z.number().check(z.int(), z.nonnegative()), 0);

export const ProcessStatus = z.enum(PROCESS_STATUSES);
export type ProcessStatus = z.infer<typeof ProcessStatus>;
export { PROCESS_STATUSES };

/** An interviewer or recruiter. One person can sit in several rounds and processes. */
export const Person = z.object({
  id,
  name: text(200).check(z.minLength(1)),
  /** Profile links as the user gave them, checked to be profile URLs of their site. */
  linkedinUrl: z.optional(text(2048)),
  facebookUrl: z.optional(text(2048)),
  title: z.optional(text(200)),
  /** Other spellings the person was entered under (e.g. "P. Raman"), so none is lost. */
  otherNames: z.optional(z.array(text(200)).check(z.maxLength(20))),
  /**
   * Other identities of the same account, learnt on the person's own profile page (a Facebook
   * username and its numeric id shown together): identityKey()s, "facebook:id:1000…".
   */
  aliases: z.optional(z.array(text(600)).check(z.maxLength(8))),
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
  /** Changes with every change to the process (save, status, outcome, import, restore). */
  revision,
});
export type Process = z.infer<typeof Process>;

const days = (min: number, max: number) => z.number().check(z.int(), z.minimum(min), z.maximum(max));

export type { Friction } from './vocabulary.ts';

export const Settings = z.object({
  /** Days after the last round without a recorded decision before it counts as overdue. */
  overdueAfterDays: days(1, 365),
  /** Days after a rejection or withdrawal during which requests are still held back. */
  quietDaysAfterClose: days(0, 365),
  /** What "Send anyway" asks first: nothing, a 5-second countdown, or a typed reason. */
  friction: Friction,
  /** After "Send anyway" for a person in a process, ask again next time (default: don't nag). */
  askAgainAfterSendAnyway: z.boolean(),
  /** Also hold back Follow and Message to interviewers (off by default). */
  guardFollowAndMessage: z.boolean(),
  remindDayBefore: z.boolean(),
  remindHourBefore: z.boolean(),
  /** "You can connect with X now" once an offer is recorded. */
  notifyConnectNow: z.boolean(),
  /** Days until the next interview on the toolbar icon. */
  showBadge: z.boolean(),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  overdueAfterDays: 21,
  quietDaysAfterClose: 0,
  friction: 'none',
  askAgainAfterSendAnyway: false,
  guardFollowAndMessage: false,
  remindDayBefore: true,
  remindHourBefore: true,
  notifyConnectNow: true,
  showBadge: true,
};

/** One interception and what the user chose. */
export const HistoryEntry = z.object({
  id,
  at: isoInstant,
  site: Site,
  kind: RequestKind,
  personName: text(200),
  personId: z.optional(id),
  processId: z.optional(id),
  company: text(200),
  reason: z.string().check(z.maxLength(40)),
  outcome: HistoryOutcome,
  /** The user's own words when "Send anyway" asked for a reason. */
  note: z.optional(text(500)),
  /** The profile the request was for, to open when "you can connect now". */
  profileUrl: z.optional(text(2048)),
  /** The process's revision when the dialog opened: "I got the offer" is refused if it changed. */
  processRevision: z.optional(z.number().check(z.int(), z.nonnegative())),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/** "Remind me when I get the offer": fulfilled when the process reaches offer/accepted. */
export const ConnectLater = z.object({
  id,
  personId: id,
  processId: id,
  /** The profile to open from the notification (the page the user was on). */
  profileUrl: text(2048),
  createdAt: isoInstant,
  notifiedAt: z.optional(isoInstant),
});
export type ConnectLater = z.infer<typeof ConnectLater>;

/** After "Send anyway", this person in this process is not asked about again. */
export const Allowance = z.object({ personId: id, processId: id, at: isoInstant });
export type Allowance = z.infer<typeof Allowance>;

/** A stored record that failed validation: kept, shown and exported, never silently dropped. */
export const Quarantined = z.object({
  kind: z.enum(['person', 'process', 'settings', 'history', 'connectLater', 'allowance', 'state']),
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
  history: z.array(HistoryEntry),
  connectLater: z.array(ConnectLater),
  allowances: z.array(Allowance),
  quarantine: z.array(Quarantined),
  /** The last revision handed out (to a process or to the settings); only ever grows. */
  revision,
  /** The settings' revision: a settings form loaded before an import cannot write back. */
  settingsRevision: revision,
});
export type State = z.infer<typeof State>;

/** Newest history entries kept; older ones are dropped first (a history, not an archive). */
export const HISTORY_LIMIT = 1000;

export function emptyState(): State {
  return {
    schemaVersion: SCHEMA_VERSION,
    people: [],
    processes: [],
    settings: { ...DEFAULT_SETTINGS },
    history: [],
    connectLater: [],
    allowances: [],
    quarantine: [],
    revision: 0,
    settingsRevision: 0,
  };
}
