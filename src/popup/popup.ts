// The toolbar popup: the interview list and the editor. It never writes storage itself: every
// change goes to the worker, which answers with the state it stored, and the popup re-renders.
import browser from 'webextension-polyfill';
import type { State } from '../core/schema.ts';
import { api } from '../ui/api.ts';
import { byId, h, present } from '../ui/dom.ts';
import { createEditor } from '../ui/editor.ts';
import { renderHostAccess } from '../ui/hostAccess.ts';
import { localize, t } from '../ui/i18n.ts';
import { renderInterviewList } from '../ui/interviewList.ts';

localize();
const list = byId<HTMLUListElement>('interviews');
const empty = byId<HTMLParagraphElement>('empty');
const problem = byId<HTMLParagraphElement>('problem');
const toast = byId<HTMLDivElement>('toast');
const heading = byId<HTMLHeadingElement>('editor-heading');
let state: State | undefined;

function announce(message: string, undo?: () => void) {
  toast.replaceChildren(
    ...present(
      h('span', {}, message),
      undo && h('button', { attrs: { type: 'button' }, on: { click: () => (toast.replaceChildren(), undo()) } }, t('undo')),
    ),
  );
}

const editor = createEditor({
  onSaved(next) {
    heading.textContent = t('addHeading');
    show(next);
  },
  onCancel() {
    heading.textContent = t('addHeading');
  },
});
byId('editor').append(editor.element);

function show(next: State, problems: string[] = []) {
  state = next;
  const kept = next.quarantine.length;
  const lines = [...problems];
  if (kept > 0) lines.push(t('keptAside', { count: kept }));
  problem.hidden = lines.length === 0;
  problem.textContent = lines.join(' ');
  const count = renderInterviewList(list, next, {
    onEdit(processId) {
      const process = state?.processes.find((p) => p.id === processId);
      if (!process || !state) return;
      heading.textContent = t('editHeading', { company: process.company });
      editor.edit(process, state.people);
      heading.scrollIntoView({ block: 'start' });
    },
    onChanged: (changed) => show(changed),
    announce,
  });
  empty.hidden = count > 0;
}

byId('open-options').addEventListener('click', () => {
  void browser.runtime.openOptionsPage();
  window.close();
});

void api.getState().then(({ state: loaded, problems }) => show(loaded, problems));
void renderHostAccess(byId('access'));
