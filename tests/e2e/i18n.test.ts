// The extension in the browser's language: Chromium started in French shows the popup, the
// dialog and its dates in French (the catalogs are checked for completeness by unit tests).
import { rmSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromiumContext } from './support/chromium.ts';
import { inDays, waitFor } from './support/driver.ts';

let context: BrowserContext;
let extensionId: string;
let profile: string;

beforeAll(async () => {
  // On Linux, Chromium takes its UI language from the environment (--lang is Windows/ChromeOS
  // only), and needs Debian's chromium-l10n for any language but en-US.
  ({ context, extensionId, profile } = await launchChromiumContext({
    args: ['--lang=fr-FR'],
    env: { LANGUAGE: 'fr', LANG: 'fr_FR.UTF-8' },
  }));
});
afterAll(async () => {
  await context?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

it('speaks French when the browser does: popup, validation, dialog and relative dates', async () => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  expect(await popup.locator('h2#upcoming-heading').textContent()).toBe('Entretiens à venir');
  await popup.getByLabel('Entreprise', { exact: true }).fill('Northwind Labs');
  await popup.getByRole('button', { name: "Ajouter l'entretien", exact: true }).click();
  await waitFor(async () => (await popup.locator('#f-rounds-0-at-error').textContent()) !== '', 'the date error');
  expect(await popup.locator('#f-rounds-0-at-error').textContent()).toMatch(/date/i);
  expect(await popup.locator('html').getAttribute('lang')).toMatch(/^fr/);

  const at = inDays(5);
  await popup.locator('#f-rounds-0-at').fill(at);
  await popup.locator('#f-rounds-0-interviewers-0-name').fill('Dana Whitfield');
  await popup.locator('#f-rounds-0-interviewers-0-linkedinUrl').fill('https://www.linkedin.com/in/dana-whitfield/');
  await popup.getByRole('button', { name: "Ajouter l'entretien", exact: true }).click();
  await waitFor(
    async () => ((await popup.locator('#interviews').textContent()) ?? '').includes('Northwind'),
    'the list',
  );
  expect(await popup.locator('#interviews').textContent()).toContain('dans 5 jours');

  const page = await context.newPage();
  await page.goto('https://www.linkedin.com/in/dana-whitfield/');
  await page.locator('button[aria-label="Invite Dana Whitfield to connect"]').click();
  const session = await context.newCDPSession(page);
  const text = await waitFor(async () => {
    type Node = {
      role?: { value?: string };
      name?: { value?: string };
      properties?: Array<{ name: string; value?: { value?: unknown } }>;
    };
    const { nodes } = (await session.send('Accessibility.getFullAXTree')) as { nodes: Node[] };
    const names = nodes.map((n) => n.name?.value ?? '').join(' ');
    // The dialog opens at once, busy, with the name only; the worker's details fill it in.
    // Chromium's accessibility tree follows the page a moment later and was seen dropping the
    // busy flag before the new text (about one run in four): wait for both.
    const busy = (n: Node) => n.properties?.some((p) => p.name === 'busy' && p.value?.value === true);
    const filled = !names.includes('Recherche de votre entretien');
    return nodes.some((n) => n.role?.value === 'alertdialog' && !busy(n)) && filled && names;
  }, 'the dialog, filled in');
  expect(text).toContain('Entretien avec Northwind Labs dans 5 jours');
  expect(text).toContain('Annuler');
});
