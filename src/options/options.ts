// The options page: everything in the popup at full size, plus search, settings, and the
// user's data (JSON backup, calendar files, records kept aside). Like the popup it never
// writes storage: every change is a message to the worker.
import { format, parseISO } from 'date-fns';
import { exportBackup } from '../core/backup.ts';
import { toCsv } from '../core/csv.ts';
import { exportIcs, parseIcs, type ImportedEvent } from '../core/ics.ts';
import type { ProcessDraft } from '../core/processForm.ts';
import { Settings, type State } from '../core/schema.ts';
import { api } from '../ui/api.ts';
import { byId, h, present } from '../ui/dom.ts';
import { renderHostAccess } from '../ui/hostAccess.ts';
import { locale, localize, t } from '../ui/i18n.ts';
import { mountInterviewsView } from '../ui/interviewsView.ts';

localize();

const search = byId<HTMLInputElement>('search');
const settingsForm = byId<HTMLFormElement>('settings');
let state: State | undefined;

const view = mountInterviewsView({
  full: true,
  query: () => search.value,
  onShow(next) {
    state = next;
    const empty = byId('empty');
    empty.textContent = next.processes.length ? t('noMatch') : t('noInterviews');
    showSettings(next.settings);
    renderHistory(next);
    renderQuarantine(next);
  },
});
const { announce } = view;
const show = (next: State, problems: string[] = []) => view.show(next, problems);

search.addEventListener('input', () => state && show(state));

// Settings ------------------------------------------------------------------------------------

const NUMBERS = ['overdueAfterDays', 'quietDaysAfterClose'] as const;
const SWITCHES = ['askAgainAfterSendAnyway', 'guardFollowAndMessage', 'remindDayBefore', 'remindHourBefore', 'notifyConnectNow', 'showBadge'] as const;
let settingsShown = false;

/** Fills the settings form once; later re-renders must not overwrite what the user is typing. */
function showSettings(settings: State['settings']) {
  if (settingsShown) return;
  settingsShown = true;
  for (const key of NUMBERS) byId<HTMLInputElement>(key).value = String(settings[key]);
  for (const key of SWITCHES) byId<HTMLInputElement>(key).checked = settings[key];
  const radio = document.querySelector<HTMLInputElement>(`input[name="friction"][value="${settings.friction}"]`);
  if (radio) radio.checked = true;
}

settingsForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const read = (key: string) => Number(byId<HTMLInputElement>(key).value);
  const candidate = {
    overdueAfterDays: read('overdueAfterDays'),
    quietDaysAfterClose: read('quietDaysAfterClose'),
    friction: document.querySelector<HTMLInputElement>('input[name="friction"]:checked')?.value ?? 'none',
    ...Object.fromEntries(SWITCHES.map((key) => [key, byId<HTMLInputElement>(key).checked])),
  };
  const messages = { overdueAfterDays: t('settingOverdueError'), quietDaysAfterClose: t('settingQuietError') };
  const parsed = Settings.safeParse(candidate);
  for (const key of NUMBERS) {
    const bad = !parsed.success && parsed.error.issues.some((i) => i.path[0] === key);
    byId(`${key}-error`).textContent = bad ? messages[key] : '';
    byId(key).toggleAttribute('aria-invalid', bad);
  }
  if (!parsed.success) return announce(t('settingsNotSaved'));
  void api.saveSettings(parsed.data).then((reply) => {
    if (!reply.ok) return announce(reply.error);
    announce(t('settingsSaved'));
    show(reply.state);
  });
});

// Data: export --------------------------------------------------------------------------------

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { attrs: { href: url, download: name } });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: Firefox starts the download asynchronously and needs the URL meanwhile.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const stamp = () => format(new Date(), 'yyyy-MM-dd');

byId('export-json').addEventListener('click', async () => {
  const { state: current } = await api.getState();
  download(`offer-first-backup-${stamp()}.json`, 'application/json', exportBackup(current, new Date()));
  announce(t('exportedJson'));
});

