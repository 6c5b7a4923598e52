// The worker's only handle on browser storage. Everything else in the worker goes through the
// store (store.ts: the one write queue, validated reads), which uses these; the watch list's
// publisher (watchPublish.ts) uses the session area from inside that queue.
import browser from 'webextension-polyfill';

type AccessLevel = 'TRUSTED_CONTEXTS' | 'TRUSTED_AND_UNTRUSTED_CONTEXTS';
export interface Area {
  /** null: every key (storage.sync's items are read whole by background/sync/). */
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  /** Chrome 102+ (storage.session), Chrome 140+ (storage.local); absent in Firefox (bug 1724754). */
  setAccessLevel?(options: { accessLevel: AccessLevel }): Promise<void>;
  /** The area's own change event (Chrome 73+, Firefox 101+): told of this area's writes only. */
  onChanged: { addListener(listener: () => void): void };
}

// The polyfill's types lack setAccessLevel and storage.session (Firefox has no session area
// for content scripts, and older Firefox none at all), hence the narrower local type.
export const areas = () => browser.storage as unknown as { local: Area; session?: Area; sync?: Area };
