// One person, however many times they are entered. When a draft names someone already stored
// (by id from the editor, or by the same profile link), their details are merged: nothing the
// user gave before is dropped unless the user removed it in a form that showed it.
import type { PersonBase, ValidPerson } from './processForm.ts';
import type { Person } from './schema.ts';

const MAX_OTHER_NAMES = 20;
const fold = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
/** "Priya Raman" is fuller than "P. Raman": more letters once initials and dots are ignored. */
const fullness = (name: string) => fold(name).replace(/ /g, '').length;

function withOtherNames(person: Person, names: Array<string | undefined>): Person {
  const seen = new Set([fold(person.name)]);
  const others: string[] = [];
  for (const name of [...(person.otherNames ?? []), ...names]) {
    if (!name || seen.has(fold(name))) continue;
    seen.add(fold(name));
    others.push(name);
  }
  const { otherNames: _old, ...rest } = person;
  return others.length ? { ...rest, otherNames: others.slice(-MAX_OTHER_NAMES) } : rest;
}

type Field = 'linkedinUrl' | 'facebookUrl';

/**
 * `stored` updated with `draft`. With `base` (what the editor showed for this person), a field
 * the user left as it was keeps the stored value — which may have changed elsewhere since —
 * and a field the user changed takes their value, an emptied link included. Without `base`
 * (the person was entered again, e.g. in another process) the draft only adds: an empty link
 * keeps the stored one, a new link replaces it, and the fuller name is kept with the other
 * spelling as an alternate.
 */
export function mergePerson(stored: Person, draft: ValidPerson, base: PersonBase | undefined): Person {
  const link = (field: Field): string | undefined => {
    if (base) return (draft[field] ?? '') === base[field].trim() ? stored[field] : draft[field];
    return draft[field] ?? stored[field];
  };
  const linkedinUrl = link('linkedinUrl');
  const facebookUrl = link('facebookUrl');
  const title = draft.title ?? stored.title;
  let name: string;
  let alternates: Array<string | undefined>;
  if (base) {
    // An explicit rename in the form is the user's choice; untouched, the stored name stays.
    name = draft.name === base.name.trim() ? stored.name : draft.name;
    alternates = [];
  } else if (fold(draft.name) === fold(stored.name)) {
    name = draft.name;
    alternates = [];
  } else {
    const draftFuller = fullness(draft.name) > fullness(stored.name);
    name = draftFuller ? draft.name : stored.name;
    alternates = [draftFuller ? stored.name : draft.name];
  }
  const merged: Person = {
    id: stored.id,
    name,
    ...(linkedinUrl ? { linkedinUrl } : {}),
    ...(facebookUrl ? { facebookUrl } : {}),
    ...(title ? { title } : {}),
    ...(stored.otherNames ? { otherNames: stored.otherNames } : {}),
    // Aliases were learnt from the stored Facebook link's profile: they go when that link changes.
    ...(stored.aliases && facebookUrl === stored.facebookUrl ? { aliases: stored.aliases } : {}),
    // The research checklist is the user's, not the form's: editing a person never touches it.
    ...(stored.research ? { research: stored.research } : {}),
  };
  return withOtherNames(merged, alternates);
}
