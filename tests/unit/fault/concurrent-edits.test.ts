// Fault case: the popup, the options page's editor and an interception dialog ("I got the
// offer") change the same process in random interleavings, each from the copy it loaded last,
// sometimes two at once. Every step is checked against a model of what the worker must do:
// a change built on the current revision is applied, one built on an older revision is refused
// with a sentence and changes nothing. Totals are printed; every failure count must be 0.
import { fakeBrowser } from '@webext-core/fake-browser';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readKeys, readState } from '../../../src/background/store.ts';
import type { ChangeReply, SaveReply } from '../../../src/core/pageMessages.ts';
import type { ProcessStatus } from '../../../src/core/schema.ts';
import { NOW } from '../support/state.ts';
import { contentScript, draftOf, options, popup, send } from '../support/router.ts';

const PRIYA_IN = 'https://www.linkedin.com/in/priya-raman/';
const OPEN: ProcessStatus[] = ['scheduled', 'interviewing', 'awaiting-decision'];
const ANY: ProcessStatus[] = [...OPEN, 'offer', 'accepted', 'rejected', 'withdrawn'];

type Model = { status: ProcessStatus; notes: string; revision: number };
type Act = { actor: 'popup'; status: ProcessStatus } | { actor: 'editor'; notes: string } | { actor: 'dialog' };
type Step = { kind: 'load'; actor: Act['actor'] } | { kind: 'act'; act: Act } | { kind: 'together'; a: Act; b: Act };

const act: fc.Arbitrary<Act> = fc.oneof(
  fc.record({ actor: fc.constant('popup' as const), status: fc.constantFrom(...ANY) }),
  fc.record({
    actor: fc.constant('editor' as const),
    notes: fc.constantFrom('', 'Prepare the system design', 'Ask about the team', 'Salary range?'),
  }),
  fc.record({ actor: fc.constant('dialog' as const) }),
);
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('load' as const),
      actor: fc.constantFrom('popup' as const, 'editor' as const, 'dialog' as const),
    }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('act' as const), act }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('together' as const), a: act, b: act }) },
);

const totals = {
  runs: 0,
  steps: 0,
  accepted: 0,
  refusedWithMessage: 0,
  crashes: 0,
  silentLosses: 0,
  reverts: 0,
  skipped: 0,
};

/** What each page holds: the revision (and, for the editor, the whole form) it loaded. */
interface Views {
  popup?: number;
  editor?: { revision: number; status: ProcessStatus; notes: string; roundId: string; personId: string };
  dialog?: { interceptionId: string } | undefined;
}

/** The worker's expected answer to `a` built on what the actor loaded, given the model now. */
function expected(
  a: Act,
  views: Views,
  dialogBase: number | undefined,
  model: Model,
): { accept: boolean; next: Model } {
  const bump = (next: Omit<Model, 'revision'>): Model =>
    next.status === model.status && next.notes === model.notes ? model : { ...next, revision: model.revision + 1 };
  switch (a.actor) {
    case 'popup':
      return views.popup === model.revision
        ? { accept: true, next: bump({ ...model, status: a.status }) }
        : { accept: false, next: model };
    case 'editor':
      // The editor saves the status it loaded with the notes typed: only safe on its revision.
      return views.editor?.revision === model.revision
        ? { accept: true, next: bump({ status: views.editor.status, notes: a.notes }) }
        : { accept: false, next: model };
    case 'dialog': {
      const already = model.status === 'offer' || model.status === 'accepted';
      if (dialogBase === model.revision || already)
        return { accept: true, next: bump({ ...model, status: already ? model.status : 'offer' }) };
      return { accept: false, next: model };
    }
  }
}

async function perform(a: Act, views: Views, processId: string): Promise<{ ok: boolean; message?: string } | 'skip'> {
  switch (a.actor) {
    case 'popup': {
      if (views.popup === undefined) return 'skip';
      const reply = await send<ChangeReply>(
        { type: 'setStatus', processId, status: a.status, revision: views.popup },
        popup,
      );
      return reply.ok ? { ok: true } : { ok: false, message: reply.error };
    }
    case 'editor': {
      if (!views.editor) return 'skip';
      // As the editor fills it: the round's id, the person's id and what the form showed.
      const shown = { name: 'Priya Raman', linkedinUrl: PRIYA_IN, facebookUrl: '' };
      const draft = draftOf('Northwind Labs', [{ id: views.editor.personId, ...shown, base: shown }], {
        id: processId,
        revision: views.editor.revision,
        status: views.editor.status,
        notes: a.notes,
      });
      draft.rounds[0]!.id = views.editor.roundId;
      const reply = await send<SaveReply>({ type: 'saveProcess', draft }, options);
      return reply.ok ? { ok: true } : { ok: false, message: reply.errors['form'] };
    }
    case 'dialog': {
      if (!views.dialog) return 'skip';
      const { interceptionId } = views.dialog;
      views.dialog = undefined; // a dialog closes after a choice
      const reply = await send<{ ok?: true; error?: string }>(
        { type: 'recordOutcome', interceptionId, outcome: 'offer' },
        contentScript,
      );
      return reply.ok ? { ok: true } : { ok: false, ...(reply.error ? { message: reply.error } : {}) };
    }
  }
}

