// The toolbar popup: the interview list and the editor. It never writes storage itself: every
// change goes to the worker, which answers with the state it stored, and the popup re-renders.
import browser from 'webextension-polyfill';
import { api } from '../ui/api.ts';
import { byId } from '../ui/dom.ts';
import { renderHostAccess } from '../ui/hostAccess.ts';
import { localize } from '../ui/i18n.ts';
import { mountInterviewsView } from '../ui/interviewsView.ts';

localize();
const view = mountInterviewsView();

byId('open-options').addEventListener('click', () => {
  void browser.runtime.openOptionsPage();
  window.close();
});

void api.getState().then(({ state, problems }) => {
  view.show(state, problems);
  // Read by `npm run bench` (popup interactive with its list); invisible to users.
  performance.mark('offer-first:interactive');
});
void renderHostAccess(byId('access'));
