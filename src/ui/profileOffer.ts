// The popup's offer for the profile open in the active tab (activeProfile.ts): "Add <Name> as
// an interviewer" to an interview on the list or a new one, or, when the person is on the
// list already, which interview and when. Shown in the popup only, never in the page.
import { format, parseISO } from 'date-fns';
import { agenda } from '../core/agenda.ts';
import { countdown } from '../core/countdown.ts';
import { findOnList } from '../core/profileOnList.ts';
import type { State } from '../core/schema.ts';
import { activeProfile, type ActiveProfile } from './activeProfile.ts';
import { draftWithInterviewer } from './addToProcess.ts';
import { api } from './api.ts';
import { h, present } from './dom.ts';
import type { NewPerson } from './editor.ts';
import { locale, t } from './i18n.ts';

export interface ProfileOfferDeps {
  /** A new interview in the editor with this person filled in. */
  addWith(person: NewPerson): void;
  announce(message: string): void;
  /** The worker stored a change: the page shows the state it answered with. */
  onChanged(state: State): void;
}

const NEW = '';

export function mountProfileOffer(
  root: HTMLElement,
  deps: ProfileOfferDeps,
  find: () => Promise<ActiveProfile | undefined> = activeProfile,
): { follow(state: State): void; ready: Promise<void> } {
  let profile: ActiveProfile | undefined;
  let state: State | undefined;
  /** The process picker stays open across re-renders once the user opened it. */
  let picking = false;
  /** The worker's refusal, shown in the picker until the next try (a re-render keeps it). */
  let failure = '';

  const person = (p: ActiveProfile): NewPerson => ({
    name: p.name ?? '',
    linkedinUrl: p.site === 'linkedin' ? p.url : '',
    facebookUrl: p.site === 'facebook' ? p.url : '',
  });

  function onList(p: ActiveProfile, s: State): Node[] | undefined {
    const now = new Date();
    const found = findOnList(s, p.key, now);
    if (!found) return undefined;
    return present(
      h('p', {}, t('profileOnList', { name: found.person.name })),
      found.places.length > 0 &&
        h(
          'ul',
          { class: 'places' },
          ...found.places.map((place) => {
            const at = parseISO(place.at);
            const company = place.role ? `${place.company} · ${place.role}` : place.company;
            return h(
              'li',
              {},
              t('profilePlace', {
                company,
                when: countdown(at, now, locale.code),
                date: format(at, 'EEE d MMM, HH:mm', { locale }),
              }),
            );
          }),
        ),
    ) as Node[];
  }

  function picker(p: ActiveProfile, s: State): HTMLElement {
    const select = h('select', { id: 'profile-process' });
    // Interviews on the list, soonest first, then a new one.
    const items = agenda(s, new Date(), locale);
    for (const item of items)
      select.append(
        h('option', { attrs: { value: item.processId } }, item.role ? `${item.company} · ${item.role}` : item.company),
      );
    select.append(h('option', { attrs: { value: NEW } }, t('profileNewInterview')));
    const error = h('p', { class: 'error', attrs: { role: 'alert' } }, failure);
    const add = h('button', { class: 'primary', attrs: { type: 'submit' } }, t('profileAdd'));
    const form = h(
      'form',
      { class: 'pick' },
      h('label', { attrs: { for: 'profile-process' } }, t('profileAddTo')),
      h('div', { class: 'row' }, select, add),
      error,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void choose(select.value, p, error, add);
    });
    return form;
  }

  async function choose(processId: string, p: ActiveProfile, error: HTMLElement, add: HTMLButtonElement) {
    const process = state?.processes.find((x) => x.id === processId);
    if (!process || !state || !p.name) {
      picking = false;
      render();
      return deps.addWith(person(p));
    }
    add.disabled = true;
    failure = error.textContent = '';
    const reply = await api.saveProcess(draftWithInterviewer(process, state.people, person(p), new Date()));
    add.disabled = false;
    if (!reply.ok) {
      // Refused (changed meanwhile, storage full…): said here, where the user acted.
      failure = error.textContent = reply.errors['form'] ?? Object.values(reply.errors)[0] ?? t('notSaved');
      if (reply.state) deps.onChanged(reply.state);
      return;
    }
    picking = false;
    deps.onChanged(reply.state);
    deps.announce(t('profileAdded', { name: p.name, company: process.company }));
  }

  function render() {
    if (!profile || !state) {
      root.hidden = true;
      return;
    }
    const p = profile;
    const s = state;
    const known = onList(p, s);
    const label = p.name ? t('profileAddNamed', { name: p.name }) : t('profileAddUnnamed');
    const open = () => {
      // With nothing on the list yet, or no name to save, the editor is the one place to go.
      if (s.processes.length === 0 || !p.name) return deps.addWith(person(p));
      picking = true;
      failure = '';
      render();
      document.getElementById('profile-process')?.focus();
    };
    root.replaceChildren(
      h('p', { class: 'eyebrow' }, t('profileOnThisPage')),
      ...(known ?? [
        h('button', { attrs: { type: 'button', 'aria-expanded': String(picking) }, on: { click: open } }, label),
        ...(picking ? [picker(p, s)] : []),
      ]),
    );
    root.hidden = false;
  }

  const ready = find().then((found) => {
    profile = found;
    render();
  });
  return {
    follow(next) {
      state = next;
      render();
    },
    ready,
  };
}
