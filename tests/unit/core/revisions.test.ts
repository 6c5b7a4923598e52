// No save is built on stale data, and nothing is lost silently: revisions on processes and
// settings, people merged when entered again, undo by deletion id, newer data read-only, and
// failures answered with a sentence (worker router over fake-browser storage).
import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it } from 'vitest';
import { STATE_KEY, readState, refreshIndex } from '../../../src/background/store.ts';
import { WATCH_KEY as INDEX_KEY } from '../../../src/core/watchChannel.ts';
import type { ChangeReply, DeleteReply, ImportReply, SaveReply, StateReply } from '../../../src/core/pageMessages.ts';
import { DEFAULT_SETTINGS, type State } from '../../../src/core/schema.ts';
import { NOW } from '../support/state.ts';
import { contentScript, draftOf, options, send } from '../support/router.ts';

const PRIYA_IN = 'https://www.linkedin.com/in/priya-raman/';
const PRIYA_FB = 'https://www.facebook.com/priya.raman.77';

async function saved(
  draft = draftOf('Northwind Labs', [{ name: 'Priya Raman', linkedinUrl: PRIYA_IN, facebookUrl: PRIYA_FB }]),
) {
  const reply = await send<SaveReply>({ type: 'saveProcess', draft });
  if (!reply.ok) throw new Error(JSON.stringify(reply.errors));
  return {
    processId: reply.processId,
    state: reply.state,
    process: reply.state.processes.find((p) => p.id === reply.processId)!,
  };
}
const stored = async () => (await readState(NOW)).state;
const priyaVerdict = (site: 'linkedin' | 'facebook' = 'linkedin') =>
  send<{ verdict: { action: string }; interceptionId?: string }>(
    {
      type: 'getVerdict',
      kind: site === 'linkedin' ? 'connect' : 'add-friend',
      person: {
        site,
        identity:
          site === 'linkedin'
            ? { site, kind: 'slug', value: 'priya-raman' }
            : { site, kind: 'username', value: 'priyaraman77' },
      },
    },
    contentScript,
  );

/** The editor's draft for a stored process, as the options page fills it. */
function editorDraft(state: State, processId: string) {
  const process = state.processes.find((p) => p.id === processId)!;
  const people = new Map(state.people.map((p) => [p.id, p]));
  return draftOf(
    process.company,
    process.rounds[0]!.interviewerIds.map((id) => {
      const p = people.get(id)!;
      const fields = { name: p.name, linkedinUrl: p.linkedinUrl ?? '', facebookUrl: p.facebookUrl ?? '' };
      return { id, ...fields, base: { ...fields } };
    }),
    { id: process.id, revision: process.revision, status: process.status, notes: process.notes },
  );
}

