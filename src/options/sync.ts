// Sync: the switch, what it does and where the data goes, the first merge's summary, what stays
// local when sync storage is full, and every failure. Turning it off asks whether the copy in
// the browser account goes too; the local copy always stays.
import { format, parseISO } from 'date-fns';
import type { SyncReply, SyncView } from '../core/pageMessages.ts';
import { h } from '../ui/dom.ts';
import { part, sayIn, type SectionDeps } from './section.ts';

export function mount(root: HTMLElement, deps: SectionDeps): void {
  const { t } = deps;
  const toggle = part<HTMLInputElement>(root, 'sync-enabled');
  const confirm = part(root, 'sync-off-confirm');
  let shown: SyncView | undefined;

  function show(view: SyncView) {
    shown = view;
    toggle.checked = view.enabled;
    confirm.hidden = true;
    const when = view.lastAt ? format(parseISO(view.lastAt), 'd MMM yyyy, HH:mm', { locale: deps.locale }) : '—';
    const used = Math.ceil((view.bytes ?? 0) / 1024);
    part(root, 'sync-state').textContent = view.enabled ? t('syncIsOn', { when, used }) : t('syncIsOff');
    const summary = part(root, 'sync-summary');
    const first = view.enabled ? view.firstSummary : undefined;
    summary.hidden = !first;
    summary.replaceChildren(
      ...(first
        ? [
            h(
              'p',
              {},
              t('syncSummary', {
                received: first.received,
                updated: first.updated,
                removed: first.removed,
                sent: first.sent,
                merged: first.peopleMerged,
              }),
            ),
            first.settings === 'received' && h('p', {}, t('syncSettingsReceived')),
            first.settings === 'sent' && h('p', {}, t('syncSettingsSent')),
          ].filter((x): x is HTMLParagraphElement => !!x)
        : []),
    );
    const left = view.enabled ? view.notSynced : [];
    part(root, 'sync-not-synced').hidden = left.length === 0;
    part(root, 'sync-not-synced-list').replaceChildren(
      ...left.map((p) => h('li', {}, p.role ? `${p.company} · ${p.role}` : p.company)),
    );
    const problems = [
      view.enabled && view.error,
      view.enabled && view.unreadable ? t('syncUnreadable', { count: view.unreadable }) : '',
    ].filter(Boolean);
    part(root, 'sync-result').textContent = problems.join(' ');
  }

  async function load() {
    const reply = await deps.api.getSync();
    if (!reply.ok) return sayIn(root, 'sync-result', reply.error, deps);
    // Every storage change reloads this; an unchanged view is not redrawn under the user.
    if (JSON.stringify(reply.sync) !== JSON.stringify(shown)) show(reply.sync);
  }

  function answer(reply: SyncReply, said: string) {
    if (!reply.ok) {
      if (shown) show(shown);
      return sayIn(root, 'sync-result', reply.error, deps);
    }
    show(reply.sync);
    deps.announce(said);
  }

  toggle.addEventListener('change', () => {
    if (toggle.checked) {
      toggle.disabled = true;
      void deps.api.setSync(true).then((reply) => {
        toggle.disabled = false;
        answer(reply, t('syncTurnedOn'));
      });
      return;
    }
    // Off is not applied yet: the user first says what becomes of the synced copy.
    confirm.hidden = false;
    part(root, 'sync-off-keep').focus();
  });
  const turnOff = (removeSynced: boolean) =>
    void deps.api.setSync(false, removeSynced).then((reply) => answer(reply, t('syncTurnedOff')));
  part(root, 'sync-off-keep').addEventListener('click', () => turnOff(false));
  part(root, 'sync-off-remove').addEventListener('click', () => turnOff(true));
  part(root, 'sync-off-cancel').addEventListener('click', () => {
    toggle.checked = true;
    confirm.hidden = true;
    toggle.focus();
  });

  deps.onStored(() => void load());
  void load();
}
