// Real Firefox ESR (Debian /usr/bin/firefox-esr) with dist/firefox installed as a temporary
// add-on, driven by puppeteer-core over WebDriver BiDi (playwright-core cannot drive stock
// Firefox).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type HTTPRequest, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../vite.config.ts';
import { waitFor, type ExtensionBrowser, type InjectedDialog, type Tab } from './driver.ts';
import { route } from './fixtures.ts';

const DIST = resolve(import.meta.dirname, '..', '..', '..', 'dist', 'firefox');

/**
 * Firefox gives every add-on a random moz-extension:// UUID per profile; pinning it through
 * this pref lets the tests open the popup's page at a known address.
 */
const EXTENSION_UUID = '6f66e2c4-0ff3-4f1e-9a7e-0ffe4f1257c0';
const POPUP_URL = `moz-extension://${EXTENSION_UUID}/src/popup/index.html`;
const OPTIONS_URL = `moz-extension://${EXTENSION_UUID}/src/options/index.html`;
const WELCOME_URL = `moz-extension://${EXTENSION_UUID}/src/welcome/index.html`;

export interface FirefoxOptions {
  /**
   * How long the event page may sit idle before Firefox suspends it (its pref
   * extensions.background.idle.timeout, 30 s by default): short for scenarios about a stopped
   * background (stopBackground() waits for it).
   */
  backgroundIdleMs?: number;
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<ExtensionBrowser> {
  // A temporary add-on is loaded from its directory in place: install a snapshot, so a rebuild
  // of dist/ during the run (another `npm run build`) cannot swap files under the add-on.
  const snapshot = mkdtempSync(join(tmpdir(), 'offer-first-firefox-'));
  cpSync(DIST, snapshot, { recursive: true });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr',
    headless: true,
    // Set per tab by newPage() below: puppeteer's own viewport call also sends a screen
    // orientation command that Firefox ESR 140's BiDi does not know.
    defaultViewport: null,
    // Lets BiDi open moz-extension:// pages (the popup and options page) in Firefox 153; older
    // releases ignore the flag and open them without it.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      ...(options.backgroundIdleMs ? { 'extensions.background.idle.timeout': options.backgroundIdleMs } : {}),
    },
  });
  try {
    await browser.installExtension(snapshot);
    await browser.installExtension(READER);
    // One extension page kept open for the whole run: it is where storage is cleared from.
    let extensionPage = await openExtensionPage(browser, POPUP_URL);

    return {
      name: 'firefox',
      async openPopup(forTab) {
        const page = await openExtensionPage(browser, forTab === undefined ? POPUP_URL : `${POPUP_URL}?tab=${forTab}`);
        // The size the toolbar gives the popup, so screenshots show what users see.
        await setViewport(browser, page, { width: 412, height: 760 });
        return wrap(page);
      },
      async openOptions(panel) {
        return wrap(await openExtensionPage(browser, `${OPTIONS_URL}${panel ? `#${panel}` : ''}`));
      },
      async openWelcome() {
        return wrap(await openExtensionPage(browser, WELCOME_URL));
      },
      async newTab() {
        const page = await newPage(browser);
        await serveFixtures(page);
        return wrap(page);
      },
      async resetStorage() {
        // An extension page has the `browser` namespace: clear storage.local the way the
        // Chromium driver does from its worker.
        await extensionPage.evaluate(
          'Promise.all([browser.storage.local.clear(), browser.storage.session.clear(), browser.storage.sync.clear()])',
        );
        // Close what the last scenario showed: headless Firefox ESR 140 draws a notification in
        // a window of its own, and while it is open BiDi tries to open new tabs in that window
        // and fails ("TabManager.getTabBrowser(...) is undefined").
        await extensionPage.evaluate(
          'browser.notifications.getAll().then((all) => Promise.all(Object.keys(all).map((id) => browser.notifications.clear(id))))',
        );
      },
      async tabId(url) {
        return (await extensionPage.evaluate(
          `browser.tabs.query({}).then((tabs) => tabs.find((tab) => tab.url?.startsWith(${JSON.stringify(url)}))?.id)`,
        )) as number;
      },
      async inExtension<T>(expression: string) {
        return (await extensionPage.evaluate(expression)) as T;
      },
      async stopBackground() {
        // Firefox has no command to suspend an event page: it suspends it itself once idle
        // (options.backgroundIdleMs). runtime.getContexts lists it while it runs, without
        // waking it (runtime.getBackgroundPage would).
        await waitFor(
          () =>
            extensionPage.evaluate(
              "browser.runtime.getContexts({ contextTypes: ['BACKGROUND'] }).then((found) => found.length === 0)",
            ),
          'the event page to be suspended',
          (options.backgroundIdleMs ?? 30_000) + 15_000,
        );
      },
      async reloadExtension() {
        // The extension's pages close with it: evaluate without waiting, then open a new one.
        extensionPage.evaluate('browser.runtime.reload()').catch(() => undefined);
        await waitFor(
          async () =>
            extensionPage.isClosed() ||
            !(await extensionPage.evaluate('!!globalThis.browser?.runtime?.id').catch(() => false)),
          'the extension to unload',
          15_000,
        );
        if (!extensionPage.isClosed()) await extensionPage.close().catch(() => undefined);
        extensionPage = await openExtensionPage(browser, POPUP_URL);
      },
      async close() {
        await browser.close();
        rmSync(snapshot, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser.close();
    rmSync(snapshot, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Opens an extension page in a new tab. With --remote-allow-system-access, BiDi navigation to
 * moz-extension:// loads the page but its `page.goto` promise may never settle (Firefox 153,
 * TOOLCHAIN.md): start it, ignore its outcome, and wait for the loaded document instead.
 */
async function openExtensionPage(browser: Browser, url: string): Promise<Page> {
  const page = await newPage(browser);
  page.goto(url).catch(() => {
    // Rejects with "Frame detached" when the tab closes; the document is awaited below.
  });
  // Polled by hand rather than with page.waitForFunction: while the moz-extension document
  // replaces about:blank, Firefox's script.evaluate can fail with an internal TypeError
  // ("right-hand side of 'in' should be an object") and waitForFunction gives up on it.
  await waitFor(
    () =>
      page
        .evaluate((expected: string) => location.href === expected && document.readyState === 'complete', url)
        .catch(() => false),
    `${url} to load`,
    15_000,
  );
  return page;
}

const VIEWPORT = { width: 1200, height: 800 };

async function newPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await setViewport(browser, page, VIEWPORT);
  return page;
}

/**
 * BiDi's browsingContext.setViewport, sent directly: puppeteer's Page.setViewport pairs it with
 * emulation.setScreenOrientationOverride, which Firefox ESR 140 answers with "unknown command".
 */
async function setViewport(browser: Browser, page: Page, viewport: { width: number; height: number }) {
  const connection = (browser as unknown as { connection: { send(m: string, p: object): Promise<unknown> } })
    .connection;
  await connection.send('browsingContext.setViewport', {
    context: (page.mainFrame() as unknown as { _id: string })._id,
    viewport,
  });
}

/** LinkedIn and Facebook answered from the saved fixtures at their real URLs; nothing else leaves. */
async function serveFixtures(page: Page) {
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    // An answer can lose the race with the browser closing at the end of a test: nothing is
    // waiting for that request any more, so its rejection is dropped.
    const settle = (answered: Promise<void>) => void answered.catch(() => undefined);
    const answer = route(request.url());
    if (answer === 'continue') return settle(request.continue());
    if (answer === 'abort') return settle(request.abort());
    if (answer.status === 404) return settle(request.respond({ status: 404, body: 'not a fixture' }));
    return settle(request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: answer.body }));
  });
}

// --- The dialog, read by a test-only helper add-on -------------------------------------------
//
// The dialog lives in a closed shadow root: page scripts, BiDi's sandboxes and CSS/aria locators
// cannot reach it. Firefox 153's BiDi can evaluate in the browser's own window and read the
// accessibility tree there, but Firefox ESR 140's cannot (it has no chrome-scope contexts), and
// the suite must pass on both. So the run installs a second, test-only add-on
// (firefox-dialog-reader/) whose content script may open closed shadow roots
// (Element.openOrClosedShadowRoot, a WebExtension content-script privilege in Firefox) and
// answers a request event from the test with the dialog's role, name, text and button centres.
// Offer First itself carries no test hook.

const READER = resolve(import.meta.dirname, 'firefox-dialog-reader');

interface ReadDialog extends InjectedDialog {
  /** Buttons inside the dialog, centre points in the tab's viewport (CSS pixels). */
  buttons: { name: string; x: number; y: number }[];
}

/** Asks the reader add-on, synchronously through two DOM events, for the first dialog in the tab. */
function readDialogIn(page: Page): Promise<ReadDialog | null> {
  return page.evaluate(() => {
    let answer: string | undefined;
    const onReply = (event: Event) => {
      answer = (event as CustomEvent<string>).detail;
    };
    document.addEventListener('offer-first-test:dialog', onReply, { once: true });
    document.dispatchEvent(new CustomEvent('offer-first-test:read-dialog'));
    document.removeEventListener('offer-first-test:dialog', onReply);
    if (answer === undefined) throw new Error('the dialog-reader test add-on did not answer');
    const parsed = JSON.parse(answer) as (ReadDialog & { error?: string }) | null;
    if (parsed?.error) throw new Error(`the dialog-reader test add-on failed: ${parsed.error}`);
    return parsed;
  });
}

/**
 * The first form control whose accessible name is `label`: a <label> for it, aria-labelledby,
 * or aria-label (the subset of the accessible-name computation our pages use).
 */
async function labelled(page: Page, label: string): Promise<ElementHandle<Element>> {
  // Polled like Playwright's getByLabel in the Chromium driver: the popup builds its form with
  // script, possibly after the load event.
  return waitFor(() => findLabelled(page, label), `a form control labelled ${label}`, 10_000);
}

async function findLabelled(page: Page, label: string): Promise<ElementHandle<Element> | undefined> {
  const handle = await page.evaluateHandle((name: string) => {
    const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    const controls = document.querySelectorAll<HTMLElement>(
      'input, select, textarea, [role="combobox"], [role="textbox"]',
    );
    for (const control of controls) {
      const labelledBy = control.getAttribute('aria-labelledby');
      const names = [
        control.getAttribute('aria-label')?.trim(),
        labelledBy &&
          labelledBy
            .split(/\s+/)
            .map((id) => text(document.getElementById(id)))
            .join(' '),
        ...[...((control as HTMLInputElement).labels ?? [])].map(text),
      ];
      if (names.includes(name)) return control;
    }
    return null;
  }, label);
  return (handle.asElement() as ElementHandle<Element> | null) ?? undefined;
}

/** The page's first button whose name (aria-label, else its text) is `name`. */
async function findButton(page: Page, name: string): Promise<ElementHandle<Element> | undefined> {
  const handle = await page.evaluateHandle((wanted: string) => {
    for (const el of document.querySelectorAll('button, [role="button"], input[type="submit"]')) {
      const own = el.getAttribute('aria-label') ?? (el instanceof HTMLInputElement ? el.value : el.textContent);
      if (own?.replace(/\s+/g, ' ').trim() === wanted) return el;
    }
    return null;
  }, name);
  return (handle.asElement() as ElementHandle<Element> | null) ?? undefined;
}

function wrap(page: Page): Tab {
  async function readDialog(): Promise<ReadDialog | undefined> {
    return (await readDialogIn(page)) ?? undefined;
  }

  return {
    async goto(url) {
      await page.goto(url);
    },
    async fill(label, value) {
      // What Playwright's fill does in the Chromium run, written out: puppeteer's Locator.fill
      // waits on BiDi calls that time out in Firefox ESR 140. Text fields get real key events;
      // date and time inputs (no typing into their segments is portable) get their value set with
      // input and change events.
      const control = await labelled(page, label);
      const typed = await control.evaluate((el) => {
        const settable = ['date', 'time', 'datetime-local', 'month', 'week', 'color', 'range'];
        return !(el instanceof HTMLInputElement && settable.includes(el.type));
      });
      if (!typed) {
        await control.evaluate((el, text) => {
          (el as HTMLInputElement).value = text;
          el.dispatchEvent(new Event('input', { bubbles: true }));
          el.dispatchEvent(new Event('change', { bubbles: true }));
        }, value);
        return;
      }
      await control.evaluate((el) => {
        (el as HTMLInputElement).focus();
        (el as HTMLInputElement).select();
      });
      if (value === '') await page.keyboard.press('Backspace');
      else await page.keyboard.type(value);
    },
    async select(label, option) {
      const control = await labelled(page, label);
      const value = await control.evaluate((el, text) => {
        if (!(el instanceof HTMLSelectElement)) return undefined;
        return [...el.options].find((o) => o.label.trim() === text || o.text.trim() === text)?.value;
      }, option);
      if (value === undefined) throw new Error(`no option ${option} in the select labelled ${label}`);
      await control.select(value);
    },
    async clickButton(name) {
      const button = await waitFor(() => findButton(page, name), `a button named ${name}`, 10_000);
      // ElementHandle.click scrolls it into view and clicks its centre with the real mouse.
      await button.click();
    },
    async click(selector) {
      // Waits for the element like Playwright's locators do in the Chromium driver.
      const handle = await page.waitForSelector(selector, { timeout: 10_000 });
      // Scrolled into view first, as a user would before clicking.
      await handle?.evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'center' }));
      const box = await handle?.boundingBox();
      if (!box) throw new Error(`${selector} is not visible`);
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    },
    async press(key) {
      // Playwright-style chords ("Shift+Tab"): puppeteer wants the modifiers held explicitly.
      type Key = Parameters<Page['keyboard']['press']>[0];
      const parts = key.split('+') as Key[];
      const main = parts.pop()!;
      for (const modifier of parts) await page.keyboard.down(modifier);
      await page.keyboard.press(main);
      for (const modifier of parts.reverse()) await page.keyboard.up(modifier);
    },
    async type(text) {
      await page.keyboard.type(text);
    },
    async evaluate<T>(expression: string) {
      return (await page.evaluate(expression)) as T;
    },
    async dialog() {
      const found = await readDialog();
      if (!found) return undefined;
      const { role, name, text } = found;
      return { role, name, text };
    },
    async clickDialogButton(name) {
      const found = await readDialog();
      if (!found) throw new Error('no dialog');
      const button = found.buttons.find((b) => b.name === name);
      if (!button) throw new Error(`no dialog button named ${name}`);
      await page.mouse.click(button.x, button.y);
    },
    async text(selector) {
      const handle = await page.waitForSelector(selector, { timeout: 10_000 });
      return (await handle?.evaluate((el) => el.textContent)) ?? '';
    },
    async screenshot(path) {
      await page.screenshot({ path: path as `${string}.png` });
    },
    async setViewport(width, height) {
      await setViewport(page.browser(), page, { width, height });
    },
    async close() {
      await page.close();
    },
  };
}
