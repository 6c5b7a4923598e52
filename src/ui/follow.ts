// Pages follow changes made elsewhere (another page, a dialog on LinkedIn, an import): the
// worker writes storage.local, and every extension page hears it through storage.onChanged.
// A burst of writes (an import, several interceptions) is read once.
import browser from 'webextension-polyfill';

/** The worker's keys a page shows (background/store.ts, deleted.ts, pageCommands.ts). */
const SHOWN_KEYS = ['state', 'recentlyDeleted', 'preImportBackup', 'missCounts'];

export function followStorage(refresh: () => void, delayMs = 50): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !SHOWN_KEYS.some((key) => key in changes)) return;
    clearTimeout(timer);
    timer = setTimeout(refresh, delayMs);
  });
}
