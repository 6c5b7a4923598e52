// @vitest-environment happy-dom
// The settings section: filled from the stored settings, saved through the worker with the
// revision it was filled from, and honest about bad input, refusals and changes made elsewhere.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, emptyState, type State } from '../../../src/core/schema.ts';
import { mount } from '../../../src/options/settings.ts';
import { EN } from '../support/words.ts';
import { fakeDeps, section, settle } from './page.ts';

const withSettings = (settings: Partial<State['settings']>, settingsRevision: number): State => ({
  ...emptyState(),
  settings: { ...DEFAULT_SETTINGS, ...settings },
  settingsRevision,
});
const input = (id: string) => document.getElementById(id) as HTMLInputElement;
const submit = () => document.getElementById('settings')!.dispatchEvent(new Event('submit', { cancelable: true }));

describe('options: settings', () => {
  it('shows the stored settings and saves the edited form with the revision it was filled from', async () => {
    const fake = fakeDeps();
    mount(section('settings-section'), fake.deps);
    fake.emitState(withSettings({ overdueAfterDays: 30, friction: 'countdown', showBadge: false }, 4));
    expect(input('overdueAfterDays').value).toBe('30');
    expect(input('showBadge').checked).toBe(false);
    expect((document.querySelector('input[name="friction"]:checked') as HTMLInputElement).value).toBe('countdown');

    const saved = withSettings({ overdueAfterDays: 14, friction: 'countdown', showBadge: false }, 5);
    fake.replies.saveSettings = { ok: true, state: saved };
    input('overdueAfterDays').value = '14';
    submit();
    await settle();
    expect(fake.sent).toEqual([
      {
        type: 'saveSettings',
        args: [{ ...DEFAULT_SETTINGS, overdueAfterDays: 14, friction: 'countdown', showBadge: false }, 4],
      },
    ]);
    expect(fake.announced).toEqual([EN['settingsSaved']]);
    expect(fake.shown).toEqual([saved]);
  });

  it('refuses a number out of range next to its field, sending nothing', () => {
    const fake = fakeDeps();
    mount(section('settings-section'), fake.deps);
    fake.emitState(withSettings({}, 1));
    input('overdueAfterDays').value = '0';
    submit();
    expect(document.getElementById('overdueAfterDays-error')!.textContent).toBe(EN['settingOverdueError']);
    expect(input('overdueAfterDays').hasAttribute('aria-invalid')).toBe(true);
    expect(fake.announced).toEqual([EN['settingsNotSaved']]);
    expect(fake.sent).toEqual([]);
  });

  it("shows the worker's refusal in the section and keeps the user's input", async () => {
    const fake = fakeDeps({ saveSettings: { ok: false, error: 'The settings changed meanwhile.' } });
    mount(section('settings-section'), fake.deps);
    fake.emitState(withSettings({}, 1));
    input('quietDaysAfterClose').value = '9';
    submit();
    await settle();
    expect(document.getElementById('settings-result')!.textContent).toBe('The settings changed meanwhile.');
    expect(fake.announced).toEqual(['The settings changed meanwhile.']);
    expect(input('quietDaysAfterClose').value).toBe('9');
  });

  it('keeps an edited form when the settings change elsewhere, and offers to load them', () => {
    const fake = fakeDeps();
    const root = section('settings-section');
    mount(root, fake.deps);
    fake.emitState(withSettings({}, 1));
    input('overdueAfterDays').value = '40';
    document.getElementById('settings')!.dispatchEvent(new Event('input'));
    fake.emitState(withSettings({ overdueAfterDays: 7 }, 2));
    const notice = document.getElementById('settings-changed')!;
    expect(notice.hidden).toBe(false);
    expect(notice.textContent).toContain(EN['settingsChangedElsewhere']);
    expect(input('overdueAfterDays').value).toBe('40');
    notice.querySelector('button')!.click();
    expect(input('overdueAfterDays').value).toBe('7');
    expect(notice.hidden).toBe(true);
  });
});
