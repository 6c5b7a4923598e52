// The profile open in the active tab, for the popup's "Add <Name> as an interviewer". The
// tab's address comes from tabs.query: with the host permissions the extension already has,
// both browsers give the address of tabs on LinkedIn and Facebook without the "tabs"
// permission (which would add an install-time warning). The name is read from the page once,
// when the popup opens (the user's request), by scripting.executeScript in the extension's
// isolated world: the page sees no event, attribute or node, and nothing is left behind.
import browser from 'webextension-polyfill';
import { profileOf, type TabProfile } from '../core/profileOnList.ts';
import { NAME_READERS, readProfileName, type NameReaders } from '../sites/profileName.ts';

export interface TabAccess {
  /** The tab the popup is about: the active tab of the current window. */
  tab(): Promise<{ id: number; url?: string | undefined } | undefined>;
  /** What readProfileName returned in that tab (unchecked: it comes from the page). */
  readName(tabId: number, readers: NameReaders): Promise<unknown>;
}

/**
 * `?tab=<id>` on the popup's address names the tab to use instead of the active one. Only the
 * end-to-end tests use it: they open the popup as a page in a tab of its own, so "the active
 * tab" would be the popup itself. It is safe to honour: the popup is not a web-accessible
 * resource, so no web page or other extension can open or frame it with a parameter of its
 * choosing (only the browser's toolbar, or the user typing the address, opens it); the id
 * must be a real tab whose address is a LinkedIn or Facebook profile (checked below as for
 * the active tab); and all it leads to is that profile's name in a form the user still submits.
 */
export const TEST_TAB_PARAM = 'tab';

const browserTabs: TabAccess = {
  async tab() {
    const named = new URLSearchParams(location.search).get(TEST_TAB_PARAM);
    if (named !== null) {
      const id = Number(named);
      if (!/^\d{1,12}$/.test(named) || !Number.isSafeInteger(id)) return undefined;
      const tab = await browser.tabs.get(id); // throws for an id that is no tab
      return tab.id === id ? { id, url: tab.url } : undefined;
    }
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
  },
  async readName(tabId, readers) {
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      func: readProfileName,
      args: [readers],
    });
    return result?.result;
  },
};

export interface ActiveProfile extends TabProfile {
  /** The name the page shows; absent when it could not be read (no site access, an odd page). */
  name?: string;
}

/** The profile in the tab the popup is about, or undefined when that tab shows none. */
export async function activeProfile(access: TabAccess = browserTabs): Promise<ActiveProfile | undefined> {
  let tab: Awaited<ReturnType<TabAccess['tab']>>;
  try {
    tab = await access.tab();
  } catch {
    return undefined; // no such tab, or no window (one closing)
  }
  const profile = tab?.url ? profileOf(tab.url) : undefined;
  if (!tab || !profile) return undefined;
  let read: unknown;
  try {
    read = await access.readName(tab.id, NAME_READERS[profile.site]);
  } catch {
    read = undefined; // site access withdrawn, or the page is one the browser protects
  }
  // What a page gives is checked like any input: a short single line of text.
  const name = typeof read === 'string' ? read.replace(/\s+/g, ' ').trim() : '';
  return name && name.length <= 200 ? { ...profile, name } : profile;
}
