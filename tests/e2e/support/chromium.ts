// Real Chromium (Debian /usr/bin/chromium) with the built extension, driven by playwright-core.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { ExtensionBrowser, InjectedDialog, Tab } from './driver.ts';
import { route } from './fixtures.ts';
import { stopServiceWorkers } from './serviceWorker.ts';

const DIST = resolve(import.meta.dirname, '..', '..', '..', 'dist', 'chrome');

/**
 * Headless Chromium with one unpacked extension. The rest is what these machines need: root (no
 * sandbox), no GPU, and a closed network that Chromium's background services would keep probing.
 */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

/** LinkedIn and Facebook answered from the saved fixtures at their real URLs; nothing else leaves. */
export async function serveFixtures(context: BrowserContext): Promise<void> {
  await context.route('**/*', async (r) => {
    const answer = route(r.request().url());
    if (answer === 'continue') return r.continue();
    if (answer === 'abort') return r.abort();
    if (answer.status === 404) return r.fulfill({ status: 404, body: 'not a fixture' });
    return r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: answer.body });
  });
}

/** Chromium with dist/chrome loaded and the fixtures routed; for tests that need playwright itself. */
export async function launchChromiumContext(options: { args?: string[]; env?: Record<string, string> } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'offer-first-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1200, height: 800 },
    ...(options.env ? { env: { ...process.env, ...options.env } as Record<string, string> } : {}),
    args: [...chromiumArgs(DIST), ...(options.args ?? [])],
  });
  await serveFixtures(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, profile };
}

export async function launchChromium(): Promise<ExtensionBrowser> {
  const launched = await launchChromiumContext();
  const { context, extensionId, profile } = launched;
  let worker = launched.worker;
  return {
    name: 'chromium',
    async openPopup(forTab) {
      const page = await context.newPage();
      // The size the toolbar gives the popup, so screenshots show what users see.
      await page.setViewportSize({ width: 412, height: 760 });
      const query = forTab === undefined ? '' : `?tab=${forTab}`;
      await page.goto(`chrome-extension://${extensionId}/src/popup/index.html${query}`);
      return wrap(page);
    },
    async tabId(url) {
      return (await worker.evaluate(
        `chrome.tabs.query({}).then((tabs) => tabs.find((tab) => tab.url?.startsWith(${JSON.stringify(url)}))?.id)`,
      )) as number;
    },
    async openOptions(panel) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/src/options/index.html${panel ? `#${panel}` : ''}`);
      return wrap(page);
    },
    async openWelcome() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/src/welcome/index.html`);
      return wrap(page);
    },
    newTab: () => newTab(context),
    async resetStorage() {
      await worker.evaluate(
        'Promise.all([chrome.storage.local.clear(), chrome.storage.session.clear(), chrome.storage.sync.clear()])',
      );
    },
    async inExtension<T>(expression: string) {
      return (await worker.evaluate(expression)) as T;
    },
    async stopBackground() {
      // DevTools sessions belong to a page: a blank one, closed again.
      const page = await context.newPage();
      try {
        await stopServiceWorkers(await context.newCDPSession(page));
      } finally {
        await page.close();
      }
    },
    async reloadExtension() {
      // Chromium 156 disables an unpacked extension that reloads outside developer mode
      // ("unsupportedDeveloperExtension"); users load this build with the switch on anyway.
      const settings = await context.newPage();
      await settings.goto('chrome://extensions/');
      await settings.evaluate('chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true })');
      await settings.close();
      const next = context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith(`chrome-extension://${extensionId}/`),
      });
      // The worker is gone before reload() can answer.
      await worker.evaluate('chrome.runtime.reload()').catch(() => undefined);
      worker = await next;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function newTab(context: BrowserContext): Promise<Tab> {
  const page = await context.newPage();
  return wrap(page);
}

interface AXNode {
  nodeId: string;
  role?: { value?: string };
  name?: { value?: string };
  childIds?: string[];
  backendDOMNodeId?: number;
  ignored?: boolean;
  properties?: { name: string; value?: { value?: unknown } }[];
}

