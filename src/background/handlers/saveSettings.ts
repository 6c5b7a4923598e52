// The settings form, saved against the revision it was opened with.
import { saveSettings as applySettings } from '../../core/commands.ts';
import { change } from '../commit.ts';
import { done, stored } from './replies.ts';
import type { PageHandler } from './types.ts';

export const saveSettings: PageHandler<'saveSettings'> = async (message, deps) => {
  const now = deps.now();
  return stored(
    await change(deps, now, (state) => done(applySettings(state, message.settings, message.revision))),
    now,
  );
};