describe('revisions', () => {
  it('refuses a stale editor save after the popup set the offer, names the new status, and keeps the offer', async () => {
    const { processId, state } = await saved();
    const editor = editorDraft(state, processId); // the options page's editor opens
    const offer = await send<ChangeReply>({
      type: 'setStatus',
      processId,
      status: 'offer',
      revision: state.processes[0]!.revision,
    });
    expect(offer.ok).toBe(true);
    editor.notes = 'Ask about the team';
    const refused = await send<SaveReply>({ type: 'saveProcess', draft: editor }, options);
    expect(refused).toMatchObject({
      ok: false,
      errors: {
        form: 'The interview with Northwind Labs was changed elsewhere in the meantime; its status is now Offer received. Nothing was changed, and your input is kept.',
      },
      state: { processes: [{ status: 'offer' }] },
    });
    expect((await stored()).processes[0]).toMatchObject({ status: 'offer', notes: '' });
    expect((await priyaVerdict()).verdict.action).toBe('allow');
  });

  it('stamps a new revision on every change, whoever makes it, and keeps it when nothing changed', async () => {
    const { processId, process } = await saved();
    expect(process.revision).toBe(1);
    await send({ type: 'setStatus', processId, status: 'interviewing', revision: 1 });
    expect((await stored()).processes[0]!.revision).toBe(2);
    // The same status again changes nothing, so the revision stays.
    await send({ type: 'setStatus', processId, status: 'interviewing', revision: 2 });
    expect((await stored()).processes[0]!.revision).toBe(2);
    // An interception only writes history: no process revision moves.
    await priyaVerdict();
    expect((await stored()).processes[0]!.revision).toBe(2);
    // Stale status changes and deletes are refused too.
    expect(await send({ type: 'setStatus', processId, status: 'rejected', revision: 1 })).toMatchObject({
      ok: false,
      state: expect.anything(),
    });
    expect(await send({ type: 'deleteProcess', processId, revision: 1 })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/changed elsewhere/),
    });
    expect((await stored()).processes).toMatchObject([{ status: 'interviewing' }]);
  });

  it('refuses "I got the offer" from a dialog opened before the popup set Rejected, and does not revert it', async () => {
    const { processId } = await saved();
    const { interceptionId } = await priyaVerdict();
    expect(await send<ChangeReply>({ type: 'setStatus', processId, status: 'rejected', revision: 1 })).toMatchObject({
      ok: true,
    });
    const reply = await send<{ error?: string }>(
      { type: 'recordOutcome', interceptionId, outcome: 'offer' },
      contentScript,
    );
    expect(reply.error).toMatch(/status is now Rejected/);
    expect((await stored()).processes[0]!.status).toBe('rejected');
  });

  it('accepts "I got the offer" when the process already says offer (nothing to revert)', async () => {
    const { processId } = await saved();
    const { interceptionId } = await priyaVerdict();
    await send({ type: 'setStatus', processId, status: 'offer', revision: 1 });
    expect(await send({ type: 'recordOutcome', interceptionId, outcome: 'offer' }, contentScript)).toEqual({
      ok: true,
    });
    expect((await stored()).processes[0]!.status).toBe('offer');
  });

  it('"I got the offer" after the popup set Accepted leaves Accepted (found by the fault suite)', async () => {
    const { processId } = await saved();
    const { interceptionId } = await priyaVerdict();
    await send({ type: 'setStatus', processId, status: 'accepted', revision: 1 });
    expect(await send({ type: 'recordOutcome', interceptionId, outcome: 'offer' }, contentScript)).toEqual({
      ok: true,
    });
    expect((await stored()).processes[0]).toMatchObject({ status: 'accepted', revision: 2 });
  });

  it('refuses a settings form loaded before an import or a restore', async () => {
    await saved();
    const before = await send<StateReply>({ type: 'getState' }, options);
    const formRevision = before.state.settingsRevision;
    const file = { ...before.state, settings: { ...DEFAULT_SETTINGS, overdueAfterDays: 40 } };
    const text = JSON.stringify({
      format: 'offer-first-backup',
      formatVersion: 1,
      exportedAt: NOW.toISOString(),
      data: file,
    });
    expect(await send<ImportReply>({ type: 'importBackup', text, mode: 'replace' }, options)).toMatchObject({
      ok: true,
    });
    const stale = await send<ChangeReply>(
      { type: 'saveSettings', settings: { ...DEFAULT_SETTINGS, overdueAfterDays: 7 }, revision: formRevision },
      options,
    );
    expect(stale).toMatchObject({ ok: false, error: expect.stringMatching(/settings were changed elsewhere/) });
    expect((await stored()).settings.overdueAfterDays).toBe(40);

    // After the restore the counter moved on again: the revision read after the import is stale too.
    const afterImport = (await stored()).settingsRevision;
    expect(await send({ type: 'restoreBackup' }, options)).toMatchObject({ ok: true });
    expect((await stored()).settingsRevision).toBeGreaterThan(afterImport);
    expect(
      await send({ type: 'saveSettings', settings: DEFAULT_SETTINGS, revision: afterImport }, options),
    ).toMatchObject({ ok: false });
    const fresh = (await stored()).settingsRevision;
    expect(
      await send(
        { type: 'saveSettings', settings: { ...DEFAULT_SETTINGS, overdueAfterDays: 9 }, revision: fresh },
        options,
      ),
    ).toMatchObject({ ok: true });
    expect((await stored()).settings.overdueAfterDays).toBe(9);
  });

  it('refuses an editor opened before an import that changed its process, but not one whose process did not change', async () => {
    const a = await saved();
    const b = await saved(draftOf('Contoso', [{ name: 'Sam Ortega' }]));
    const editA = editorDraft(b.state, a.processId);
    const editB = editorDraft(b.state, b.processId);
    const file = {
      ...b.state,
      processes: b.state.processes.map((p) => (p.id === a.processId ? { ...p, status: 'offer' as const } : p)),
    };
    const text = JSON.stringify({
      format: 'offer-first-backup',
      formatVersion: 1,
      exportedAt: NOW.toISOString(),
      data: file,
    });
    expect(await send({ type: 'importBackup', text, mode: 'replace' }, options)).toMatchObject({ ok: true });
    expect(await send({ type: 'saveProcess', draft: editA }, options)).toMatchObject({ ok: false });
    expect(await send({ type: 'saveProcess', draft: { ...editB, notes: 'ok' } }, options)).toMatchObject({ ok: true });
  });
});

