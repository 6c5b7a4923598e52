// Issue 14 end to end in real Chromium and Firefox ESR: comment pacing on a watched
// interviewer's posts (the first two posts go through untouched, a third is held with the
// dialog, Cancel keeps it from the site, Post anyway lets it through, another author's post is
// never touched) on LinkedIn and Facebook fixtures; and an invitation already pending on a
// watched profile, shown once in the popup until "Leave it".
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { watch } from './support/interviewers.ts';
import { useBrowser, waitFor, type ExtensionBrowser, type Tab } from './support/driver.ts';
import { BROWSERS } from './support/browsers.ts';
import { SCREENSHOTS } from './support/screenshots.ts';

const KATE_LINKEDIN = { name: 'Kate Ashby', linkedinUrl: 'https://www.linkedin.com/in/kate-ashby/' };
const KATE_FACEBOOK = { name: 'Kate Ashby', facebookUrl: 'https://www.facebook.com/kate.ashby.9' };
const LINKEDIN_FEED = 'https://www.linkedin.com/feed/?sortBy=RELEVANCE';
const LINKEDIN_ACTIVITY = 'https://www.linkedin.com/in/kate-ashby/recent-activity/all/';
const FACEBOOK_FEED = 'https://www.facebook.com/?sk=h_chr';
const FACEBOOK_TIMELINE = 'https://www.facebook.com/kate.ashby.9';

const siteComments = (tab: Tab) => tab.evaluate<string[]>('window.__siteComments');
const storedKey = <T>(browser: ExtensionBrowser, key: string) =>
  browser.inExtension<T>(
    `(globalThis.browser ?? globalThis.chrome).storage.local.get('${key}').then((r) => r['${key}'])`,
  );

/** Opens a fixture and waits until the page is loaded and the document_idle script had its turn. */
async function open(browser: ExtensionBrowser, url: string): Promise<Tab> {
  const tab = await browser.newTab();
  await tab.goto(url);
  await waitFor(() => tab.evaluate<boolean>("document.readyState === 'complete'"), 'the page to load');
  // The comment pacer arrives with the document_idle script, right after load; nothing in the
  // page says when (by design), so leave it a moment as a user would before typing a comment.
  await new Promise((r) => setTimeout(r, 500));
  return tab;
}

async function reaches(tab: Tab, id: string) {
  await waitFor(async () => (await siteComments(tab)).includes(id), `${id} to reach the site`, 10_000);
}

for (const [name, launch] of BROWSERS) {
  describe(name, () => {
    const use = useBrowser(launch);
    beforeAll(() => mkdirSync(SCREENSHOTS, { recursive: true }));

    it('LinkedIn: two posts go through, the third is held; Cancel keeps it, Post anyway sends it', async () => {
      const browser = use();
      await watch(browser, KATE_LINKEDIN);
      const feed = await open(browser, LINKEDIN_FEED);
      // A page script's click on a watched post's submit button is never held or reported.
      const probe = `(() => {
        document.querySelector('#post-kate-submit').dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
        const reached = window.__siteComments.splice(0);
        return reached.length === 1;
      })()`;
      expect(await feed.evaluate<boolean>(probe)).toBe(true);
      await feed.click('#post-leo-submit'); // another author's post: untouched
      await reaches(feed, 'post-leo-submit');
      await feed.click('#post-kate-submit'); // Kate's first post
      await reaches(feed, 'post-kate-submit');
      await feed.click('#reply-kate-submit'); // a reply in the same post counts once
      await reaches(feed, 'reply-kate-submit');
      expect(await feed.dialog()).toBeUndefined();
      expect(await storedKey<{ entries: Array<{ posts: string[] }> }>(browser, 'commentPacing')).toEqual({
        entries: [{ personId: expect.any(String), processId: expect.any(String), posts: ['li:activity:7001'] }],
      });
      await feed.close();

      const activity = await open(browser, LINKEDIN_ACTIVITY);
      await activity.click('#activity-first-submit'); // her second post
      await reaches(activity, 'activity-first-submit');
      await activity.click('#activity-second-submit'); // a third: held
      const dialog = await waitFor(() => activity.dialog(), 'the pacing dialog', 10_000);
      expect(dialog.text).toContain('Another comment for Kate Ashby?');
      expect(dialog.text).toContain('starts to feel like pressure');
      await activity.screenshot(join(SCREENSHOTS, `comment-pacing-${browser.name}.png`));
      await activity.clickDialogButton('Cancel');
      await waitFor(async () => !(await activity.dialog()), 'the dialog to close');
      expect(await siteComments(activity)).toEqual(['activity-first-submit']);

      await activity.click('#activity-second-submit');
      await waitFor(() => activity.dialog(), 'the pacing dialog again', 10_000);
      await activity.clickDialogButton('Post anyway');
      await reaches(activity, 'activity-second-submit');
      expect(await siteComments(activity)).toEqual(['activity-first-submit', 'activity-second-submit']);
      await waitFor(
        async () =>
          (await storedKey<{ entries: Array<{ posts: string[] }> }>(browser, 'commentPacing'))?.entries[0]?.posts
            .length === 3,
        'three posts counted',
      );

      const popup = await browser.openPopup();
      await waitFor(
        async () =>
          (await popup.text('#pacing')).includes('Kate Ashby: commented on 3 posts, more than the 2 suggested'),
        'the popup count',
        10_000,
      );
      await popup.close();
      await activity.close();
    });

    it('Facebook: Enter in the comment box is paced the same way; another author’s post is untouched', async () => {
      const browser = use();
      await watch(browser, KATE_FACEBOOK);
      const timeline = await open(browser, FACEBOOK_TIMELINE);
      for (const id of ['timeline-first-box', 'timeline-second-box']) {
        await timeline.click(`#${id}`);
        await timeline.press('Enter');
        await reaches(timeline, id);
      }
      expect(await timeline.dialog()).toBeUndefined();
      await timeline.close();

      const feed = await open(browser, FACEBOOK_FEED);
      await feed.click('#leo-box');
      await feed.press('Enter');
      await reaches(feed, 'leo-box');
      await feed.click('#kate-box');
      await feed.press('Enter');
      const dialog = await waitFor(() => feed.dialog(), 'the pacing dialog', 10_000);
      expect(dialog.text).toContain('Another comment for Kate Ashby?');
      expect(await siteComments(feed)).toEqual(['leo-box']);
      await feed.clickDialogButton('Post anyway');
      await reaches(feed, 'kate-box');
      await feed.close();
    });

    it('a pending invitation on a watched profile: the popup says it once, until "Leave it"', async () => {
      const browser = use();
      await watch(browser, KATE_LINKEDIN);
      const profile = await open(browser, 'https://www.linkedin.com/in/kate-ashby/');
      await waitFor(
        async () => (await storedKey<{ entries: unknown[] }>(browser, 'pendingInvitations'))?.entries.length === 1,
        'the pending invitation to be noted',
        15_000,
      );
      await profile.close();
      const popup = await browser.openPopup();
      await waitFor(
        async () => (await popup.text('#pacing')).includes('An invitation to Kate Ashby is still pending'),
        'the popup notice',
        10_000,
      );
      expect(await popup.text('#pacing a')).toBe('Open sent invitations');
      await popup.screenshot(join(SCREENSHOTS, `popup-pending-${browser.name}.png`));
      await popup.clickButton('Leave it');
      await waitFor(async () => !(await popup.text('#pacing')).includes('still pending'), 'the notice to go');
      await popup.close();
    });
  });
}