async function run(steps: Step[]): Promise<void> {
  // The last run's interception log is written after its verdict was answered: let it land
  // before this run's storage is cleared, as one worker would.
  await readKeys([]);
  fakeBrowser.reset();
  totals.runs++;
  const first = await send<SaveReply>(
    { type: 'saveProcess', draft: draftOf('Northwind Labs', [{ name: 'Priya Raman', linkedinUrl: PRIYA_IN }]) },
    popup,
  );
  if (!first.ok) throw new Error('set-up failed');
  const processId = first.processId;
  let model: Model = { status: 'scheduled', notes: '', revision: first.state.processes[0]!.revision };
  const views: Views = {};
  let dialogBase: number | undefined;

  const check = async (what: string) => {
    const stored = (await readState(NOW)).state.processes[0]!;
    if (stored.status !== model.status || stored.notes !== model.notes || stored.revision !== model.revision) {
      totals.reverts++;
      throw new Error(
        `${what}: stored ${JSON.stringify([stored.status, stored.notes, stored.revision])}, expected ${JSON.stringify(model)}`,
      );
    }
  };
  const judge = (a: Act, result: { ok: boolean; message?: string }, want: { accept: boolean; next: Model }) => {
    if (result.ok !== want.accept) {
      totals.silentLosses++;
      throw new Error(
        `${a.actor} was ${result.ok ? 'accepted' : 'refused'} but should not have been (${JSON.stringify(model)}) ${result.message ?? ''}`,
      );
    }
    if (result.ok) totals.accepted++;
    else if (result.message && result.message.length > 20) totals.refusedWithMessage++;
    else {
      totals.silentLosses++;
      throw new Error(`${a.actor} was refused without a clear message`);
    }
  };

  for (const s of steps) {
    totals.steps++;
    try {
      if (s.kind === 'load') {
        const state = (await readState(NOW)).state;
        const process = state.processes[0]!;
        if (s.actor === 'popup') views.popup = process.revision;
        else if (s.actor === 'editor') {
          const round = process.rounds[0]!;
          views.editor = {
            revision: process.revision,
            status: process.status,
            notes: process.notes,
            roundId: round.id,
            personId: round.interviewerIds[0]!,
          };
        } else {
          // The user clicks Connect on Priya: a dialog opens only while the process still stops.
          const reply = await send<{ verdict: { action: string }; interceptionId?: string }>(
            {
              type: 'getVerdict',
              kind: 'connect',
              person: { site: 'linkedin', identity: { site: 'linkedin', kind: 'slug', value: 'priya-raman' } },
            },
            contentScript,
          );
          views.dialog =
            reply.verdict.action === 'stop' && reply.interceptionId
              ? { interceptionId: reply.interceptionId }
              : undefined;
          dialogBase = views.dialog ? process.revision : undefined;
        }
        continue;
      }
      if (s.kind === 'act') {
        const base = dialogBase;
        const result = await perform(s.act, views, processId);
        if (result === 'skip') {
          totals.skipped++;
          continue;
        }
        const want = expected(s.act, views, base, model);
        judge(s.act, result, want);
        model = want.next;
        await check(s.act.actor);
        continue;
      }
      // Two pages at once: the worker's queue applies them in some order; the outcome must be
      // what one of the two orders gives.
      const base = dialogBase;
      const snapshot = structuredClone(views);
      const [ra, rb] = await Promise.all([perform(s.a, views, processId), perform(s.b, views, processId)]);
      const orders: Array<[Act, typeof ra][]> = [
        [
          [s.a, ra],
          [s.b, rb],
        ],
        [
          [s.b, rb],
          [s.a, ra],
        ],
      ];
      const stored = (await readState(NOW)).state.processes[0]!;
      const consistent = orders.find((order) => {
        let m = model;
        for (const [a, r] of order) {
          if (r === 'skip') continue;
          const want = expected(a, snapshot, base, m);
          if (want.accept !== r.ok) return false;
          m = want.next;
        }
        return stored.status === m.status && stored.notes === m.notes && stored.revision === m.revision;
      });
      if (!consistent) {
        totals.reverts++;
        throw new Error(
          `concurrent ${s.a.actor} + ${s.b.actor}: no order explains ${JSON.stringify([stored.status, stored.notes, stored.revision, ra, rb])}`,
        );
      }
      let m = model;
      for (const [a, r] of consistent) {
        if (r === 'skip') {
          totals.skipped++;
          continue;
        }
        const want = expected(a, snapshot, base, m);
        judge(a, r, want);
        m = want.next;
      }
      model = m;
    } catch (error) {
      if (!(error instanceof Error && /accepted|refused|stored|order/.test(error.message))) totals.crashes++;
      throw error;
    }
  }
}

describe('fault: popup, options editor and dialog editing the same process', () => {
  afterAll(() => {
    console.log(
      `[fault] concurrent edits: ${totals.runs} interleavings, ${totals.steps} steps, ${totals.accepted} changes applied, ` +
        `${totals.refusedWithMessage} stale changes refused with a message, ${totals.skipped} skipped (nothing loaded yet); ` +
        `${totals.crashes} crashes, ${totals.silentLosses} silent losses, ${totals.reverts} reverts`,
    );
  });

  it('applies every change built on the current revision, refuses every stale one with a message, and never reverts', async () => {
    await fc.assert(fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 30 }), run), { numRuns: 300 });
    expect(totals.crashes + totals.silentLosses + totals.reverts).toBe(0);
    expect(totals.accepted).toBeGreaterThan(100);
    expect(totals.refusedWithMessage).toBeGreaterThan(100);
  });
});