describe('people entered again', () => {
  it('re-adding Priya with only her LinkedIn link and another spelling keeps her Facebook link, name and alternates', async () => {
    await saved();
    const second = await saved(draftOf('Contoso', [{ name: 'P. Raman', linkedinUrl: PRIYA_IN }]));
    expect(second.state.people).toEqual([
      {
        id: expect.any(String),
        name: 'Priya Raman',
        linkedinUrl: PRIYA_IN,
        facebookUrl: PRIYA_FB,
        otherNames: ['P. Raman'],
      },
    ]);
    // "Add friend" on her Facebook profile is still stopped, and the index still lists her Facebook identity.
    expect((await priyaVerdict('facebook')).verdict.action).toBe('stop');
    const index = (await fakeBrowser.storage.local.get(INDEX_KEY))[INDEX_KEY] as { people: Array<{ keys: string[] }> };
    expect(index.people[0]!.keys).toEqual(
      expect.arrayContaining([expect.stringMatching(/^facebook:/), expect.stringMatching(/^linkedin:/)]),
    );
  });

  it('a fuller name entered later becomes the name, and the shorter one an alternate', async () => {
    await saved(draftOf('Northwind Labs', [{ name: 'P. Raman', linkedinUrl: PRIYA_IN }]));
    const second = await saved(
      draftOf('Contoso', [{ name: 'Priya Raman', facebookUrl: PRIYA_FB, linkedinUrl: PRIYA_IN }]),
    );
    expect(second.state.people).toMatchObject([
      { name: 'Priya Raman', otherNames: ['P. Raman'], facebookUrl: PRIYA_FB },
    ]);
  });

  it('an editor opened before a link was added elsewhere does not drop it; a link the user cleared is cleared', async () => {
    const first = await saved(draftOf('Northwind Labs', [{ name: 'Priya Raman', linkedinUrl: PRIYA_IN }]));
    const staleEditor = editorDraft(first.state, first.processId);
    await saved(draftOf('Contoso', [{ name: 'Priya Raman', linkedinUrl: PRIYA_IN, facebookUrl: PRIYA_FB }]));
    staleEditor.notes = 'Prepare system design';
    expect(await send({ type: 'saveProcess', draft: staleEditor }, options)).toMatchObject({ ok: true });
    expect((await stored()).people).toMatchObject([{ facebookUrl: PRIYA_FB }]);

    const state = await stored();
    const clear = editorDraft(state, first.processId);
    clear.rounds[0]!.interviewers[0]!.facebookUrl = '';
    expect(await send({ type: 'saveProcess', draft: clear }, options)).toMatchObject({ ok: true });
    expect((await stored()).people[0]!.facebookUrl).toBeUndefined();
  });
});

describe('undo', () => {
  it('restores exactly the deletion it names, interviewers included, from a list of recent deletions', async () => {
    const a = await saved();
    const b = await saved(
      draftOf('Contoso', [{ name: 'Sam Ortega', linkedinUrl: 'https://www.linkedin.com/in/sam-ortega/' }]),
    );
    const delA = await send<DeleteReply>({ type: 'deleteProcess', processId: a.processId, revision: 1 });
    const delB = await send<DeleteReply>({ type: 'deleteProcess', processId: b.processId, revision: 2 });
    if (!delA.ok || !delB.ok) throw new Error('not deleted');
    expect((await send<StateReply>({ type: 'getState' })).recentlyDeleted.map((d) => d.company)).toEqual([
      'Contoso',
      'Northwind Labs',
    ]);
    // The older deletion, by its id: Northwind comes back with Priya and both her links, not Contoso.
    expect(await send({ type: 'undoDelete', deletionId: delA.deletionId }, options)).toMatchObject({ ok: true });
    const after = await stored();
    expect(after.processes.map((p) => p.company)).toEqual(['Northwind Labs']);
    expect(after.people).toMatchObject([{ name: 'Priya Raman', linkedinUrl: PRIYA_IN, facebookUrl: PRIYA_FB }]);
    expect((await send<StateReply>({ type: 'getState' })).recentlyDeleted.map((d) => d.id)).toEqual([delB.deletionId]);
    expect((await priyaVerdict('facebook')).verdict.action).toBe('stop');
  });

  it('merges into a person entered again since the delete instead of making a duplicate', async () => {
    const a = await saved();
    const del = await send<DeleteReply>({ type: 'deleteProcess', processId: a.processId, revision: 1 });
    if (!del.ok) throw new Error('not deleted');
    await saved(draftOf('Contoso', [{ name: 'P. Raman', linkedinUrl: PRIYA_IN }]));
    expect(await send({ type: 'undoDelete', deletionId: del.deletionId })).toMatchObject({ ok: true });
    const state = await stored();
    expect(state.people).toHaveLength(1);
    expect(state.people[0]).toMatchObject({ name: 'Priya Raman', facebookUrl: PRIYA_FB });
    expect(new Set(state.processes.flatMap((p) => p.rounds[0]!.interviewerIds))).toEqual(
      new Set([state.people[0]!.id]),
    );
  });

  it('keeps only the newest ten deletions', async () => {
    for (let i = 0; i < 12; i++) {
      const { processId, process } = await saved(draftOf(`Company ${i}`, [{ name: 'Sam Ortega' }]));
      await send({ type: 'deleteProcess', processId, revision: process.revision });
    }
    const list = (await send<StateReply>({ type: 'getState' })).recentlyDeleted;
    expect(list.map((d) => d.company)).toEqual(Array.from({ length: 10 }, (_, i) => `Company ${11 - i}`));
  });
});

