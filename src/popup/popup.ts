// The toolbar popup: the interview list and the editor. It never writes storage itself: every
// change goes to the worker, which answers with the state it stored, and the popup re-renders
// (also when something changes elsewhere: interviewsView follows storage).
import browser from 'webextension-polyfill';
import { byId } from '../ui/dom.ts';
import { renderHostAccess } from '../ui/hostAccess.ts';
import { localize } from '../ui/i18n.ts';
import { mountInterviewsView } from '../ui/interviewsView.ts';
import { renderMissTab } from '../ui/missTab.ts';

localize();
const view = mountInterviewsView();

byId('open-options').addEventListener('click', () => {
  void browser.runtime.openOptionsPage();
  window.close();
});

void view.refresh();
void renderHostAccess(byId('access'));
void renderMissTab(byId('miss-tab'));
