// The toolbar popup: the interview list and the editor. It never writes storage itself: every
// change goes to the worker, which answers with the state it stored, and the popup re-renders
// (also when something changes elsewhere: interviewsView follows storage).
import browser from 'webextension-polyfill';
import { PREVIEW_KEY, PopupPreview } from '../core/preview.ts';
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

// The first screen comes from the preview the worker keeps ready (core/preview.ts); the whole
// list follows with the worker's answer (view.refresh), which is what edits start from.
const interactive = () => {
  // Read by `npm run bench` (popup interactive with its list); invisible to users.
  if (performance.getEntriesByName('offer-first:interactive').length === 0) performance.mark('offer-first:interactive');
};
void browser.storage.local
  .get(PREVIEW_KEY)
  .then((got) => {
    const preview = PopupPreview.safeParse(got[PREVIEW_KEY]);
    if (!preview.success) return;
    view.preview(preview.data.items);
    interactive();
  })
  .catch(() => undefined); // the worker's answer still comes
void view.refresh().then(interactive);
void renderHostAccess(byId('access'));
void renderMissTab(byId('miss-tab'));
