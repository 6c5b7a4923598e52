// Real Firefox ESR (Debian /usr/bin/firefox-esr) with dist/firefox installed as a temporary
// add-on, driven by puppeteer-core over WebDriver BiDi (playwright-core cannot drive stock
// Firefox). See ../../../../shared/TOOLCHAIN.md for what was verified on this machine.
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

export async function launchFirefox(): Promise<ExtensionBrowser> {
  // A temporary add-on is loaded from its directory in place: install a snapshot, so a rebuild
  // of dist/ during the run (another `npm run build`) cannot swap files under the add-on.
  const snapshot = mkdtempSync(join(tmpdir(), 'offer-first-firefox-'));
  cpSync(DIST, snapshot, { recursive: true });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr',
    headless: true,
    defaultViewport: { width: 1200, height: 800 },
    // Lets BiDi open moz-extension:// pages and evaluate in the browser's own (chrome) window,
    // which is where Firefox's accessibility tree is read from (see readDialog below).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
    },
  });
  try {
    await browser.installExtension(snapshot);
    const chrome = await chromeWindowContext(browser);
    // Starting Firefox's accessibility service makes content processes build their
    // accessibility trees; do it once, now, rather than inside the first scenario.
    await evaluateInChrome(browser, chrome, START_ACCESSIBILITY);
    // One extension page kept open for the whole run: it is where storage is cleared from.
    const extensionPage = await openExtensionPage(browser, POPUP_URL);

    return {
      name: 'firefox',
      async openPopup() {
        const page = await openExtensionPage(browser, POPUP_URL);
        // The size the toolbar gives the popup, so screenshots show what users see.
        await page.setViewport({ width: 412, height: 760 });
        return wrap(page, browser, chrome);
      },
      async openOptions() {
        return wrap(await openExtensionPage(browser, OPTIONS_URL), browser, chrome);
      },
      async newTab() {
        const page = await browser.newPage();
        await serveFixtures(page);
        return wrap(page, browser, chrome);
      },
      async resetStorage() {
        // An extension page has the `browser` namespace: clear storage.local the way the
        // Chromium driver does from its worker.
        await extensionPage.evaluate('browser.storage.local.clear()');
      },
      async inExtension<T>(expression: string) {
        return (await extensionPage.evaluate(expression)) as T;
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
  const page = await browser.newPage();
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

/** LinkedIn and Facebook answered from the saved fixtures at their real URLs; nothing else leaves. */
async function serveFixtures(page: Page) {
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    const answer = route(request.url());
    if (answer === 'continue') return void request.continue();
    if (answer === 'abort') return void request.abort();
    if (answer.status === 404) return void request.respond({ status: 404, body: 'not a fixture' });
    return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: answer.body });
  });
}

// --- Firefox's accessibility tree, read from the chrome window -------------------------------
//
// The dialog lives in a closed shadow root: page scripts, BiDi's sandboxes and CSS/aria locators
// cannot reach it (verified: `openOrClosedShadowRoot` is undefined there, and `aria/` queries
// find nothing). Firefox's accessibility tree, like Chromium's, does contain it. The parent
// process holds a cached copy of every tab's tree, reachable from the browser window through
// nsIAccessibilityService: the same approach as chromium.ts's CDP Accessibility.getFullAXTree,
// with no hook in the extension.

type ChromeContext = string;

async function chromeWindowContext(browser: Browser): Promise<ChromeContext> {
  const reply = (await send(browser, 'browsingContext.getTree', { 'moz:scope': 'chrome' })) as {
    contexts: { context: string; url: string }[];
  };
  const window = reply.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('no Firefox browser window in the chrome scope');
  return window.context;
}

/** Raw BiDi: `moz:scope` and chrome-scope evaluation are Firefox extensions puppeteer does not wrap. */
async function send(browser: Browser, method: string, params: object): Promise<unknown> {
  const connection = (browser as unknown as { connection: { send(m: string, p: object): Promise<{ result: unknown }> } })
    .connection;
  return (await connection.send(method, params)).result;
}

/** Evaluates privileged JS in the browser window; `expression` must produce a string (JSON). */
async function evaluateInChrome(browser: Browser, context: ChromeContext, expression: string): Promise<string> {
  const result = (await send(browser, 'script.evaluate', { expression, target: { context }, awaitPromise: true })) as
    | { type: 'success'; result: { type: string; value?: unknown } }
    | { type: 'exception'; exceptionDetails: { text: string } };
  if (result.type === 'exception') throw new Error(`chrome-scope evaluation failed: ${result.exceptionDetails.text}`);
  if (typeof result.result.value !== 'string') throw new Error(`chrome-scope evaluation returned ${result.result.type}`);
  return result.result.value;
}

