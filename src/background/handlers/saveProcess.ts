// Adding or editing an interview: the draft is checked field by field first (errors go back to
// the fields), then saved against the revision it was built on.
import { saveProcess as applySave } from '../../core/commands.ts';
import { validateProcessDraft } from '../../core/processForm.ts';
import { change } from '../commit.ts';
import { readState } from '../store.ts';
import type { PageHandler } from './types.ts';

export const saveProcess: PageHandler<'saveProcess'> = async (message, deps) => {
  const now = deps.now();
  const checked = validateProcessDraft(message.draft, deps.words().t);
  if (!checked.ok) return { ok: false, errors: checked.errors };
  const reply = await change(deps, now, (state) => {
    const saved = applySave(state, checked.value, { now, newId: deps.newId });
    return { state: saved.state, result: { ok: true as const, processId: saved.processId } };
  });
  if (!reply.ok) return { ok: false, errors: { form: reply.error }, state: reply.state };
  return { ...reply, state: (await readState(now)).state };
};
