// The popup's explanation of the "!" badge: on the active tab, a watched person's profile was
// found in a layout we do not recognise, so a request there may not be stopped. The content
// script reported it to the worker, which marked the tab; nothing was shown in the page itself.
import browser from 'webextension-polyfill';
import { MISS_BADGE } from '../core/missBadge.ts';
import { t } from './i18n.ts';

export interface TabBadges {
  activeTabId(): Promise<number | undefined>;
  badgeText(tabId: number): Promise<string>;
}

const browserBadges: TabBadges = {
  async activeTabId() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id;
  },
  badgeText: (tabId) => browser.action.getBadgeText({ tabId }),
};

/** Shows `slot` with the explanation when the active tab carries the badge; hides it otherwise. */
export async function renderMissTab(slot: HTMLElement, badges: TabBadges = browserBadges): Promise<boolean> {
  let marked = false;
  try {
    const tabId = await badges.activeTabId();
    marked = tabId !== undefined && (await badges.badgeText(tabId)) === MISS_BADGE;
  } catch {
    marked = false; // no active tab (a window closing): nothing to explain
  }
  slot.textContent = marked ? t('missTabNotice') : '';
  slot.hidden = !marked;
  return marked;
}
