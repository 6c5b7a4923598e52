// What the user chose each time a request was held back, newest first, and the same as a CSV
// file; also how often a watched profile showed no request control (the worker counts misses).
import { format, parseISO } from 'date-fns';
import { toCsv } from '../core/csv.ts';
import { h } from '../ui/dom.ts';
import { SITE_NAME, type HistoryOutcome, type Site } from '../core/vocabulary.ts';
import { part, sayIn, stamp, storedState, WHEN, type SectionDeps } from './section.ts';

const OUTCOME_KEY: Record<HistoryOutcome, string> = {
  shown: 'outcomeShown',
  cancelled: 'outcomeCancelled',
  reminded: 'outcomeReminded',
  offer: 'outcomeOffer',
  'sent-anyway': 'outcomeSentAnyway',
};

export function mount(root: HTMLElement, deps: SectionDeps): void {
  const { t } = deps;
  const outcome = (o: HistoryOutcome) => t(OUTCOME_KEY[o]);
  const table = part(root, 'history');

  deps.onState((current) => {
    const rows = [...current.history].reverse();
    part(root, 'history-empty').hidden = rows.length > 0;
    table.hidden = rows.length === 0;
    table
      .querySelector('tbody')!
      .replaceChildren(
        ...rows.map((entry) =>
          h(
            'tr',
            {},
            h('td', {}, format(parseISO(entry.at), WHEN, { locale: deps.locale })),
            h('td', {}, entry.personName),
            h('td', {}, SITE_NAME[entry.site]),
            h('td', {}, entry.company),
            h('td', {}, entry.note ? `${outcome(entry.outcome)}: “${entry.note}”` : outcome(entry.outcome)),
          ),
        ),
      );
  });

  deps.onStored((reply) => {
    const misses = Object.entries(reply.missCounts ?? {}).filter(([, n]) => n > 0);
    const line = part(root, 'misses');
    line.hidden = misses.length === 0;
    line.textContent = misses.length
      ? t('misses', {
          counts: misses.map(([site, n]) => `${SITE_NAME[site as Site]} ${n}`).join(', '),
        })
      : '';
  });

  part(root, 'export-history').addEventListener('click', async () => {
    const current = await storedState(root, 'history-result', deps);
    if (!current) return;
    sayIn(root, 'history-result', '', deps);
    const csv = toCsv([
      ['when', 'person', 'site', 'request', 'company', 'reason', 'outcome', 'note'],
      ...current.history.map((e) => [e.at, e.personName, e.site, e.kind, e.company, e.reason, e.outcome, e.note ?? '']),
    ]);
    deps.download(`offer-first-history-${stamp(deps)}.csv`, 'text/csv', csv);
    deps.announce(t('exportedHistory'));
  });
}