byId('export-ics').addEventListener('click', async () => {
  const { state: current } = await api.getState();
  download(`offer-first-interviews-${stamp()}.ics`, 'text/calendar', exportIcs(current, new Date()));
  announce(t('exportedIcs'));
});

// Data: import a backup -------------------------------------------------------------------------

const importResult = byId<HTMLDivElement>('import-json-result');
byId<HTMLFormElement>('import-json').addEventListener('submit', (event) => {
  event.preventDefault();
  void (async () => {
    const file = byId<HTMLInputElement>('import-json-file').files?.[0];
    if (!file) return importResult.replaceChildren(h('p', { class: 'error' }, t('importChooseFile')));
    const mode = (document.querySelector<HTMLInputElement>('input[name="mode"]:checked')?.value ?? 'merge') as 'merge' | 'replace';
    const reply = await api.importBackup(await file.text(), mode);
    if (!reply.ok) {
      importResult.replaceChildren(
        h('p', { class: 'error' }, t('importFailed')),
        h('ul', { class: 'error-list' }, ...reply.errors.slice(0, 50).map((e) => h('li', {}, e))),
      );
      return;
    }
    const { added, updated, unchanged } = reply.summary;
    importResult.replaceChildren(
      ...present(
        h('p', {}, t('importDone', { added, updated, unchanged })),
        reply.problems.length > 0 && h('ul', {}, ...reply.problems.map((p) => h('li', {}, p))),
      ),
    );
    await refresh();
  })();
});

byId('restore').addEventListener('click', async () => {
  const reply = await api.restoreBackup();
  if (!reply.ok) return announce(reply.error);
  announce(t('restored'));
  await refresh();
});

// Data: import a calendar file ------------------------------------------------------------------

const icsResult = byId<HTMLDivElement>('import-ics-result');
byId<HTMLInputElement>('import-ics-file').addEventListener('change', async (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (!file) return;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const parsed = parseIcs(await file.text(), new Date(), { defaultTimeZone: zone });
  if (!parsed.ok) return icsResult.replaceChildren(h('p', { class: 'error' }, parsed.reason));
  if (parsed.events.length === 0)
    return icsResult.replaceChildren(h('p', { class: 'error' }, t('icsNothing')));
  renderIcsChoices(parsed.events, parsed.skipped);
});

function renderIcsChoices(events: ImportedEvent[], skipped: Array<{ summary: string; reason: string }>) {
  const rows = events.map((event, index) => {
    const pick = h('input', { id: `ics-${index}`, attrs: { type: 'checkbox', checked: true } });
    const company = h('input', { id: `ics-${index}-company`, attrs: { value: event.company } });
    const role = h('input', { id: `ics-${index}-role`, attrs: { value: event.role } });
    const people = event.interviewers.map((person, p) => ({
      person,
      box: h('input', { id: `ics-${index}-p${p}`, attrs: { type: 'checkbox', checked: true } }),
    }));
    const element = h(
      'fieldset',
      {},
      h('legend', {}, `${event.summary || t('icsUntitled')} — ${format(parseISO(event.at), 'EEE d MMM yyyy, HH:mm', { locale })}`),
      h('label', { class: 'inline', attrs: { for: pick.id } }, pick, t('icsImportThis')),
      h('div', { class: 'field' }, h('label', { attrs: { for: company.id } }, t('fieldCompany')), company),
      h('div', { class: 'field' }, h('label', { attrs: { for: role.id } }, t('fieldRole')), role),
      people.length > 0 &&
        h(
          'div',
          {},
          h('p', {}, t('icsInterviewers')),
          ...people.map(({ person, box }) => h('label', { class: 'inline', attrs: { for: box.id } }, box, person.name)),
        ),
      h('p', { class: 'error', id: `ics-${index}-error` }),
    );
    return { event, pick, company, role, people, element };
  });

  const add = h('button', { class: 'primary', attrs: { type: 'button' } }, t('icsAddSelected'));
  add.addEventListener('click', async () => {
    let added = 0;
    for (const row of rows.filter((r) => r.pick.checked)) {
      const draft: ProcessDraft = {
        company: row.company.value,
        role: row.role.value,
        status: 'scheduled',
        notes: row.event.description?.slice(0, 4000) ?? '',
        rounds: [
          {
            at: row.event.at,
            timeZone: row.event.timeZone,
            label: '',
            interviewers: row.people
              .filter((p) => p.box.checked)
              .map((p) => ({ name: p.person.name, linkedinUrl: '', facebookUrl: '' })),
          },
        ],
      };
      const reply = await api.saveProcess(draft);
      const error = byId(`ics-${rows.indexOf(row)}-error`);
      if (reply.ok) {
        added++;
        row.pick.checked = false;
        error.textContent = '';
        show(reply.state);
      } else {
        error.textContent = Object.values(reply.errors).join(' ');
      }
    }
    announce(t('icsAdded', { count: added }));
  });

  icsResult.replaceChildren(
    ...present(
      ...rows.map((r) => r.element),
      skipped.length > 0 &&
        h('div', {}, h('p', {}, t('icsSkipped')), h('ul', {}, ...skipped.map((s) => h('li', {}, `${s.summary}: ${s.reason}`)))),
      add,
    ),
  );
}

