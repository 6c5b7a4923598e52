// Turns a "stop" verdict into the words the interception dialog shows. Kept in core (pure,
// unit-tested) so the content script only renders strings it is given.
import { format, formatDistance, parseISO, type Locale } from 'date-fns';
import type { Translate } from './i18n.ts';
import type { Verdict } from './rule.ts';
import type { State } from './schema.ts';
import type { RequestKind } from './vocabulary.ts';

/** What the user was about to do: a request proper, or (when the user opts in) a follow or a message. */

export interface DialogModel {
  personName: string;
  title: string;
  /** "Interview with Northwind Labs in 5 days" */
  summary: string;
  /** "Tue 2 Dec, 10:00" */
  when: string;
  explanation: string;
  /** Set when the person was recognised by name only. */
  caution?: string | undefined;
}

export interface Words {
  t: Translate;
  locale?: Locale | undefined;
}

export function explain(
  verdict: Extract<Verdict, { action: 'stop' }>,
  state: State,
  kind: RequestKind,
  now: Date,
  { t, locale }: Words,
  /** How many watched people the seen name matched (a name shared by several: say so). */
  nameMatches = 1,
): DialogModel {
  const person = state.people.find((p) => p.id === verdict.personId);
  const process = state.processes.find((p) => p.id === verdict.processId);
  const name = person?.name ?? t('someone');
  const company = process?.company ?? t('theCompany');
  const at = parseISO(verdict.at);
  const when = formatDistance(at, now, { addSuffix: true, ...(locale ? { locale } : {}) });
  const request = {
    connect: t('requestConnect'),
    'add-friend': t('requestFriend'),
    follow: t('requestFollow'),
    message: t('requestMessage'),
  }[kind];
  // Each message gets exactly the parameters it uses: browser.i18n numbers placeholders
  // per message, in the alphabetical order of their names (core/i18n.ts).
  const texts: Record<typeof verdict.reason, [string, string, string]> = {
    'before-interview': [
      t('beforeTitle', { name }),
      t('beforeSummary', { company, when }),
      t('beforeExplanation', { request }),
    ],
    'awaiting-decision': [
      t('awaitingTitle', { company }),
      t('awaitingSummary', { company, when }),
      t('awaitingExplanation', { name, request }),
    ],
    'decision-overdue': [
      t('overdueTitle', { company }),
      t('overdueSummary', { company, when }),
      t('overdueExplanation', { name, request }),
    ],
    'quiet-period': [
      t('quietTitle', { company }),
      t('quietSummary', { company }),
      t('quietExplanation', { name, request }),
    ],
  };
  const [title, summary, explanation] = texts[verdict.reason];
  return {
    personName: name,
    title,
    summary,
    explanation,
    when: format(at, 'EEE d MMM, HH:mm', locale ? { locale } : {}),
    caution:
      verdict.strength !== 'name'
        ? undefined
        : nameMatches > 1
          ? t('nameSharedCaution', { name })
          : t('nameOnlyCaution', { name }),
  };
}
