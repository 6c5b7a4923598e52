// The popup in real Chromium and Firefox: it leads with the next interview (company,
// countdown, interviewers, status as a control), asks for the decision on past interviews in
// one click, and offers to add the person whose LinkedIn or Facebook profile is open in the
// tab — or says where they already are. Serious or critical axe findings fail it too.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { BROWSERS } from './support/browsers.ts';
import { inDays, useBrowser, waitFor, type ExtensionBrowser, type Tab } from './support/driver.ts';
import { FIXTURE } from './support/fixtures.ts';
import { SCREENSHOTS } from './support/screenshots.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Interviewer {
  name: string;
  linkedinUrl?: string;
  facebookUrl?: string;
}

/** Saves an interview through the worker's own message, as the popup form would (the form itself: scenarios.ts). */
async function save(
  browser: ExtensionBrowser,
  company: string,
  days: number,
  people: Interviewer[],
  status = 'scheduled',
) {
  const popup = await browser.openPopup();
  const draft = {
    company,
    role: 'Staff Engineer',
    status,
    notes: '',
    rounds: [
      {
        at: new Date(inDays(days)).toISOString(),
        timeZone: 'UTC',
        label: '',
        interviewers: people.map((p) => ({
          name: p.name,
          linkedinUrl: p.linkedinUrl ?? '',
          facebookUrl: p.facebookUrl ?? '',
        })),
      },
    ],
  };
  const reply = await popup.evaluate<{ ok?: boolean }>(
    `(globalThis.browser ?? globalThis.chrome).runtime.sendMessage(${JSON.stringify({ type: 'saveProcess', draft })})`,
  );
  await popup.close();
  if (!reply?.ok) throw new Error(`could not save ${company}: ${JSON.stringify(reply)}`);
}

const dana = { name: 'Dana Whitfield', linkedinUrl: FIXTURE.linkedinProfile };
const sam = { name: 'Sam Ortega', linkedinUrl: 'https://www.linkedin.com/in/sam-ortega/' };

async function axe(page: Tab): Promise<string[]> {
  await page.evaluate(AXE);
  const result = await page.evaluate<{ violations: Array<{ id: string; impact: string | null; nodes: unknown[] }> }>(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => ({ violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target) })) }))`,
  );
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${JSON.stringify(v.nodes)}`);
}

const people = (popup: Tab) =>
  popup.evaluate<Array<[string, string | null]>>(
    `(globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ type: 'getState' }).then((r) => r.state.people.map((p) => [p.name, p.linkedinUrl ?? p.facebookUrl ?? null]))`,
  );

