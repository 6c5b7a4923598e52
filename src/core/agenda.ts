// What the popup lists: each process with its next round (or its last, once all are past),
// soonest first, past ones after upcoming ones.
import { compareAsc, format, parseISO, type Locale } from 'date-fns';
import { countdown } from './countdown.ts';
import type { ProcessStatus, State } from './schema.ts';

export interface AgendaItem {
  processId: string;
  company: string;
  role: string;
  status: ProcessStatus;
  /** The process's revision: a status change or delete from the list is built on it. */
  revision: number;
  at: string;
  upcoming: boolean;
  /** "in 5 days" / "3 days ago" (core/countdown.ts) */
  relative: string;
  /** "Tue 2 Dec 2026, 10:00" in the viewer's time zone */
  absolute: string;
  interviewers: string[];
}

/** An agenda item before its times are put in words (what the popup preview stores). */
export type AgendaEntry = Omit<AgendaItem, 'relative' | 'absolute'>;

export function agenda(state: State, now: Date, locale?: Locale): AgendaItem[] {
  return agendaEntries(state, now).map((entry) => withTimes(entry, now, locale));
}

/** The agenda's order and content, without formatting. */
export function agendaEntries(state: State, now: Date): AgendaEntry[] {
  const names = new Map(state.people.map((p) => [p.id, p.name]));
  const items = state.processes.map((process): AgendaEntry => {
    const rounds = [...process.rounds].sort((a, b) => compareAsc(parseISO(a.at), parseISO(b.at)));
    const next = rounds.find((r) => parseISO(r.at) > now);
    const round = next ?? rounds[rounds.length - 1]!;
    const interviewers = [...new Set(process.rounds.flatMap((r) => r.interviewerIds))]
      .map((id) => names.get(id))
      .filter((n): n is string => !!n);
    return {
      processId: process.id,
      company: process.company,
      role: process.role,
      status: process.status,
      revision: process.revision,
      at: round.at,
      upcoming: !!next,
      interviewers,
    };
  });
  // By instant, not by text: "10:00+02:00" is before "09:00Z", though it sorts after it.
  const instant = (item: AgendaEntry) => Date.parse(item.at);
  return items.sort((a, b) =>
    a.upcoming !== b.upcoming ? (a.upcoming ? -1 : 1) : a.upcoming ? instant(a) - instant(b) : instant(b) - instant(a),
  );
}

/** Adds the times in words, formatted when read: a long list formats only what it renders. */
export function withTimes(entry: AgendaEntry, now: Date, locale?: Locale): AgendaItem {
  const options = locale ? { locale } : {};
  const at = parseISO(entry.at);
  return {
    ...entry,
    get relative() {
      // date-fns locales carry their BCP 47 tag: the countdown speaks the same language.
      return countdown(at, now, locale?.code);
    },
    get absolute() {
      return format(at, 'EEE d MMM yyyy, HH:mm', options);
    },
  };
}

/** The statuses that settle a process: no decision left to ask for. */
const DECIDED: readonly ProcessStatus[] = ['offer', 'accepted', 'rejected', 'withdrawn'];

/** Every round is past and nothing was decided: the popup asks "Offer?" / "Rejected?". */
export const awaitsDecision = (item: AgendaEntry): boolean => !item.upcoming && !DECIDED.includes(item.status);
