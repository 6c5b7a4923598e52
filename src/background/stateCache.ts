// The worker's validated copy of the stored state, so a save does not read and validate the
// whole state again (with 10,000 people, seconds in a slow worker). store.ts uses it; nothing
// else writes it.
//
// Why it cannot serve stale data:
// - Every state the worker stores goes with a new random name (STATE_TOKEN_KEY) in the same
//   set() call, which the browser applies whole or not at all. store.ts reuses the copy only
//   after reading that small key back from storage and finding the copy's own name there, so
//   a state written by anyone who follows this rule (a second copy of the worker, an import,
//   a restore, a sync merge: all go through store.ts) is seen at once, since its name differs.
// - The copy is that state exactly as reading it back would give it: a written state is kept
//   only when loadState would return it unchanged (core/load.ts readsBackAsIs), and a read
//   keeps what loadState returned for the state and name it read together, in one get().
// - Nothing else writes the state: pages ask the worker (there is no other writer), and Chrome
//   even closes storage.local to content scripts. A write by other means (the developer tools,
//   a test) that leaves the name as it was is caught by storage.onChanged: an event that
//   changes the state without one of this worker's names drops the copy.
// - A set() that fails drops the copy (what storage holds is then unknown to this worker); a
//   worker that was stopped starts with none; a copy is kept only if nothing was dropped or
//   kept since the read or write it comes from began (`stamp`), so a slow read cannot put an
//   older state back over a newer one.
import browser from 'webextension-polyfill';
import type { Loaded } from '../core/load.ts';
import { STATE_KEY, STATE_TOKEN_KEY } from '../core/storageKeys.ts';

/**
 * `token` is undefined for a state stored before this version (nothing named it yet): it gets a
 * name at the worker's next write, and until then only a write by other means could change it,
 * which storage.onChanged reports.
 */
let copy: { token: string | undefined; loaded: Loaded } | undefined;
const isName = (token: unknown): token is string | undefined => typeof token === 'string' || token === undefined;
/** Bumped when the copy is dropped or replaced; `dropped`, only when dropped. */
let stamp = 0;
let dropped = 0;
/** The names this worker wrote lately: storage.onChanged events carrying one are its own. */
const ours: string[] = [];
const OURS_KEPT = 64;

export interface Mark {
  stamp: number;
  dropped: number;
}

/** Taken before a read or write begins; a copy from it is kept only if nothing happened since. */
export function mark(): Mark {
  listen();
  return { stamp, dropped };
}

/** The validated copy, when `token` (just read from storage) is its name. */
export function copyFor(token: unknown): Loaded | undefined {
  return copy && isName(token) && token === copy.token ? copy.loaded : undefined;
}

/** The copy as it stands, without asking storage (verdictCache.ts compares it by identity). */
export function currentCopy(): Loaded | undefined {
  listen();
  return copy?.loaded;
}

/** A new name for a state about to be written, known as this worker's own from now on. */
export function newToken(): string {
  const token = crypto.randomUUID();
  ours.push(token);
  if (ours.length > OURS_KEPT) ours.shift();
  return token;
}

/** After a read: keeps what loadState returned for the state and name read together. */
export function keepRead(token: unknown, loaded: Loaded, since: Mark): void {
  if (!isName(token) || since.stamp !== stamp) return;
  copy = { token, loaded };
  stamp++;
}

/**
 * After a successful write from the queue: the queue is the one writer, so what it wrote is
 * the newest state unless a change from elsewhere was seen meanwhile.
 */
export function keepWritten(token: string, loaded: Loaded | undefined, since: Mark): void {
  if (!loaded || since.dropped !== dropped) return drop();
  copy = { token, loaded };
  stamp++;
}

export function drop(): void {
  copy = undefined;
  stamp++;
  dropped++;
}

function listen(): void {
  if (browser.storage.onChanged.hasListener(onChanged)) return;
  // Not listening (yet, or any more): changes made meanwhile are unknown.
  drop();
  browser.storage.onChanged.addListener(onChanged);
}

function onChanged(changes: Record<string, { newValue?: unknown }>, area: string): void {
  if (area !== 'local' || !(STATE_KEY in changes || STATE_TOKEN_KEY in changes)) return;
  const token = changes[STATE_TOKEN_KEY]?.newValue;
  if (typeof token === 'string' && ours.includes(token)) return;
  drop();
}
