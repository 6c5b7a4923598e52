// The watch list as the content script receives it, checked by hand (the content script stays
// small: no schema library). Anything malformed watches nobody; the worker rewrites the list.
import type { WatchEntry, WatchIndex } from '../core/watchIndex.ts';
import { WATCH_INDEX_VERSION } from '../core/watchChannel.ts';

const isString = (v: unknown): v is string => typeof v === 'string';

function isEntry(v: unknown): v is WatchEntry {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  return (
    isString(e['id']) &&
    isString(e['name']) &&
    Array.isArray(e['keys']) &&
    e['keys'].every(isString) &&
    (e['nameKey'] === undefined || isString(e['nameKey']))
  );
}

export function readWatchIndex(raw: unknown): WatchIndex | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  if (r['v'] !== WATCH_INDEX_VERSION || !Array.isArray(r['people']) || !r['people'].every(isEntry)) return undefined;
  const flag = r['followAndMessage'];
  if (flag !== undefined && typeof flag !== 'boolean') return undefined;
  return { v: WATCH_INDEX_VERSION, people: r['people'], ...(flag === undefined ? {} : { followAndMessage: flag }) };
}
