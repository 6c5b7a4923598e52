// Detection end to end: a representative set of contexts, languages and input methods,
// clicked (or keyed) through the built extension in a real browser, on the saved-structure
// fixtures served at their real addresses. Written once against the driver interface and run
// in every browser (support/browsers.ts), like interception.test.ts.
import { beforeEach, describe, expect, it } from 'vitest';
import { useBrowser, waitFor, type ExtensionBrowser, type Tab } from './support/driver.ts';
import { FIXTURE } from './support/fixtures.ts';
import { INJECTED, tabBadge, watch } from './support/interviewers.ts';
import { BROWSERS } from './support/browsers.ts';

/** Ticks "Also hold back Follow and Message to interviewers" on the options page and saves. */
async function holdBackFollowAndMessage(browser: ExtensionBrowser): Promise<void> {
  const options = await browser.openOptions('settings');
  // The page fills the form once the stored settings arrive; a tick before that would be overwritten.
  await waitFor(
    () => options.evaluate<boolean>("document.querySelector('#overdueAfterDays')?.value !== ''"),
    'the stored settings',
  );
  await waitFor(
    () =>
      options.evaluate<boolean>(
        "document.body.textContent.includes('Also hold back Follow and Message to interviewers')",
      ),
    'the setting’s label',
  );
  // tab.click() is a real mouse click at the element's centre: bring the switch into view first.
  await options.evaluate(
    "(document.querySelector('#guardFollowAndMessage').scrollIntoView({ block: 'center' }), true)",
  );
  await options.click('#guardFollowAndMessage');
  expect(await options.evaluate<boolean>("document.querySelector('#guardFollowAndMessage').checked")).toBe(true);
  await options.clickButton('Save settings');
  await waitFor(
    () => options.evaluate<boolean>("document.body.textContent.includes('Settings saved.')"),
    'the toast "Settings saved."',
  );
  await options.close();
}

const siteClicks = (tab: Tab) => tab.evaluate<string[]>('window.__siteClicks');

const settle = () => new Promise((r) => setTimeout(r, 300));

async function open(browser: ExtensionBrowser, url: string): Promise<Tab> {
  const tab = await browser.newTab();
  await tab.goto(url);
  // The content script reads the watch list at document_start; give it a moment after load.
  await settle();
  return tab;
}

async function expectStopped(tab: Tab, name: string) {
  const dialog = await waitFor(() => tab.dialog(), 'the interception dialog');
  expect(dialog.text).toContain(name);
  expect(await siteClicks(tab)).toEqual([]);
  return dialog;
}

