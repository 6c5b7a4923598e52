// The options page: everything in the popup at full size, plus search, settings, and the
// user's data (JSON backup, calendar files, records kept aside). Like the popup it never
// writes storage: every change is a message to the worker.
import { format, parseISO } from 'date-fns';
import { exportBackup } from '../core/backup/envelope.ts';
import { toCsv } from '../core/csv.ts';
import { parseIcs, type ImportedEvent } from '../core/ics/read.ts';
import { exportIcs } from '../core/ics/write.ts';
import type { ProcessDraft } from '../core/processForm.ts';
import type { StateReply } from '../core/pageMessages.ts';
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
    showSettings(next);
    renderHistory(next);
    renderQuarantine(next);
  },
  onReply: showStored,
});
const { announce } = view;
const show = (next: State, problems: string[] = []) => view.show(next, problems);

search.addEventListener('input', () => state && show(state));

// Settings ------------------------------------------------------------------------------------

const NUMBERS = ['overdueAfterDays', 'quietDaysAfterClose'] as const;
const SWITCHES = ['askAgainAfterSendAnyway', 'guardFollowAndMessage', 'remindDayBefore', 'remindHourBefore', 'notifyConnectNow', 'showBadge'] as const;
/** The settings revision the form was filled from: a save built on an older one is refused. */
let settingsRevision: number | undefined;
/** The user changed something in the form since it was filled. */
let settingsDirty = false;
const settingsNotice = byId<HTMLDivElement>('settings-changed');
settingsForm.addEventListener('input', () => (settingsDirty = true));
settingsForm.addEventListener('change', () => (settingsDirty = true));

function fillSettings(settings: State['settings'], revision: number) {
  settingsRevision = revision;
  settingsDirty = false;
  settingsNotice.hidden = true;
  for (const key of NUMBERS) byId<HTMLInputElement>(key).value = String(settings[key]);
  for (const key of SWITCHES) byId<HTMLInputElement>(key).checked = settings[key];
  const radio = document.querySelector<HTMLInputElement>(`input[name="friction"][value="${settings.friction}"]`);
  if (radio) radio.checked = true;
}

/**
 * Follows the stored settings: an untouched form is refilled; a form with the user's input
 * keeps it and says the settings changed elsewhere (an import, another tab), offering to load
 * them — the worker refuses to save the form over them anyway.
 */
function showSettings(current: State) {
  if (settingsRevision === current.settingsRevision) return;
  if (settingsRevision === undefined || !settingsDirty) return fillSettings(current.settings, current.settingsRevision);
  settingsNotice.replaceChildren(
    h('p', {}, t('settingsChangedElsewhere')),
    h('button', { attrs: { type: 'button' }, on: { click: () => fillSettings(current.settings, current.settingsRevision) } }, t('loadLatest')),
  );
  settingsNotice.hidden = false;
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
  void api.saveSettings(parsed.data, settingsRevision ?? 0).then((reply) => {
    // Said next to the form (and announced): the user's input stays in it.
    if (!reply.ok) return sayIn('settings-result', reply.error);
    sayIn('settings-result', '');
    announce(t('settingsSaved'));
    settingsDirty = false;
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

/**
 * Says `message` in the section where the user acted (the toast is at the top of a long page,
 * possibly out of sight) and announces it; an empty message clears the section's line.
 */
function sayIn(id: string, message: string) {
  byId(id).textContent = message;
  if (message) announce(message);
}

/** The stored state for an export, or undefined after saying why it cannot be read. */
async function storedState(resultId: string): Promise<State | undefined> {
  const reply = await api.getState();
  if (reply.ok) return reply.state;
  sayIn(resultId, reply.error);
  return undefined;
}

byId('export-json').addEventListener('click', async () => {
  const current = await storedState('data-result');
  if (!current) return;
  sayIn('data-result', '');
  download(`offer-first-backup-${stamp()}.json`, 'application/json', exportBackup(current, new Date()));
  announce(t('exportedJson'));
});

byId('export-ics').addEventListener('click', async () => {
  const current = await storedState('data-result');
  if (!current) return;
  sayIn('data-result', '');
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
    await view.refresh();
  })();
});

byId('restore').addEventListener('click', async () => {
  const reply = await api.restoreBackup();
  if (!reply.ok) return sayIn('data-result', reply.error);
  sayIn('data-result', '');
  announce(t('restored'));
  await view.refresh();
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
  const current = await storedState('history-result');
  if (!current) return;
  sayIn('history-result', '');
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

/** What getState answers besides the state: the pre-import copy, misses, recent deletions. */
function showStored(reply: StateReply) {
  byId('restore-row').hidden = !reply.backupSavedAt;
  const misses = Object.entries(reply.missCounts ?? {}).filter(([, n]) => n > 0);
  byId('misses').hidden = misses.length === 0;
  byId('misses').textContent = misses.length
    ? t('misses', { counts: misses.map(([site, n]) => `${SITE[site as keyof typeof SITE]} ${n}`).join(', ') })
    : '';
  byId('restore-text').textContent = reply.backupSavedAt
    ? t('restoreAvailable', { when: format(parseISO(reply.backupSavedAt), 'd MMM yyyy, HH:mm', { locale }) })
    : '';
  renderDeleted(reply.recentlyDeleted);
}

// Recently deleted: Undo after the popup closed, each entry restoring exactly its deletion.
function renderDeleted(list: StateReply['recentlyDeleted']) {
  byId('deleted-section').hidden = list.length === 0;
  byId('deleted').replaceChildren(
    ...list.map((d) => {
      const name = d.role ? `${d.company} · ${d.role}` : d.company;
      const undo = async () => {
        const reply = await api.undoDelete(d.id);
        if (!reply.ok) return sayIn('deleted-result', reply.error);
        sayIn('deleted-result', '');
        announce(t('undeleted', { company: d.company }));
        await view.refresh();
      };
      return h(
        'li',
        {},
        h('span', {}, t('deletedOn', { name, when: format(parseISO(d.deletedAt), 'd MMM yyyy, HH:mm', { locale }) })),
        ' ',
        h('button', { attrs: { type: 'button', 'aria-label': t('undoDeleteLabel', { name }) }, on: { click: () => void undo() } }, t('undo')),
      );
    }),
  );
}

void view.refresh();
void renderHostAccess(byId('access'));