describe('data saved by a newer version', () => {
  const newer = {
    schemaVersion: 9,
    people: [{ id: 'p1', name: 'Priya Raman', linkedinUrl: PRIYA_IN, facebookUrl: PRIYA_FB, pronouns: 'she/her' }],
    processes: [
      {
        id: 'n1',
        company: 'Northwind Labs',
        role: '',
        status: 'scheduled',
        notes: '',
        revision: 4,
        rounds: [
          {
            id: 'r1',
            at: new Date(NOW.getTime() + 3 * 86_400_000).toISOString(),
            timeZone: 'UTC',
            interviewerIds: ['p1'],
          },
        ],
        createdAt: NOW.toISOString(),
        updatedAt: NOW.toISOString(),
        statusChangedAt: NOW.toISOString(),
        futureField: { x: 1 },
      },
    ],
    settings: DEFAULT_SETTINGS,
    somethingNew: [1, 2, 3],
  };

  it('opens read-only, refuses every write with an explanation, and never overwrites it', async () => {
    await fakeBrowser.storage.local.set({ [STATE_KEY]: newer });
    const reply = await send<StateReply>({ type: 'getState' });
    expect(reply).toMatchObject({
      ok: true,
      readOnly: { schemaVersion: 9 },
      state: { processes: [{ company: 'Northwind Labs' }] },
    });
    const refusals = [
      await send<SaveReply>({ type: 'saveProcess', draft: draftOf('Contoso', [{ name: 'Sam' }]) }),
      await send<ChangeReply>({ type: 'setStatus', processId: 'n1', status: 'offer', revision: 4 }),
      await send<ChangeReply>({ type: 'saveSettings', settings: DEFAULT_SETTINGS, revision: 0 }),
    ];
    for (const refused of refusals)
      expect(JSON.stringify(refused)).toMatch(/newer version of Offer First \(schema 9\)/);
    expect((await fakeBrowser.storage.local.get(STATE_KEY))[STATE_KEY]).toEqual(newer);
  });

  it('keeps blocking from what it can read (watch index and verdicts), without logging', async () => {
    await fakeBrowser.storage.local.set({ [STATE_KEY]: newer });
    await refreshIndex(NOW);
    const index = (await fakeBrowser.storage.local.get(INDEX_KEY))[INDEX_KEY] as { people: Array<{ name: string }> };
    expect(index.people).toMatchObject([{ name: 'Priya Raman' }]);
    expect((await priyaVerdict('facebook')).verdict.action).toBe('stop');
    expect((await fakeBrowser.storage.local.get(STATE_KEY))[STATE_KEY]).toEqual(newer);
  });
});

describe('failures are answered, never silent', () => {
  it('says the storage is full when the browser refuses the write, and keeps what was stored', async () => {
    await saved();
    const set = fakeBrowser.storage.local.set;
    fakeBrowser.storage.local.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    try {
      const reply = await send<SaveReply>({ type: 'saveProcess', draft: draftOf('Contoso', [{ name: 'Sam' }]) });
      expect(reply).toMatchObject({
        ok: false,
        errors: { form: expect.stringMatching(/storage for Offer First is full/) },
      });
      expect(await send({ type: 'setStatus', processId: 'x', status: 'offer', revision: 0 })).toMatchObject({
        ok: false,
        error: expect.any(String),
      });
    } finally {
      fakeBrowser.storage.local.set = set;
    }
    expect((await stored()).processes.map((p) => p.company)).toEqual(['Northwind Labs']);
  });

  it('answers an import nested too deep to check with a message, and changes nothing', async () => {
    await saved();
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    const data = JSON.stringify({
      ...(await stored()),
      quarantine: [{ kind: 'state', reason: 'x', keptAt: NOW.toISOString(), data: 0 }],
    });
    const text = `{"format":"offer-first-backup","formatVersion":1,"data":${data.replace('"data":0', `"data":${deep}`)}}`;
    const reply = await send<ImportReply>({ type: 'importBackup', text, mode: 'replace' }, options);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.errors).toEqual(['This is nested too deeply to be checked, so nothing was changed.']);
    expect((await stored()).processes.map((p) => p.company)).toEqual(['Northwind Labs']);
  });
});
