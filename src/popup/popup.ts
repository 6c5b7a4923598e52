// The toolbar popup: the interview list and the editor. It never writes storage itself: every
// change goes to the worker, which answers with the state it stored, and the popup re-renders.
import type { State } from '../core/schema.ts';
import { api } from '../ui/api.ts';
import { byId, h, present } from '../ui/dom.ts';
import { createEditor } from '../ui/editor.ts';
import { renderInterviewList } from '../ui/interviewList.ts';

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
      undo && h('button', { attrs: { type: 'button' }, on: { click: () => (toast.replaceChildren(), undo()) } }, 'Undo'),
    ),
  );
}

const editor = createEditor({
  onSaved(next) {
    heading.textContent = 'Add an interview';
    show(next);
  },
  onCancel() {
    heading.textContent = 'Add an interview';
  },
});
byId('editor').append(editor.element);

function show(next: State, problems: string[] = []) {
  state = next;
  const kept = next.quarantine.length;
  const lines = [...problems];
  if (kept > 0) lines.push(`${kept} saved record${kept === 1 ? '' : 's'} could not be read. They are kept aside, not deleted; export your data from the options page to recover them.`);
  problem.hidden = lines.length === 0;
  problem.textContent = lines.join(' ');
  const count = renderInterviewList(list, next, {
    onEdit(processId) {
      const process = state?.processes.find((p) => p.id === processId);
      if (!process || !state) return;
      heading.textContent = `Edit ${process.company}`;
      editor.edit(process, state.people);
      heading.scrollIntoView({ block: 'start' });
    },
    onChanged: (changed) => show(changed),
    announce,
  });
  empty.hidden = count > 0;
}

void api.getState().then(({ state: loaded, problems }) => show(loaded, problems));