for (const [name, launch] of BROWSERS)
  describe(name, () => {
    const use = useBrowser(launch);
    let browser: ExtensionBrowser;
    beforeEach(() => {
      browser = use();
    });

    it('leads with the next interview: company, countdown, interviewers; its status is a control', async () => {
      await save(browser, 'Northwind Labs', 5, [dana]);
      await save(browser, 'Contoso', 9, [sam]);
      await save(browser, 'Fabrikam', -3, [{ name: 'Rowan Ellis' }], 'interviewing');
      const popup = await browser.openPopup();
      const next = await waitFor(async () => {
        const text = await popup.text('#interviews li.next');
        return text.includes('Northwind Labs') && text;
      }, 'the next interview');
      expect(next).toContain('in 5 days');
      expect(next).toContain('Dana Whitfield');
      // The form waits behind its button while there is a list to show.
      expect(await popup.evaluate<boolean>('document.getElementById("add-section").hidden')).toBe(true);
      expect(await axe(popup)).toEqual([]);

      await popup.select('Status of Northwind Labs · Staff Engineer', 'Offer received');
      await waitFor(async () => (await popup.text('#toast')).includes('Offer received'), 'the status change');
      await waitFor(
        async () =>
          (await popup.evaluate<string>('document.querySelector("#interviews li.next select").value')) === 'offer',
        'the stored status',
      );

      // Past, with no decision: one click.
      expect(await popup.text('#interviews')).toContain('Any news?');
      await popup.clickButton('Rejected?');
      await waitFor(async () => (await popup.text('#toast')).includes('Fabrikam: Rejected.'), 'the decision');
      await waitFor(async () => !(await popup.text('#interviews')).includes('Any news?'), 'the question to go');

      // "New interview" opens the form at its first field.
      await popup.clickButton('New interview');
      await waitFor(
        async () => (await popup.evaluate<string>('document.activeElement.id')) === 'f-company',
        'focus in the form',
      );
      await popup.close();
    });

    it('adds the person on the open LinkedIn profile to an interview on the list', async () => {
      await save(browser, 'Northwind Labs', 5, [sam]);
      await save(browser, 'Contoso', 12, [{ name: 'Rowan Ellis' }]);
      await save(browser, 'Fabrikam', -3, [{ name: 'Quinn Harper' }], 'awaiting-decision');
      const tab = await browser.newTab();
      await tab.goto(FIXTURE.linkedinProfile);
      const popup = await browser.openPopup(await browser.tabId(FIXTURE.linkedinProfile));
      await waitFor(
        async () => (await popup.text('#profile')).includes('Add Dana Whitfield as an interviewer'),
        'the offer to add the profile',
      );
      await waitFor(async () => (await popup.text('#interviews')).includes('Fabrikam'), 'the list');
      await popup.screenshot(join(SCREENSHOTS, `popup-${browser.name}.png`));
      await popup.clickButton('Add Dana Whitfield as an interviewer');
      await popup.select('Add to', 'Northwind Labs · Staff Engineer');
      expect(await axe(popup)).toEqual([]);
      await popup.clickButton('Add');
      await waitFor(
        async () =>
          (await popup.text('#toast')).includes('Added Dana Whitfield to your interview with Northwind Labs.'),
        'the confirmation',
      );
      await waitFor(
        async () => (await popup.text('#profile')).includes('Dana Whitfield is already on your list.'),
        'the profile to show as on the list',
      );
      expect(await people(popup)).toContainEqual(['Dana Whitfield', FIXTURE.linkedinProfile]);
      expect(await popup.text('#interviews li.next')).toContain('Dana Whitfield');
      if (popup.darkScreenshot) await popup.darkScreenshot(join(SCREENSHOTS, `popup-dark-${browser.name}.png`));
      await popup.close();
      await tab.close();
    });

    it('says which interview and when, for a person already on the list', async () => {
      await save(browser, 'Northwind Labs', 5, [dana]);
      const tab = await browser.newTab();
      await tab.goto(FIXTURE.linkedinProfile);
      const popup = await browser.openPopup(await browser.tabId(FIXTURE.linkedinProfile));
      const said = await waitFor(async () => {
        const text = await popup.text('#profile');
        return text.includes('already on your list') && text;
      }, 'where the person is');
      expect(said).toContain('Dana Whitfield is already on your list.');
      expect(said).toContain('Northwind Labs · Staff Engineer: interview in 5 days');
      expect(said).not.toContain('as an interviewer');
      await popup.close();
      await tab.close();
    });

    it('starts a new interview with the person on the open Facebook profile', async () => {
      const tab = await browser.newTab();
      await tab.goto(FIXTURE.facebookProfile);
      const popup = await browser.openPopup(await browser.tabId(FIXTURE.facebookProfile));
      await waitFor(
        async () => (await popup.text('#profile')).includes('Add Morgan Reyes as an interviewer'),
        'the offer to add the profile',
      );
      // Nothing listed yet: the form is open, and there is no "New interview" to fold it away.
      expect(await popup.evaluate<boolean>('document.getElementById("add-interview").hidden')).toBe(true);
      await popup.clickButton('Add Morgan Reyes as an interviewer');
      await waitFor(
        async () => (await popup.evaluate<string>('document.activeElement.id')) === 'f-company',
        'the form, at the company',
      );
      expect(
        await popup.evaluate<string[]>(
          '["f-rounds-0-interviewers-0-name", "f-rounds-0-interviewers-0-facebookUrl"].map((id) => document.getElementById(id).value)',
        ),
      ).toEqual(['Morgan Reyes', 'https://www.facebook.com/morgan.reyes']);
      await popup.close();
      await tab.close();
    });

    it('ignores a ?tab= that is not a profile tab', async () => {
      const tab = await browser.newTab();
      await tab.goto(FIXTURE.linkedinSearch);
      for (const id of [await browser.tabId('https://www.linkedin.com/search/'), 987_654_321]) {
        const popup = await browser.openPopup(id);
        await waitFor(async () => await popup.evaluate<boolean>('!!document.getElementById("f-company")'), 'the popup');
        expect(await popup.evaluate<boolean>('document.getElementById("profile").hidden')).toBe(true);
        await popup.close();
      }
      await tab.close();
    });
  });
