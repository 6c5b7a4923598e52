// setResearch: one item of a person's research checklist ticked or unticked in the popup or
// the options page. Applied in the write queue like every change, on the revision the page
// showed (core/research.ts): a page that showed an older list is refused, and gets the list
// as it is now to show instead.
import { setResearch as applyTick } from '../../core/research.ts';
import { change } from '../commit.ts';
import { readState } from '../store.ts';
import type { PageHandler } from './types.ts';

export const setResearch: PageHandler<'setResearch'> = async (message, deps) => {
  const now = deps.now();
  const { type: _type, ...tick } = message;
  const reply = await change(deps, now, (state) => {
    const next = applyTick(state, tick, now);
    return { state: next, result: { ok: true as const, state: next } };
  });
  // Answered with the state as stored (revisions stamped); a refusal carries it too, so the
  // page shows the ticks as they are next to the reason.
  return { ...reply, state: (await readState(now)).state };
};
