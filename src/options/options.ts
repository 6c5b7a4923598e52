// The options page: everything in the popup at full size, plus search, settings, and the
// user's data (JSON backup, calendar files, records kept aside). Like the popup it never
// writes storage: every change is a message to the worker. This file only wires the sections
// (each a module exporting mount(root, deps)) to the interviews view and the browser.
import type { StateReply } from '../core/pageMessages.ts';
import type { State } from '../core/schema.ts';
import { api } from '../ui/api.ts';
import { byId, h } from '../ui/dom.ts';
import { renderHostAccess } from '../ui/hostAccess.ts';
import { locale, localize, t } from '../ui/i18n.ts';
import { mountInterviewsView } from '../ui/interviewsView.ts';
import * as backupData from './backupData.ts';
import * as calendarImport from './calendarImport.ts';
import * as deleted from './deleted.ts';
import * as history from './history.ts';
import { mountNavigation, sectionRoot, type Panel } from './navigation.ts';
import * as quarantine from './quarantine.ts';
import type { Mount, SectionDeps } from './section.ts';
import * as settings from './settings.ts';

/** The panels, in the navigation's order; each is #panel-<id> in index.html. */
const PANELS = [
  { id: 'interviews', title: 'interviewsHeading' },
  { id: 'history', title: 'historyHeading' },
  { id: 'settings', title: 'settingsHeading' },
  { id: 'data', title: 'dataHeading' },
  { id: 'privacy', title: 'privacyHeading' },
] as const satisfies readonly Panel[];

/**
 * Each section, the panel it sits in and the element it mounts on (its markup in index.html, or
 * an empty <section> made in the panel): adding a section is one line here.
 */
const SECTIONS: ReadonlyArray<{ panel: (typeof PANELS)[number]['id']; root: string; mount: Mount }> = [
  { panel: 'interviews', root: 'deleted-section', mount: deleted.mount },
  { panel: 'history', root: 'history-section', mount: history.mount },
  { panel: 'settings', root: 'settings-section', mount: settings.mount },
  { panel: 'data', root: 'data-section', mount: backupData.mount },
  { panel: 'data', root: 'data-section', mount: calendarImport.mount },
  { panel: 'data', root: 'quarantine-section', mount: quarantine.mount },
];

localize();

const search = byId<HTMLInputElement>('search');
const stateListeners: Array<(state: State) => void> = [];
const storedListeners: Array<(reply: StateReply) => void> = [];
let state: State | undefined;

const view = mountInterviewsView({
  full: true,
  query: () => search.value,
  onShow(next) {
    state = next;
    byId('empty').textContent = next.processes.length ? t('noMatch') : t('noInterviews');
    for (const listener of stateListeners) listener(next);
  },
  onReply: (reply) => {
    for (const listener of storedListeners) listener(reply);
  },
});

// A state shown from here (a search, a reply) replaces the problems the last load reported.
const show = (next: State) => view.show(next, []);
search.addEventListener('input', () => state && show(state));

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { attrs: { href: url, download: name } });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: Firefox starts the download asynchronously and needs the URL meanwhile.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const deps: SectionDeps = {
  api,
  t,
  locale,
  now: () => new Date(),
  timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
  download,
  announce: (message) => view.announce(message),
  onState: (listener) => void stateListeners.push(listener),
  onStored: (listener) => void storedListeners.push(listener),
  show,
  refresh: () => view.refresh(),
};

for (const section of SECTIONS) section.mount(sectionRoot(document, section.panel, section.root), deps);
mountNavigation(byId('panel-nav'), PANELS, t);

void view.refresh();
void renderHostAccess(byId('access'));
