// The user's data as files: a JSON backup and a calendar out, a backup in (merged or replacing,
// checked whole by the worker), and the restore point the worker keeps from before an import.
import { parseISO, format } from 'date-fns';
import { exportBackup } from '../core/backup/envelope.ts';
import { exportIcs } from '../core/ics/write.ts';
import { h, present } from '../ui/dom.ts';
import { part, sayIn, stamp, storedState, WHEN, type SectionDeps } from './section.ts';

/** At most this many import errors are listed: past it the user needs the first ones, not all. */
const MAX_LISTED_ERRORS = 50;

export function mount(root: HTMLElement, deps: SectionDeps): void {
  const { t } = deps;

  part(root, 'export-json').addEventListener('click', async () => {
    const current = await storedState(root, 'data-result', deps);
    if (!current) return;
    sayIn(root, 'data-result', '', deps);
    deps.download(`offer-first-backup-${stamp(deps)}.json`, 'application/json', exportBackup(current, deps.now()));
    deps.announce(t('exportedJson'));
  });

  part(root, 'export-ics').addEventListener('click', async () => {
    const current = await storedState(root, 'data-result', deps);
    if (!current) return;
    sayIn(root, 'data-result', '', deps);
    deps.download(`offer-first-interviews-${stamp(deps)}.ics`, 'text/calendar', exportIcs(current, deps.now(), t));
    deps.announce(t('exportedIcs'));
  });

  const importResult = part<HTMLDivElement>(root, 'import-json-result');
  part<HTMLFormElement>(root, 'import-json').addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      const file = part<HTMLInputElement>(root, 'import-json-file').files?.[0];
      if (!file) return importResult.replaceChildren(h('p', { class: 'error' }, t('importChooseFile')));
      const mode = (root.querySelector<HTMLInputElement>('input[name="mode"]:checked')?.value ?? 'merge') as
        'merge' | 'replace';
      const reply = await deps.api.importBackup(await file.text(), mode);
      if (!reply.ok) {
        importResult.replaceChildren(
          h('p', { class: 'error' }, t('importFailed')),
          h('ul', { class: 'error-list' }, ...reply.errors.slice(0, MAX_LISTED_ERRORS).map((e) => h('li', {}, e))),
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
      await deps.refresh();
    })();
  });

  part(root, 'restore').addEventListener('click', async () => {
    const reply = await deps.api.restoreBackup();
    if (!reply.ok) return sayIn(root, 'data-result', reply.error, deps);
    sayIn(root, 'data-result', '', deps);
    deps.announce(t('restored'));
    await deps.refresh();
  });

  deps.onStored((reply) => {
    part(root, 'restore-row').hidden = !reply.backupSavedAt;
    part(root, 'restore-text').textContent = reply.backupSavedAt
      ? t('restoreAvailable', {
          when: format(parseISO(reply.backupSavedAt), WHEN, { locale: deps.locale }),
        })
      : '';
  });
}
