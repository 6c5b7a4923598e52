// The popup after its first screen (popup.ts): the whole list from the worker's answer
// (what edits start from), the editor, the protection line, the explanation of the "!"
// badge and the offer to add the person whose profile is open. Loaded as a chunk of the
// extension by popup.ts.
import { byId } from '../ui/dom.ts';
import { renderHostAccess } from '../ui/hostAccess.ts';
import { mountInterviewsView } from '../ui/interviewsView.ts';
import { renderMissTab } from '../ui/missTab.ts';
import { renderPacing } from '../ui/commentPacing.ts';
import { mountProfileOffer } from '../ui/profileOffer.ts';
import { listIsEmpty, openAddForm } from './addForm.ts';
import { markInteractive } from './interactive.ts';

const profile = mountProfileOffer(byId('profile'), {
  addWith: (person) => view.addWith(person),
  announce: (message) => view.announce(message),
  onChanged: (state) => view.show(state),
});

export const view = mountInterviewsView({
  lead: true,
  onEditorOpen: () => openAddForm(),
  onShow(state) {
    listIsEmpty(state.processes.length === 0);
    profile.follow(state);
  },
});
void view.refresh().then(markInteractive);
void renderHostAccess(byId('access'));
void renderMissTab(byId('miss-tab'));
void renderPacing(byId('pacing'));
