// "Research instead": what is welcome before an interview (the recruiting advice behind the
// product), each item linked to the right place on this person's profile or a company search
// where one exists. Links only navigate the page the user is already on; nothing is fetched.
import { CommandError } from './commandError.ts';
import type { Translate } from './i18n.ts';
import type { Identity } from './vocabulary.ts';
import { RESEARCH_KEYS, type ResearchKey } from './researchKeys.ts';
import type { Person, ResearchTicks, State } from './schema.ts';

export { RESEARCH_KEYS, type ResearchKey };

export interface ResearchItem {
  text: string;
  url?: string | undefined;
}

export function profileUrlOf(identity: Identity): string {
  switch (identity.site) {
    case 'linkedin':
      return identity.kind === 'pub'
        ? `https://www.linkedin.com/pub/${identity.value}/`
        : `https://www.linkedin.com/in/${encodeURIComponent(identity.value)}/`;
    case 'facebook':
      return identity.kind === 'id'
        ? `https://www.facebook.com/profile.php?id=${identity.value}`
        : `https://www.facebook.com/${identity.value}`;
  }
}

export function researchChecklist(identity: Identity | undefined, company: string, t: Translate): ResearchItem[] {
  const q = encodeURIComponent(company);
  if (identity?.site === 'linkedin' && identity.kind === 'slug') {
    const base = profileUrlOf(identity);
    return [
      { text: t('researchRole'), url: `${base}details/experience/` },
      {
        text: t('researchCulture', { company }),
        url: `https://www.linkedin.com/search/results/companies/?keywords=${q}`,
      },
      {
        text: t('researchProjects', { company }),
        url: `https://www.linkedin.com/search/results/content/?keywords=${q}`,
      },
      { text: t('researchMutualLinkedIn'), url: base },
      { text: t('researchWriting'), url: `${base}recent-activity/all/` },
    ];
  }
  if (identity?.site === 'facebook') {
    const base = profileUrlOf(identity);
    const about = identity.kind === 'id' ? `${base}&sk=about` : `${base}/about`;
    return [
      { text: t('researchRole'), url: about },
      { text: t('researchCulture', { company }), url: `https://www.facebook.com/search/pages/?q=${q}` },
      { text: t('researchProjects', { company }), url: `https://www.facebook.com/search/posts/?q=${q}` },
      {
        text: t('researchMutualFacebook'),
        url: identity.kind === 'id' ? `${base}&sk=friends_mutual` : `${base}/friends_mutual`,
      },
      { text: t('researchPublicPosts'), url: base },
    ];
  }
  return [
    { text: t('researchRole') },
    { text: t('researchCultureAndProjects', { company }) },
    { text: t('researchMutualPlain') },
    { text: t('researchWriting') },
  ];
}

// The checklist the user ticks, per person: kept on the person (Person.research),
// changed only by the worker through setResearch, one item at a time, on the revision the page
// showed (core/revisions.ts stamps a new one on every change of the list).

/** How much of the checklist is done: what the pages and the dialog show ("2 of 5 researched"). */
export function researchProgress(person: Pick<Person, 'research'> | undefined): { done: number; total: number } {
  const done = new Set(person?.research?.done ?? []);
  return { done: RESEARCH_KEYS.filter((key) => done.has(key)).length, total: RESEARCH_KEYS.length };
}

/** Refused: the person's checklist changed since the page showed it. */
export class StaleResearchError extends CommandError {
  constructor(person: Person) {
    super('errResearchChanged', { name: person.name });
  }
}

/** The list's revision as a page sends it back: 0 before anything was ticked. */
export const researchRevision = (person: Pick<Person, 'research'>) => person.research?.revision ?? 0;

/** Ticks (or unticks) one item for a person, if `revision` is still their list's revision. */
export function setResearch(
  state: State,
  change: { personId: string; item: ResearchKey; done: boolean; revision: number },
  now: Date,
): State {
  const person = state.people.find((p) => p.id === change.personId);
  if (!person) throw new CommandError('errPersonGone');
  if (researchRevision(person) !== change.revision) throw new StaleResearchError(person);
  const before = new Set(person.research?.done ?? []);
  if (before.has(change.item) === change.done) return state;
  if (change.done) before.add(change.item);
  else before.delete(change.item);
  const research: ResearchTicks = {
    done: RESEARCH_KEYS.filter((key) => before.has(key)),
    updatedAt: now.toISOString(),
    revision: researchRevision(person), // the worker stamps the next one when it stores this
  };
  return { ...state, people: state.people.map((p) => (p.id === person.id ? { ...p, research } : p)) };
}

/**
 * Two copies of one person's checklist combined (a backup merged into what is stored, a
 * deleted interviewer restored into their twin): the union of the ticks, dated by the later
 * change. A tick is research the user did; merging never takes it away, so merging the same
 * file twice changes nothing more. A revision is stamped anew when the result differs.
 */
export function unionResearch(
  stored: ResearchTicks | undefined,
  other: ResearchTicks | undefined,
): ResearchTicks | undefined {
  if (!other) return stored;
  if (!stored) return other;
  const done = new Set([...stored.done, ...other.done]);
  return {
    done: RESEARCH_KEYS.filter((key) => done.has(key)),
    updatedAt: Date.parse(other.updatedAt) > Date.parse(stored.updatedAt) ? other.updatedAt : stored.updatedAt,
    revision: stored.revision,
  };
}