function wrap(page: Page): Tab {
  const cdp = () => page.context().newCDPSession(page);

  /** The accessibility tree sees into closed shadow roots; Playwright's selectors do not. */
  async function axDialog(): Promise<{ dialog: InjectedDialog; nodes: AXNode[]; root: AXNode } | undefined> {
    const session = await cdp();
    try {
      const { nodes } = (await session.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
      const root = nodes.find((n) => n.role?.value === 'alertdialog' || n.role?.value === 'dialog');
      // The dialog opens at once, busy (aria-busy) with Cancel as its only button, until the
      // worker's details fill it in (then it has at least Send anyway and Cancel).
      if (!root || root.properties?.some((p) => p.name === 'busy' && p.value?.value === true)) return undefined;
      const byId = new Map(nodes.map((n) => [n.nodeId, n]));
      let buttons = 0;
      const count = (node: AXNode) => {
        if (node.role?.value === 'button') buttons++;
        for (const id of node.childIds ?? []) {
          const child = byId.get(id);
          if (child) count(child);
        }
      };
      count(root);
      if (buttons < 2) return undefined;
      const texts: string[] = [];
      const walk = (node: AXNode) => {
        if (node.role?.value === 'StaticText' && node.name?.value) texts.push(node.name.value);
        for (const id of node.childIds ?? []) {
          const child = byId.get(id);
          if (child) walk(child);
        }
      };
      walk(root);
      return { dialog: { role: root.role!.value!, name: root.name?.value ?? '', text: texts.join(' ') }, nodes, root };
    } finally {
      await session.detach();
    }
  }

  return {
    async goto(url) {
      await page.goto(url);
    },
    async fill(label, value) {
      await page.getByLabel(label, { exact: true }).fill(value);
    },
    async select(label, option) {
      await page.getByLabel(label, { exact: true }).selectOption({ label: option });
    },
    async clickButton(name) {
      await page.getByRole('button', { name, exact: true }).click();
    },
    async click(selector) {
      // Scrolled into view first, as a user would before clicking.
      const target = page.locator(selector).first();
      await target.scrollIntoViewIfNeeded();
      const box = await target.boundingBox();
      if (!box) throw new Error(`${selector} is not visible`);
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    },
    async press(key) {
      await page.keyboard.press(key);
    },
    async type(text) {
      await page.keyboard.type(text);
    },
    async evaluate<T>(expression: string) {
      return (await page.evaluate(expression)) as T;
    },
    async inContentScript<T>(expression: string) {
      // The extension's isolated world is one of the page's execution contexts; Runtime.enable
      // reports every existing one.
      const session = await cdp();
      try {
        const contexts: Array<{ id: number; origin: string; auxData?: { type?: string; frameId?: string } }> = [];
        session.on(
          'Runtime.executionContextCreated',
          (e: { context: (typeof contexts)[number] }) => void contexts.push(e.context),
        );
        await session.send('Runtime.enable');
        // After a reload the orphan's world is still there: the newest one is the live script's.
        const world = contexts
          .filter((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'))
          .sort((a, b) => b.id - a.id)[0];
        if (!world) throw new Error('no content script world in this page');
        const reply = (await session.send('Runtime.evaluate', {
          expression,
          contextId: world.id,
          awaitPromise: true,
          returnByValue: true,
        })) as {
          result: { value?: unknown };
          exceptionDetails?: { text: string; exception?: { description?: string } };
        };
        if (reply.exceptionDetails)
          throw new Error(reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text);
        return reply.result.value as T;
      } finally {
        await session.detach();
      }
    },
    async dialog() {
      return (await axDialog())?.dialog;
    },
    async clickDialogButton(name) {
      const found = await axDialog();
      if (!found) throw new Error('no dialog');
      const button = found.nodes.find((n) => n.role?.value === 'button' && n.name?.value === name);
      if (!button?.backendDOMNodeId) throw new Error(`no dialog button named ${name}`);
      const session = await cdp();
      try {
        const { model } = (await session.send('DOM.getBoxModel', { backendNodeId: button.backendDOMNodeId })) as {
          model: { content: number[] };
        };
        const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
        await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
      } finally {
        await session.detach();
      }
    },
    async text(selector) {
      return (await page.locator(selector).first().textContent()) ?? '';
    },
    async screenshot(path) {
      await page.screenshot({ path });
    },
    async darkScreenshot(path) {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.screenshot({ path });
      await page.emulateMedia({ colorScheme: 'light' });
    },
    async setViewport(width, height) {
      await page.setViewportSize({ width, height });
    },
    async close() {
      await page.close();
    },
  };
}
