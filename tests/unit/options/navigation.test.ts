// @vitest-environment happy-dom
// The options page's panels: one shown at a time, chosen by the URL hash or a link; a hash naming
// an element opens the panel that holds it; a section without markup gets a root in its panel.
import { beforeEach, describe, expect, it } from 'vitest';
import { mountNavigation, panelFor, sectionRoot } from '../../../src/options/navigation.ts';
import { t } from '../support/words.ts';
import { section } from './page.ts';

const PANELS = [
  { id: 'interviews', title: 'interviewsHeading' },
  { id: 'history', title: 'historyHeading' },
  { id: 'settings', title: 'settingsHeading' },
  { id: 'data', title: 'dataHeading' },
  { id: 'privacy', title: 'privacyHeading' },
];

const shown = () => [...document.querySelectorAll<HTMLElement>('.panel')].filter((p) => !p.hidden).map((p) => p.id);
const current = () => document.querySelector('[aria-current="page"]')?.textContent;

describe('options: navigation', () => {
  beforeEach(() => {
    section('panel-nav');
    history.replaceState(null, '', '#');
  });

  it('has one link per panel in the catalog’s words, in a labelled nav', () => {
    mountNavigation(document.getElementById('panel-nav')!, PANELS, t);
    const links = [...document.querySelectorAll<HTMLAnchorElement>('#panel-nav a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Interviews', '#interviews'],
      ['History', '#history'],
      ['Settings', '#settings'],
      ['Your data', '#data'],
      ['Privacy', '#privacy'],
    ]);
    expect(shown()).toEqual(['panel-interviews']);
    expect(current()).toBe('Interviews');
  });

  it('opens the panel the hash names, and follows Back and Forward', () => {
    history.replaceState(null, '', '#settings');
    const nav = mountNavigation(document.getElementById('panel-nav')!, PANELS, t);
    expect(nav.current()).toBe('settings');
    expect(shown()).toEqual(['panel-settings']);
    history.replaceState(null, '', '#data');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(shown()).toEqual(['panel-data']);
    expect(current()).toBe('Your data');
  });

  it('a click shows the panel, puts it in the URL and moves focus to its heading', () => {
    mountNavigation(document.getElementById('panel-nav')!, PANELS, t);
    document.querySelector<HTMLAnchorElement>('a[href="#history"]')!.click();
    expect(shown()).toEqual(['panel-history']);
    expect(location.hash).toBe('#history');
    expect(document.activeElement?.id).toBe('history-heading');
  });

  it('a hash naming an element inside a panel opens that panel; an unknown one the first', () => {
    expect(panelFor('#quarantine-section', PANELS, document)).toBe('data');
    expect(panelFor('#deleted-section', PANELS, document)).toBe('interviews');
    expect(panelFor('#nothing-here', PANELS, document)).toBe('interviews');
    expect(panelFor('', PANELS, document)).toBe('interviews');
  });

  it('gives a section with no markup of its own an empty root in its panel', () => {
    const root = sectionRoot(document, 'data', 'sync-section');
    expect(root.parentElement?.id).toBe('panel-data');
    expect(sectionRoot(document, 'data', 'sync-section')).toBe(root);
    expect(sectionRoot(document, 'settings', 'settings-section').closest('.panel')?.id).toBe('panel-settings');
  });
});
