// Sync through the browser's account (storage.sync), in real Chromium and real Firefox ESR.
// Neither test profile is signed in to a browser account; both browsers still keep
// storage.sync locally and fire its change events, so "another machine" is played by writing
// sync items directly from an extension context, as the browser does when its sync service
// brings another machine's changes.
import { beforeEach, describe, expect, it } from 'vitest';
import { inDays, useBrowser, waitFor, type ExtensionBrowser, type Tab } from './support/driver.ts';
import { BROWSERS } from './support/browsers.ts';
import { FIXTURE } from './support/fixtures.ts';

const AREA = '(globalThis.browser ?? globalThis.chrome).storage';
const siteClicks = (tab: Tab) => tab.evaluate<string[]>('window.__siteClicks');
type Item = { v: number; r: number; n?: number; process?: Record<string, unknown>; people?: unknown[] };

async function syncItems(browser: ExtensionBrowser): Promise<Record<string, Item>> {
  return browser.inExtension<Record<string, Item>>(`${AREA}.sync.get(null)`);
}

/** A process written to sync as another machine's Offer First would write it. */
function remoteProcess(id: string, company: string, person: Record<string, string>, revision: number): Item {
  const now = new Date().toISOString();
  return {
    v: 1,
    r: revision,
    n: 0,
    process: {
      id,
      company,
      role: 'Designer',
      status: 'scheduled',
      notes: '',
      rounds: [
        {
          id: `${id}-r0`,
          at: new Date(Date.now() + 4 * 86_400_000).toISOString(),
          timeZone: 'UTC',
          interviewerIds: [person['id']],
        },
      ],
      createdAt: now,
      updatedAt: now,
      statusChangedAt: now,
      revision,
    },
    people: [person],
  };
}

for (const [name, launch] of BROWSERS)
  describe(name, () => {
    const use = useBrowser(launch);
    let browser: ExtensionBrowser;
    beforeEach(() => {
      browser = use();
    });

    it('sync on, an edit goes out, changes from another machine protect here within seconds, sync off keeps the local copy', async () => {
      // storage.sync works in a profile without a browser account (checked here, not assumed).
      await browser.inExtension(`${AREA}.sync.set({ probe: 1 }).then(() => ${AREA}.sync.remove('probe'))`);

      const options = await browser.openOptions('data');
      await waitFor(async () => (await options.text('#sync-state')).includes('Sync is off'), 'sync off by default');
      await options.click('#sync-enabled');
      await waitFor(async () => (await options.text('#sync-state')).includes('Sync is on'), 'sync on');
      expect(await options.text('#sync-summary')).toContain('First sync done');

      // An edit here goes to sync (debounced), one item per process.
      const popup = await browser.openPopup();
      for (const [label, value] of Object.entries({
        Company: 'Northwind Labs',
        'Interview date': inDays(3),
        'Interviewer name': 'Dana Whitfield',
        'LinkedIn profile URL': FIXTURE.linkedinProfile,
      }))
        await popup.fill(label, value);
      await popup.clickButton('Add interview');
      await popup.close();
      const [key, item] = await waitFor(
        async () =>
          Object.entries(await syncItems(browser)).find(([, v]) => v.process?.['company'] === 'Northwind Labs'),
        'the interview in sync',
        10_000,
      );
      expect(item.people).toEqual([expect.objectContaining({ name: 'Dana Whitfield' })]);

      // Dana is watched here.
      const tab = await browser.newTab();
      await tab.goto(FIXTURE.linkedinProfile);
      await tab.click('button[aria-label="Invite Dana Whitfield to connect"]');
      await waitFor(() => tab.dialog(), 'the interception dialog');
      await tab.clickDialogButton('Cancel');
      // The synced copy is closed to the page's content script like storage.local (Chromium lets
      // a test evaluate there; Firefox has no setAccessLevel, see docs/SECURITY.md).
      if (tab.inContentScript)
        expect(
          await tab.inContentScript<string>(
            'chrome.storage.sync.get(null).then(() => "read", (e) => "refused: " + e.message)',
          ),
        ).toMatch(/^refused/);

      // Another machine records the offer for Northwind and adds an interview with Morgan.
      const offer = { ...item, r: item.r + 100, process: { ...item.process, status: 'offer', revision: item.r + 100 } };
      const morgan = { id: 'remote-person-1', name: 'Morgan Reyes', facebookUrl: FIXTURE.facebookProfile };
      await browser.inExtension(
        `${AREA}.sync.set(${JSON.stringify({ [key]: offer, 'p:remote-1': remoteProcess('remote-1', 'Contoso', morgan, item.r + 101) })})`,
      );
      await waitFor(
        async () => (await options.text('#interviews')).includes('Contoso'),
        'the remote interview here',
        10_000,
      );

      // The verdicts follow: Dana's Connect goes through, Morgan's Add friend is stopped.
      await tab.goto(FIXTURE.linkedinProfile);
      await tab.click('button[aria-label="Invite Dana Whitfield to connect"]');
      await waitFor(async () => (await siteClicks(tab)).length > 0, 'the click to reach the site');
      expect(await tab.dialog()).toBeUndefined();
      await tab.goto(FIXTURE.facebookProfile);
      await tab.click('[data-pagelet="ProfileActions"] [aria-label="Add friend"]');
      const dialog = await waitFor(() => tab.dialog(), 'the dialog for the remote interview');
      expect(dialog.text).toContain('Contoso');
      expect(await siteClicks(tab)).toEqual([]);
      await tab.close();

      // Off: asked about the synced copy; kept here, kept there.
      await options.click('#sync-enabled');
      await waitFor(async () => (await options.text('#sync-off-question')).includes('Also remove'), 'the question');
      await options.clickButton('Turn off, keep the synced copy');
      await waitFor(async () => (await options.text('#sync-state')).includes('Sync is off'), 'sync off');
      const list = await options.text('#interviews');
      expect(list).toContain('Northwind Labs');
      expect(list).toContain('Contoso');
      expect(Object.keys(await syncItems(browser))).toEqual(expect.arrayContaining([key, 'p:remote-1']));

      await options.close();
    });
  });
