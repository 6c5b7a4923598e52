// What a user waits for, measured: the worker's verdict (read + validate + match + decide),
// the popup's list, and the content script's index lookups. Run with `npm run bench`.
import { bench, describe } from 'vitest';
import { agenda } from '../../src/core/agenda.ts';
import { loadState } from '../../src/core/load.ts';
import { PersonLookup } from '../../src/core/match.ts';
import { decide } from '../../src/core/rule.ts';
import { buildWatchIndex, watchEntry } from '../../src/core/watchIndex.ts';
import { bigState } from './support.ts';

const NOW = new Date(Date.UTC(2026, 10, 27));
const state = bigState(500);
const stored = JSON.parse(JSON.stringify(state)) as unknown;
const index = buildWatchIndex(state, NOW);
const lookup = new PersonLookup(index.people);
const stranger = {
  site: 'linkedin' as const,
  identity: { site: 'linkedin' as const, kind: 'slug' as const, value: 'someone-else' },
  name: 'Someone Else',
};
const watched = {
  site: 'linkedin' as const,
  identity: { site: 'linkedin' as const, kind: 'slug' as const, value: 'interviewer-250-1' },
};

describe('content script (per click), 1,500 people', () => {
  bench('lookup of a stranger', () => {
    lookup.find(stranger);
  });
  bench('lookup of a watched interviewer', () => {
    lookup.find(watched);
  });
});

describe('worker verdict, 500 processes', () => {
  bench('read and validate the stored state', () => {
    loadState(stored, NOW);
  });
  bench('match and decide', () => {
    decide(new PersonLookup(state.people.map(watchEntry)).find(watched), state, NOW);
  });
});

describe('popup open, 500 processes', () => {
  bench('agenda (sorted list with relative times)', () => {
    agenda(state, NOW);
  });
  bench('rebuild the watch index', () => {
    buildWatchIndex(state, NOW);
  });
});
