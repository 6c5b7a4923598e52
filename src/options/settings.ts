// Settings: a form filled from the stored settings and saved through the worker, which refuses a
// save built on settings that changed since the form was filled.
import { Settings, type State } from '../core/schema.ts';
import { h } from '../ui/dom.ts';
import { part, sayIn, type SectionDeps } from './section.ts';

const NUMBERS = ['overdueAfterDays', 'quietDaysAfterClose'] as const;
const SWITCHES = [
  'askAgainAfterSendAnyway',
  'guardFollowAndMessage',
  'remindDayBefore',
  'remindHourBefore',
  'notifyConnectNow',
  'showBadge',
] as const;

export function mount(root: HTMLElement, deps: SectionDeps): void {
  const { t } = deps;
  const form = part<HTMLFormElement>(root, 'settings');
  const notice = part<HTMLDivElement>(root, 'settings-changed');
  const input = (key: string) => part<HTMLInputElement>(root, key);
  /** The settings revision the form was filled from: a save built on an older one is refused. */
  let revision: number | undefined;
  /** The user changed something in the form since it was filled. */
  let dirty = false;
  form.addEventListener('input', () => (dirty = true));
  form.addEventListener('change', () => (dirty = true));

  function fill(settings: State['settings'], from: number) {
    revision = from;
    dirty = false;
    notice.hidden = true;
    for (const key of NUMBERS) input(key).value = String(settings[key]);
    for (const key of SWITCHES) input(key).checked = settings[key];
    const radio = root.querySelector<HTMLInputElement>(`input[name="friction"][value="${settings.friction}"]`);
    if (radio) radio.checked = true;
  }

  // Follows the stored settings: an untouched form is refilled; a form with the user's input
  // keeps it and says the settings changed elsewhere (an import, another tab), offering to load
  // them — the worker refuses to save the form over them anyway.
  deps.onState((current) => {
    if (revision === current.settingsRevision) return;
    if (revision === undefined || !dirty) return fill(current.settings, current.settingsRevision);
    notice.replaceChildren(
      h('p', {}, t('settingsChangedElsewhere')),
      h(
        'button',
        { attrs: { type: 'button' }, on: { click: () => fill(current.settings, current.settingsRevision) } },
        t('loadLatest'),
      ),
    );
    notice.hidden = false;
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const read = (key: string) => Number(input(key).value);
    const candidate = {
      overdueAfterDays: read('overdueAfterDays'),
      quietDaysAfterClose: read('quietDaysAfterClose'),
      friction: root.querySelector<HTMLInputElement>('input[name="friction"]:checked')?.value ?? 'none',
      ...Object.fromEntries(SWITCHES.map((key) => [key, input(key).checked])),
    };
    const messages = { overdueAfterDays: t('settingOverdueError'), quietDaysAfterClose: t('settingQuietError') };
    const parsed = Settings.safeParse(candidate);
    for (const key of NUMBERS) {
      const bad = !parsed.success && parsed.error.issues.some((i) => i.path[0] === key);
      part(root, `${key}-error`).textContent = bad ? messages[key] : '';
      input(key).toggleAttribute('aria-invalid', bad);
    }
    if (!parsed.success) return deps.announce(t('settingsNotSaved'));
    void deps.api.saveSettings(parsed.data, revision ?? 0).then((reply) => {
      // Said next to the form (and announced): the user's input stays in it.
      if (!reply.ok) return sayIn(root, 'settings-result', reply.error, deps);
      sayIn(root, 'settings-result', '', deps);
      deps.announce(t('settingsSaved'));
      dirty = false;
      deps.show(reply.state);
    });
  });
}
