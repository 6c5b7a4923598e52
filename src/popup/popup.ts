// The toolbar popup's first screen: the page's words and the upcoming interviews from the
// preview the worker keeps ready (core/preview.ts), drawn by a small script (no zod, no
// webextension-polyfill, one date-fns locale), since evaluating the whole popup (the editor,
// the message protocol, every locale) before showing anything made it slow to open. The rest
// (rest.ts) is a chunk of the extension loaded once the first screen is drawn: the whole list, the editor, the
// protection line. The popup never writes storage itself: every change goes to the worker.
import { withTimes } from '../core/agenda.ts';
import { isPopupPreview, PREVIEW_KEY } from '../core/previewShape.ts';
import { renderAgenda, type RowActions } from '../ui/agendaRows.ts';
import { loadDateLocale } from '../ui/dateLocale.ts';
import { byId } from '../ui/dom.ts';
import { ext } from '../ui/ext.ts';
import { localize, t } from '../ui/localize.ts';
import { addFormOpen, closeAddForm, listIsEmpty, openAddForm } from './addForm.ts';
import { markInteractive } from './interactive.ts';

// Started before anything else: the storage read is most of the first screen's wait.
const firstScreen = Promise.all([ext.storage.local.get(PREVIEW_KEY), loadDateLocale(ext.i18n.getUILanguage())]);
localize();

byId('open-options').addEventListener('click', () => {
  void ext.runtime.openOptionsPage();
  window.close();
});

// "New interview" opens the form (and focuses its first field once the editor has loaded),
// or folds it away again.
byId('add-interview').addEventListener('click', () => {
  if (addFormOpen()) return closeAddForm();
  openAddForm();
  void loadRest().then(() => openAddForm(true));
});

// Loaded once the first screen is drawn (or could not be): started earlier, its evaluation
// and its own reads compete with the preview's for the page's one thread.
let rest: Promise<typeof import('./rest.ts')> | undefined;
const loadRest = () => (rest ??= import('./rest.ts'));

/**
 * Rows drawn before the popup says it is ready: those in view. The popup opens 510–600 px tall,
 * its header takes about 150 px, the next interview about 200–320 px and each other row 90 px
 * or more (250 px with ten interviewers), so four rows fill it even when they are short. The
 * rest of the preview follows in the next task (renderAgenda's chunks), before the user can
 * scroll to it.
 */
const FIRST_SCREEN = 4;

// Rows drawn before the rest has loaded hand their controls to it: it does what a row of the
// whole list does (the worker's answer, the announcement, Undo).
const handOver: RowActions = {
  t,
  setStatus: (item, status, revert) => void loadRest().then(({ view }) => view.actions.setStatus(item, status, revert)),
  edit: (processId) => void loadRest().then(({ view }) => view.actions.edit(processId)),
  remove: (item) => void loadRest().then(({ view }) => view.actions.remove(item)),
};

void firstScreen
  .then(([got, locale]) => {
    const preview: unknown = got[PREVIEW_KEY];
    // No preview yet (a fresh install) or nothing in it: the form is what to do next.
    if (!isPopupPreview(preview) || preview.items.length === 0) return listIsEmpty(true);
    const now = new Date();
    const items = preview.items.map((entry) => withTimes(entry, now, locale));
    byId('empty').hidden = renderAgenda(byId('interviews'), items, handOver, { first: FIRST_SCREEN, lead: true }) > 0;
    markInteractive();
  })
  .catch(() => undefined) // the worker's answer still comes (rest.ts)
  .finally(() => void loadRest());
