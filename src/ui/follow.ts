// Pages follow changes made elsewhere (another page, a dialog on LinkedIn, an import): the
// worker writes storage.local, and every extension page hears it through storage.onChanged.
// A burst of writes (an import, several interceptions) is read once.
import browser from 'webextension-polyfill';
import { BACKUP_KEY, DELETED_KEY, MISS_KEY, STATE_KEY } from '../core/storageKeys.ts';

/** The worker's keys a page shows. */
const SHOWN_KEYS = [STATE_KEY, DELETED_KEY, BACKUP_KEY, MISS_KEY];

export function followStorage(refresh: () => void, delayMs = 50): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !SHOWN_KEYS.some((key) => key in changes)) return;
    clearTimeout(timer);
    timer = setTimeout(refresh, delayMs);
  });
}
