// The content script's check of the stored watch list's shape: the same rules as the
// WatchIndex schema (watchIndex.ts), written by hand so that the script every LinkedIn and
// Facebook page loads at document_start carries no schema library.
import type { WatchEntry } from './watchIndex.ts';

/** The stored shape's version; the worker writes, and the content script reads, this one. */
export const WATCH_INDEX_VERSION = 1;

export interface WatchList {
  people: WatchEntry[];
  followAndMessage: boolean;
}

const isString = (v: unknown): v is string => typeof v === 'string';

function isEntry(v: unknown): v is WatchEntry {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  return isString(e['id']) && isString(e['name']) && Array.isArray(e['keys']) && e['keys'].every(isString);
}

/** The watch list, or undefined when the stored value is not a watch index of this version. */
export function readWatchList(raw: unknown, version: number): WatchList | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const index = raw as Record<string, unknown>;
  const follow = index['followAndMessage'];
  if (index['v'] !== version || !Array.isArray(index['people']) || !index['people'].every(isEntry)) return undefined;
  if (follow !== undefined && typeof follow !== 'boolean') return undefined;
  return { people: index['people'], followAndMessage: follow === true };
}