// Kept on the window: Firefox shuts the accessibility service down once nothing holds it.
const START_ACCESSIBILITY = `(() => {
  window.__offerFirstA11y = Cc['@mozilla.org/accessibilityService;1'].getService(Ci.nsIAccessibilityService);
  return 'ok';
})()`;

interface AccessibleDialog extends InjectedDialog {
  /** Buttons inside the dialog, centre points in the tab's viewport (CSS pixels). */
  buttons: { name: string; x: number; y: number }[];
}

/**
 * Walks the selected tab's accessibility tree for the first dialog or alertdialog in tree order
 * (as chromium.ts does), skipping one still busy. Its role comes from the `xml-roles` attribute when there is one
 * (Firefox maps alertdialog onto its generic DIALOG role), else Firefox's role name; its text
 * from its text leaves, and button boxes from getBoundsInCSSPixels, which are relative to the
 * screen: the tab's document accessible gives the viewport's origin.
 */
const READ_DIALOG = `(() => {
  const svc = window.__offerFirstA11y;
  const outer = svc.getAccessibleFor(gBrowser.selectedBrowser);
  const doc = outer && outer.firstChild;
  if (!doc) return 'null';
  const box = (a) => { const x = {}, y = {}, w = {}, h = {}; a.getBoundsInCSSPixels(x, y, w, h); return [x.value, y.value, w.value, h.value]; };
  const ariaRole = (a) => { let r = ''; try { r = a.attributes.getStringProperty('xml-roles'); } catch {} return r || svc.getStringRole(a.role); };
  const find = (a) => {
    if (/^(alert)?dialog$/.test(ariaRole(a))) return a;
    for (let c = a.firstChild; c; c = c.nextSibling) { const hit = find(c); if (hit) return hit; }
    return null;
  };
  const dialog = find(doc);
  if (!dialog) return 'null';
  // The dialog opens at once, busy (aria-busy, nsIAccessibleStates.STATE_BUSY) until the
  // worker's details fill it in.
  const state = {}, extra = {};
  dialog.getState(state, extra);
  if (state.value & 0x00000800) return 'null';
  const [ox, oy] = box(doc);
  const texts = [], buttons = [];
  const walk = (a) => {
    const role = svc.getStringRole(a.role);
    if (role === 'text leaf' && a.name && a.name.trim()) texts.push(a.name);
    if (role === 'pushbutton') { const [x, y, w, h] = box(a); buttons.push({ name: a.name, x: x - ox + w / 2, y: y - oy + h / 2 }); }
    for (let c = a.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(dialog);
  // Cancel alone: the dialog as it opens, before the worker's details fill it in.
  if (buttons.length < 2) return 'null';
  return JSON.stringify({ role: ariaRole(dialog), name: dialog.name || '', text: texts.join(' '), buttons });
})()`;

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
    const controls = document.querySelectorAll<HTMLElement>('input, select, textarea, [role="combobox"], [role="textbox"]');
    for (const control of controls) {
      const labelledBy = control.getAttribute('aria-labelledby');
      const names = [
        control.getAttribute('aria-label')?.trim(),
        labelledBy && labelledBy.split(/\s+/).map((id) => text(document.getElementById(id))).join(' '),
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

function wrap(page: Page, browser: Browser, chrome: ChromeContext): Tab {
  async function readDialog(): Promise<AccessibleDialog | undefined> {
    // The chrome-side walk reads gBrowser.selectedBrowser: make this tab the selected one.
    await page.bringToFront();
    const found = JSON.parse(await evaluateInChrome(browser, chrome, READ_DIALOG)) as AccessibleDialog | null;
    return found ?? undefined;
  }

  return {
    async goto(url) {
      await page.goto(url);
    },
    async fill(label, value) {
      // Locator.fill types into text fields with real key events and sets date/time inputs'
      // value with input+change events, as Playwright's fill does for the Chromium run. Like
      // Playwright's fill it need not wait for a stable box (that check costs ~200 ms a field).
      const control = await labelled(page, label);
      await control.asLocator().setWaitForStableBoundingBox(false).fill(value);
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
    async close() {
      await page.close();
    },
  };
}
