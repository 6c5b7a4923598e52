// Shown once, on install: what the extension does, that data stays on the device, how to add
// the first interview (the same editor as the popup), and that open tabs need a reload
// (Chrome injects content scripts only into pages loaded after install).
import { byId } from '../ui/dom.ts';
import { createEditor } from '../ui/editor.ts';
import { renderHostAccess } from '../ui/hostAccess.ts';
import { localize } from '../ui/i18n.ts';

localize();
const editor = createEditor({ onSaved() {} });
byId('editor').append(editor.element);
void renderHostAccess(byId('access'));
