// On a watched person's profile no request control was recognised (missing: true), or the tab
// moved on from such a page (false). The notice is a badge on that tab, outside the page
// (docs/SECURITY.md); misses are counted per site for the options page.
import { MISS_KEY } from '../../core/storageKeys.ts';
import { MissCounts } from '../../core/storageSchemas.ts';
import { updateKeys } from '../store.ts';
import type { ContentHandler } from './types.ts';

export const noteMiss: ContentHandler<'noteMiss'> = async (message, deps, tabId) => {
  if (tabId !== undefined) await deps.effects.missBadge?.(tabId, message.missing);
  if (!message.missing) return { ok: true };
  return updateKeys([MISS_KEY], (got) => {
    const parsed = MissCounts.safeParse(got[MISS_KEY]);
    const counts: MissCounts = parsed.success ? parsed.data : {};
    const next = { ...counts, [message.site]: (counts[message.site] ?? 0) + 1 };
    return { items: { [MISS_KEY]: next }, result: { ok: true as const } };
  });
};