// History ---------------------------------------------------------------------------------------

const OUTCOME_KEY: Record<State['history'][number]['outcome'], string> = {
  shown: 'outcomeShown',
  cancelled: 'outcomeCancelled',
  reminded: 'outcomeReminded',
  offer: 'outcomeOffer',
  'sent-anyway': 'outcomeSentAnyway',
};
const outcome = (o: State['history'][number]['outcome']) => t(OUTCOME_KEY[o]);
const SITE = { linkedin: 'LinkedIn', facebook: 'Facebook' } as const;

function renderHistory(current: State) {
  const rows = [...current.history].reverse();
  byId('history-empty').hidden = rows.length > 0;
  byId('history').hidden = rows.length === 0;
  byId('history').querySelector('tbody')!.replaceChildren(
    ...rows.map((entry) =>
      h(
        'tr',
        {},
        h('td', {}, format(parseISO(entry.at), 'd MMM yyyy, HH:mm', { locale })),
        h('td', {}, entry.personName),
        h('td', {}, SITE[entry.site]),
        h('td', {}, entry.company),
        h('td', {}, entry.note ? `${outcome(entry.outcome)}: “${entry.note}”` : outcome(entry.outcome)),
      ),
    ),
  );
}

byId('export-history').addEventListener('click', async () => {
  const { state: current } = await api.getState();
  const csv = toCsv([
    ['when', 'person', 'site', 'request', 'company', 'reason', 'outcome', 'note'],
    ...current.history.map((e) => [e.at, e.personName, e.site, e.kind, e.company, e.reason, e.outcome, e.note ?? '']),
  ]);
  download(`offer-first-history-${stamp()}.csv`, 'text/csv', csv);
  announce(t('exportedHistory'));
});

// Records kept aside ----------------------------------------------------------------------------

function renderQuarantine(current: State) {
  byId('quarantine-section').hidden = current.quarantine.length === 0;
  byId('quarantine').replaceChildren(
    ...current.quarantine.map((q) => h('li', {}, t('quarantineKept', { reason: q.reason, date: format(parseISO(q.keptAt), 'd MMM yyyy', { locale }) }))),
  );
}

async function refresh() {
  const reply = await api.getState();
  show(reply.state, reply.problems);
  byId('restore-row').hidden = !reply.backupSavedAt;
  const misses = Object.entries(reply.missCounts ?? {}).filter(([, n]) => n > 0);
  byId('misses').hidden = misses.length === 0;
  byId('misses').textContent = misses.length
    ? t('misses', { counts: misses.map(([site, n]) => `${SITE[site as keyof typeof SITE]} ${n}`).join(', ') })
    : '';
  byId('restore-text').textContent = reply.backupSavedAt
    ? t('restoreAvailable', { when: format(parseISO(reply.backupSavedAt), 'd MMM yyyy, HH:mm', { locale }) })
    : '';
}

void refresh();
void renderHostAccess(byId('access'));
