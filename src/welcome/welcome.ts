// Shown once, on install: what the extension does, that data stays on the device, how to add
// the first interview (the same editor as the popup), and that open tabs need a reload
// (Chrome injects content scripts only into pages loaded after install).
import { byId } from '../ui/dom.ts';
import { createEditor } from '../ui/editor.ts';
import { renderHostAccess } from '../ui/hostAccess.ts';
import { localize, t } from '../ui/i18n.ts';

localize();
const editor = createEditor({
  onSaved(_state, company) {
    // The editor's own status line says it was added; this says what happens next.
    byId('welcome-next').textContent = t('welcomeAdded', { company });
  },
});
byId('editor').append(editor.element);
void renderHostAccess(byId('access'));
