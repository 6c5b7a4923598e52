// What every options section is given, so it can be mounted on its part of the page and tested
// with happy-dom and a fake api: the worker's api, the words, the clock, and the page's shared
// helpers. A section never reaches for globals beyond the DOM under its root.
import { format, type Locale } from 'date-fns';
import type { Translate } from '../core/i18n.ts';
import type { StateReply } from '../core/pageMessages.ts';
import type { State } from '../core/schema.ts';
import type { api } from '../ui/api.ts';

export type Api = typeof api;

export interface SectionDeps {
  api: Api;
  t: Translate;
  locale: Locale;
  now: () => Date;
  /** The user's own time zone (IANA), for calendar times written without one. */
  timeZone: () => string;
  /** Saves `text` as a file named `name`. */
  download: (name: string, type: string, text: string) => void;
  /** Says `message` in the page's live region. */
  announce: (message: string) => void;
  /** Runs `listener` with every state the page shows: loaded, saved here, or changed elsewhere. */
  onState: (listener: (state: State) => void) => void;
  /** Runs `listener` with what getState answers besides the state (restore point, misses, deletions). */
  onStored: (listener: (reply: StateReply) => void) => void;
  /** Shows a state a reply brought back (every onState listener then runs). */
  show: (state: State) => void;
  /** Reads the stored state again and shows it. */
  refresh: () => Promise<void>;
}

export type Mount = (root: HTMLElement, deps: SectionDeps) => void;

/** The element `#id` under `root`: a section's markup is part of its contract. */
export function part<T extends HTMLElement = HTMLElement>(root: ParentNode, id: string): T {
  const element = root.querySelector<T>(`#${id}`);
  if (!element) throw new Error(`options markup is missing #${id}`);
  return element;
}

/**
 * Says `message` in the section's result line, where the user acted (the toast is at the top of a
 * long page, possibly out of sight), and announces it; an empty message clears the line.
 */
export function sayIn(root: ParentNode, id: string, message: string, deps: Pick<SectionDeps, 'announce'>): void {
  part(root, id).textContent = message;
  if (message) deps.announce(message);
}

/** The stored state for an export, or undefined after saying in `resultId` why it cannot be read. */
export async function storedState(root: ParentNode, resultId: string, deps: SectionDeps): Promise<State | undefined> {
  const reply = await deps.api.getState();
  if (reply.ok) return reply.state;
  sayIn(root, resultId, reply.error, deps);
  return undefined;
}

/** The date in exported file names. */
export const stamp = (deps: Pick<SectionDeps, 'now'>): string => format(deps.now(), 'yyyy-MM-dd');

/**
 * Dates and times in the user's locale's own order and clock (date-fns' localized long formats:
 * "26 Nov 2026, 18:05" in en-GB, "Nov 26, 2026, 6:05 PM" in en-US, "26 nov. 2026, 18:05" in fr).
 */
export const WHEN = 'PPp';
export const DAY = 'PP';