function runDetectionScenarios(launch: () => Promise<ExtensionBrowser>) {
  describe('detection', () => {
    const use = useBrowser(launch);
    let browser: ExtensionBrowser;
    beforeEach(() => {
      browser = use();
    });

    it('LinkedIn in French: the top-card invite link is stopped; Send anyway lets it through once', async () => {
      await watch(browser, {
        name: 'Camille Laurent',
        linkedinUrl: 'https://www.linkedin.com/in/camille-laurent-3f2/',
      });
      const tab = await open(browser, FIXTURE.linkedinProfileFr);
      await tab.click('section[componentkey$="Topcard"] a[href*="custom-invite"]');
      await expectStopped(tab, 'Camille Laurent');
      await tab.clickDialogButton('Send anyway');
      await waitFor(async () => (await siteClicks(tab)).length > 0, 'the replayed click');
      await settle();
      expect(await siteClicks(tab)).toEqual(['Inviter Camille Laurent à rejoindre votre réseau']);
      // Another person's Connect on the same page passes untouched.
      await tab.click('aside button');
      expect(await siteClicks(tab)).toHaveLength(2);
      expect(await tab.dialog()).toBeUndefined();
      await tab.close();
    });

    it('LinkedIn 2026 More menu: the Connect item rendered only after More is clicked is stopped; after Send anyway the invitation dialog passes', async () => {
      await watch(browser, { name: 'Nora Quinlan', linkedinUrl: 'https://www.linkedin.com/in/nora-quinlan/' });
      const tab = await open(browser, FIXTURE.linkedinMoreMenu);
      await tab.click('#more');
      await waitFor(() => tab.evaluate<boolean>('!!document.querySelector(\'[role="menu"]\')'), 'the More menu');
      await tab.click('[role="menu"] a[href*="custom-invite"]');
      const dialog = await waitFor(() => tab.dialog(), 'the interception dialog');
      expect(dialog.text).toContain('Nora Quinlan');
      expect(await siteClicks(tab)).toEqual(['More']);
      // Send anyway: the site opens its invitation dialog, whose Send is the same request —
      // one decision, one dialog (the second safety net lets it pass).
      await tab.clickDialogButton('Send anyway');
      await waitFor(
        () => tab.evaluate<boolean>('!!document.querySelector(".send-invite")'),
        "the site's invitation dialog",
      );
      await tab.click('button[aria-label="Send without a note"]');
      await settle();
      expect(await siteClicks(tab)).toEqual(['More', 'Connect', 'Send without a note']);
      expect(await tab.evaluate<boolean>(INJECTED)).toBe(false);
      await tab.close();
    });

    it('LinkedIn invitation dialog after Send anyway: "Add a note" and the note step’s Send go through without a second dialog', async () => {
      await watch(browser, { name: 'Nora Quinlan', linkedinUrl: 'https://www.linkedin.com/in/nora-quinlan/' });
      const tab = await open(browser, FIXTURE.linkedinMoreMenu);
      await tab.click('#more');
      await waitFor(() => tab.evaluate<boolean>('!!document.querySelector(\'[role="menu"]\')'), 'the More menu');
      await tab.click('[role="menu"] a[href*="custom-invite"]');
      expect((await waitFor(() => tab.dialog(), 'the interception dialog')).text).toContain('Nora Quinlan');
      await tab.clickDialogButton('Send anyway');
      await waitFor(
        () => tab.evaluate<boolean>('!!document.querySelector(".send-invite")'),
        "the site's invitation dialog",
      );
      await waitFor(async () => !(await tab.evaluate<boolean>(INJECTED)), 'our dialog to close');
      await tab.click('button[aria-label="Add a note"]');
      await waitFor(() => tab.evaluate<boolean>('!!document.querySelector("#custom-message")'), 'the note step');
      await tab.click('button[aria-label="Send invitation"]');
      await settle();
      expect(await siteClicks(tab)).toEqual(['More', 'Connect', 'Add a note', 'Send invitation']);
      expect(await tab.evaluate<boolean>(INJECTED)).toBe(false);
      await tab.close();
    });

    it('Facebook touch profile by username: the add link naming the numeric id is stopped; the pair is learnt, so the namesake then passes', async () => {
      await watch(browser, { name: 'Jane Doe', facebookUrl: 'https://www.facebook.com/jane.doe.77' });
      const tab = await open(browser, FIXTURE.facebookTouchAlias);
      await tab.click('#actions a[href*="hf=profile_button"]');
      await expectStopped(tab, 'Jane Doe');
      await tab.press('Escape');
      await waitFor(async () => !(await tab.dialog()), 'the dialog to close');
      // The content script tells the worker the pair once the page settled; it is stored on her.
      const aliases = () =>
        browser.inExtension<string>(`(async () => {
          const api = globalThis.browser ?? globalThis.chrome;
          const { state } = await api.storage.local.get('state');
          return JSON.stringify(state.people.map((p) => p.aliases ?? []));
        })()`);
      await waitFor(async () => (await aliases()) === '[["facebook:id:100012345678901"]]', 'the learnt alias', 12_000);
      await tab.close();
      // With the pair known, the namesake (another numeric id) is no longer "may be" her.
      const again = await open(browser, FIXTURE.facebookTouchAlias);
      await again.click('#namesake a[href*="subjectid=100077700001"]');
      await settle();
      expect(await again.dialog()).toBeUndefined();
      expect(await siteClicks(again)).toEqual(['Add Friend']);
      await again.close();
    });

    it('Facebook lite people list: a name-only card of an interviewer is stopped as "may be"; another name passes', async () => {
      await watch(browser, { name: 'Riley Chen' });
      const tab = await open(browser, FIXTURE.facebookLiteCards);
      await tab.click('[data-action-id="41001"]');
      const dialog = await expectStopped(tab, 'Riley Chen');
      expect(dialog.text).toContain('may be Riley Chen');
      await tab.press('Escape');
      await waitFor(async () => !(await tab.dialog()), 'the dialog to close');
      await tab.click('[data-action-id="41011"]');
      await settle();
      expect(await tab.dialog()).toBeUndefined();
      expect(await siteClicks(tab)).toEqual(['+ Add friend']);
      await tab.close();
    });

    it('LinkedIn search results: the card’s Connect is stopped, a Pending on the next card is not', async () => {
      await watch(browser, { name: 'Tess Okafor', linkedinUrl: 'https://www.linkedin.com/in/tess-okafor/' });
      const tab = await open(browser, FIXTURE.linkedinSearch);
      await tab.click('button[aria-label="Invite Tess Okafor to connect"]');
      await expectStopped(tab, 'Tess Okafor');
      await tab.press('Escape');
      await waitFor(async () => !(await tab.dialog()), 'the dialog to close');
      await tab.click('button[aria-label^="Pending"]');
      expect(await siteClicks(tab)).toEqual(['Pending, click to withdraw invitation sent to Victor Hale']);
      expect(await tab.dialog()).toBeUndefined();
      await tab.close();
    });

    it('LinkedIn Follow on an interviewer’s profile passes by default, and is stopped once "hold back Follow and Message" is on', async () => {
      await watch(browser, { name: 'Nora Quinlan', linkedinUrl: 'https://www.linkedin.com/in/nora-quinlan/' });
      const follow = 'section[componentkey$="Topcard"] button[aria-label="Follow Nora Quinlan"]';
      const before = await open(browser, FIXTURE.linkedinMoreMenu);
      await before.click(follow);
      await settle();
      expect(await siteClicks(before)).toEqual(['Follow Nora Quinlan']);
      expect(await before.dialog()).toBeUndefined();
      await before.close();

      await holdBackFollowAndMessage(browser);
      const tab = await open(browser, FIXTURE.linkedinMoreMenu);
      await tab.click(follow);
      await expectStopped(tab, 'Nora Quinlan');
      await tab.close();
    });

    it('Facebook keyboard: Enter on the focused "Ajouter ami(e)" is stopped before the site; Send anyway replays it', async () => {
      await watch(browser, {
        name: 'Inès Moreau',
        facebookUrl: 'https://www.facebook.com/profile.php?id=100088812345',
      });
      const tab = await open(browser, FIXTURE.facebookProfileFr);
      await tab.evaluate('document.querySelector(\'[aria-label="Ajouter ami(e)"]\').focus()');
      await tab.press('Enter');
      await expectStopped(tab, 'Inès Moreau');
      await tab.clickDialogButton('Send anyway');
      await waitFor(async () => (await siteClicks(tab)).length > 0, 'the replayed activation');
      await settle();
      expect(await siteClicks(tab)).toEqual(['Ajouter ami(e)']);
      await tab.close();
    });

    it('Facebook Confirm on an incoming request from an interviewer is stopped', async () => {
      await watch(browser, { name: 'Riley Chen', facebookUrl: 'https://www.facebook.com/profile.php?id=100099900001' });
      const tab = await open(browser, FIXTURE.facebookRequests);
      await tab.click('[aria-label="Confirm"]');
      await expectStopped(tab, 'Riley Chen');
      await tab.close();
    });

    it('LinkedIn invitation dialog on its own route (second safety net): stopped, Esc cancels', async () => {
      await watch(browser, { name: 'Nora Quinlan', linkedinUrl: 'https://www.linkedin.com/in/nora-quinlan/' });
      const tab = await open(browser, FIXTURE.linkedinInviteRoute);
      // The page's own invitation dialog is role=dialog too, so tab.dialog() would find it:
      // ours is known by its host, a <div> under <html> whose shadow root is closed.
      const injected = () => tab.evaluate<boolean>(INJECTED);
      await tab.click('button[aria-label="Send without a note"]');
      await waitFor(injected, 'the interception dialog');
      expect(await siteClicks(tab)).toEqual([]);
      await tab.press('Escape');
      await waitFor(async () => !(await injected()), 'the dialog to close');
      expect(await siteClicks(tab)).toEqual([]);
      // "Add a note" leads to sending the same invitation: stopped too, before a note is written.
      await tab.click('button[aria-label="Add a note"]');
      await waitFor(injected, 'the interception dialog for Add a note');
      expect(await siteClicks(tab)).toEqual([]);
      await tab.close();
    });

    it('a Connect added after load, and after an in-page navigation to another profile, is still stopped', async () => {
      await watch(browser, { name: 'Pat Lindgren', linkedinUrl: 'https://www.linkedin.com/in/pat-lindgren/' });
      const tab = await open(browser, FIXTURE.linkedinProfile);
      // What a single-page app does: change the URL without a reload, then render the new card.
      await tab.evaluate(`(() => {
        history.pushState(null, '', '/in/pat-lindgren/');
        const card = document.querySelector('section[data-member-id]');
        card.replaceChildren();
        const h1 = document.createElement('h1');
        h1.textContent = 'Pat Lindgren';
        const button = document.createElement('button');
        button.setAttribute('aria-label', 'Invite Pat Lindgren to connect');
        button.textContent = 'Connect';
        card.append(h1, button);
        return true;
      })()`);
      await tab.click('button[aria-label="Invite Pat Lindgren to connect"]');
      await expectStopped(tab, 'Pat Lindgren');
      await tab.close();
    });

    it('on a watched profile in an unknown layout, marks the tab (not the page) — on load and after an in-page navigation', async () => {
      await watch(browser, { name: 'Quinn Ashworth', linkedinUrl: 'https://www.linkedin.com/in/quinn-ashworth/' });
      const injected = (tab: Tab) => tab.evaluate<boolean>(INJECTED);
      const direct = await open(browser, FIXTURE.linkedinRedesign);
      await waitFor(async () => (await tabBadge(browser, FIXTURE.linkedinRedesign)) === '!', 'the tab’s badge', 12_000);
      expect(await injected(direct)).toBe(false);
      await direct.close();

      const tab = await open(browser, FIXTURE.linkedinProfile);
      await settle();
      expect(await tabBadge(browser, FIXTURE.linkedinProfile)).not.toBe('!');
      await tab.evaluate(`(() => {
        history.pushState(null, '', '/in/quinn-ashworth/');
        document.querySelector('main').replaceChildren(document.createTextNode('Quinn Ashworth'));
        return true;
      })()`);
      await waitFor(
        async () => (await tabBadge(browser, FIXTURE.linkedinRedesign)) === '!',
        'the badge after navigation',
        12_000,
      );
      expect(await injected(tab)).toBe(false);
      // Navigating on within the page takes the badge away again.
      await tab.evaluate(`(history.pushState(null, '', '/feed/'), true)`);
      await waitFor(
        async () => (await tabBadge(browser, 'https://www.linkedin.com/feed/')) !== '!',
        'the badge to clear',
        12_000,
      );
      await tab.close();
    });
  });
}

// Each browser launches its own instance: its hooks (storage reset, set-up) stay within it.
for (const [name, launch] of BROWSERS) describe(name, () => runDetectionScenarios(launch));
