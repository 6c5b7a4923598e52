// What many end-to-end scenarios share: putting an interviewer on the watch list, and reading
// what the extension shows outside pages (the injected dialog's host, the tab's badge).
import type { ExtensionBrowser } from './driver.ts';

export interface Interviewer {
  name: string;
  linkedinUrl?: string;
  facebookUrl?: string;
}

/**
 * Puts one interviewer on the watch list through the extension's own message protocol, sent
 * from the popup (an extension page: the only sender allowed to save). The popup form itself
 * is covered by interception.test.ts; here it would only slow every scenario down.
 */
export async function watch(browser: ExtensionBrowser, person: Interviewer): Promise<void> {
  const popup = await browser.openPopup();
  const draft = {
    company: 'Northwind Labs',
    role: 'Staff Engineer',
    status: 'scheduled',
    notes: '',
    rounds: [
      {
        at: new Date(Date.now() + 4 * 86_400_000).toISOString(),
        timeZone: 'UTC',
        label: '',
        interviewers: [
          { name: person.name, linkedinUrl: person.linkedinUrl ?? '', facebookUrl: person.facebookUrl ?? '' },
        ],
      },
    ],
  };
  const reply = await popup.evaluate<{ ok?: boolean; error?: string }>(
    `(globalThis.browser ?? globalThis.chrome).runtime.sendMessage(${JSON.stringify({ type: 'saveProcess', draft })})`,
  );
  await popup.close();
  if (!reply?.ok) throw new Error(`could not save the interviewer: ${JSON.stringify(reply)}`);
}

/** Our injected UI (the dialog) is a <div> directly under <html>, its shadow root closed. */
export const INJECTED =
  "[...document.documentElement.children].some((e) => e.tagName === 'DIV' && e.shadowRoot === null)";

/** The toolbar badge text of the one open tab at `url`, read from the extension. */
export function tabBadge(browser: ExtensionBrowser, url: string): Promise<string> {
  return browser.inExtension<string>(`(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    const tabs = (await api.tabs.query({})).filter((t) => t.url === ${JSON.stringify(url)});
    if (tabs.length !== 1) return 'open tabs at that address: ' + tabs.length;
    return api.action.getBadgeText({ tabId: tabs[0].id });
  })()`);
}
