import { fakeBrowser } from '@webext-core/fake-browser';
import fc from 'fast-check';
import { beforeEach } from 'vitest';
import { placeholderNames } from '../../../src/core/i18n.ts';
import { EN } from './words.ts';

/**
 * browser.i18n over the English catalog, with the same positional substitution the built
 * messages.json gives ({names} numbered in alphabetical order): fake-browser has no i18n.
 */
function installI18n() {
  fakeBrowser.i18n.getUILanguage = () => 'en-US';
  fakeBrowser.i18n.getMessage = (key: string, substitutions?: string | Array<string | number>) => {
    const template = EN[key];
    if (template === undefined) return '';
    const values = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []).map(String);
    const names = placeholderNames(template);
    if (values.length !== names.length)
      throw new Error(`message ${key} takes ${names.length} substitutions, was given ${values.length}`);
    return template.replace(/\{(\w+)\}/g, (token, name: string) => values[names.indexOf(name)] ?? token);
  };
}

// Property and fuzz tests draw the same cases on every run, so a red build can always be
// reproduced; `FC_SEED=random npx vitest run` explores new cases (that is how the fuzz suites
// are meant to be run by hand), and FC_SEED=<n> replays one such run.
const seed = process.env['FC_SEED'];
if (seed !== 'random') fc.configureGlobal({ seed: seed ? Number(seed) : 20261203 });

installI18n();
beforeEach(() => {
  fakeBrowser.reset();
  installI18n();
});
