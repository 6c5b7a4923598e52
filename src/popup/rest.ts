// The popup after its first screen (popup.ts): the whole list from the worker's answer
// (what edits start from), the editor, the protection line and the explanation of the "!"
// badge. Loaded as a chunk of the extension by popup.ts.
import { byId } from '../ui/dom.ts';
import { renderHostAccess } from '../ui/hostAccess.ts';
import { mountInterviewsView } from '../ui/interviewsView.ts';
import { renderMissTab } from '../ui/missTab.ts';
import { renderPacing } from '../ui/commentPacing.ts';
import { markInteractive } from './interactive.ts';

export const view = mountInterviewsView();
void view.refresh().then(markInteractive);
void renderHostAccess(byId('access'));
void renderMissTab(byId('miss-tab'));
void renderPacing(byId('pacing'));
