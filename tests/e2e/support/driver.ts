// What the shared end-to-end scenarios need from a browser with the extension installed.
// One implementation per browser (chromium.ts: playwright-core; firefox.ts: puppeteer-core
// over WebDriver BiDi); the scenarios are written once against this interface.
import { afterAll, beforeAll, beforeEach } from 'vitest';

export interface InjectedDialog {
  role: string;
  name: string;
  /** All text the dialog shows, as the accessibility tree exposes it. */
  text: string;
}

export interface Tab {
  goto(url: string): Promise<void>;
  /** Types into the form control whose visible label is `label`. */
  fill(label: string, value: string): Promise<void>;
  /** Picks the option whose text is `option` in the select whose accessible name is `label`. */
  select(label: string, option: string): Promise<void>;
  /** Clicks the page's button whose accessible name is `name` (not the injected dialog). */
  clickButton(name: string): Promise<void>;
  /** A real mouse click at the centre of the first element matching `selector`. */
  click(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  /** Types text with the keyboard into whatever has focus. */
  type(text: string): Promise<void>;
  /** Evaluates an expression in the page's own world and returns its JSON value. */
  evaluate<T>(expression: string): Promise<T>;
  /**
   * Evaluates an expression in the content script's isolated world, where the browser lets a
   * test reach it (Chromium, through the DevTools protocol); undefined where it does not.
   */
  inContentScript?<T>(expression: string): Promise<T>;
  /** The injected interception dialog, read through the accessibility tree (its shadow root is closed). */
  dialog(): Promise<InjectedDialog | undefined>;
  /** Real mouse click on the injected dialog's button with this accessible name. */
  clickDialogButton(name: string): Promise<void>;
  text(selector: string): Promise<string>;
  screenshot(path: string): Promise<void>;
  /** The same page in the dark colour scheme, where the driver can emulate it (Chromium). */
  darkScreenshot?(path: string): Promise<void>;
  /** Sets the page's viewport in CSS pixels (a 1280-wide window at 200 % zoom is 640). */
  setViewport(width: number, height: number): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  readonly name: 'chromium' | 'firefox';
  /**
   * Opens the toolbar popup's page in a tab (same document the toolbar shows). `forTab` is the
   * id of the tab the popup is about (its test-only `?tab=` parameter, src/ui/activeProfile.ts):
   * opened as a tab, the popup would otherwise be about itself.
   */
  openPopup(forTab?: number): Promise<Tab>;
  /** The id of the open tab whose address starts with `url` (tabs.query, as the popup uses it). */
  tabId(url: string): Promise<number>;
  /** Opens the options page (src/options/index.html) in a tab, at the panel `panel` (#panel) if given. */
  openOptions(panel?: string): Promise<Tab>;
  /** Opens the welcome page (src/welcome/index.html) in a tab. */
  openWelcome(): Promise<Tab>;
  newTab(): Promise<Tab>;
  /** Clears the extension's storage between scenarios. */
  resetStorage(): Promise<void>;
  /**
   * Evaluates an expression in an extension context (where `chrome`/`browser` exist), to
   * observe what users see outside pages: notifications, the badge.
   */
  inExtension<T>(expression: string): Promise<T>;
  /**
   * Stops the extension's background the way the browser does when it was idle for a while
   * (Chrome's service worker after 30 s; Firefox's event page after its idle timeout, which
   * launchFirefox can shorten), and resolves once it is stopped. The next event wakes it.
   */
  stopBackground(): Promise<void>;
  /** Reloads the extension as an update would (runtime.reload()), leaving open tabs open. */
  reloadExtension(): Promise<void>;
  close(): Promise<void>;
}

/**
 * One browser for a group of scenarios: launched before them, closed after them, and its
 * extension storage cleared before each one. Returns a getter (the browser exists only once
 * the hooks ran).
 */
export function useBrowser(launch: () => Promise<ExtensionBrowser>): () => ExtensionBrowser {
  let browser: ExtensionBrowser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    await browser!.resetStorage();
  });
  return () => browser!;
}

/** A datetime-local value `days` from now, at 10:00 local time. */
export function inDays(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T10:00`;
}

export async function waitFor<T>(
  probe: () => Promise<T | undefined | false>,
  what: string,
  timeoutMs = 5000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
