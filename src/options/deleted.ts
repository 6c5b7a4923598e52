// Recently deleted: Undo after the popup closed, each entry restoring exactly its deletion.
import { format, parseISO } from 'date-fns';
import type { StateReply } from '../core/pageMessages.ts';
import { h } from '../ui/dom.ts';
import { part, sayIn, WHEN, type SectionDeps } from './section.ts';

export function mount(root: HTMLElement, deps: SectionDeps): void {
  const { t } = deps;
  const entry = (d: StateReply['recentlyDeleted'][number]) => {
    const name = d.role ? `${d.company} · ${d.role}` : d.company;
    const undo = async () => {
      const reply = await deps.api.undoDelete(d.id);
      if (!reply.ok) return sayIn(root, 'deleted-result', reply.error, deps);
      sayIn(root, 'deleted-result', '', deps);
      deps.announce(t('undeleted', { company: d.company }));
      await deps.refresh();
    };
    return h(
      'li',
      {},
      h('span', {}, t('deletedOn', { name, when: format(parseISO(d.deletedAt), WHEN, { locale: deps.locale }) })),
      ' ',
      h(
        'button',
        { attrs: { type: 'button', 'aria-label': t('undoDeleteLabel', { name }) }, on: { click: () => void undo() } },
        t('undo'),
      ),
    );
  };
  // Every storage change re-reads the state; rebuilding an unchanged list would swap the Undo
  // buttons under a pointer on its way to one (seen in Firefox, where the click then missed).
  let shown: string | undefined;
  deps.onStored((reply) => {
    const list = JSON.stringify(reply.recentlyDeleted);
    if (list === shown) return;
    shown = list;
    root.hidden = reply.recentlyDeleted.length === 0;
    part(root, 'deleted').replaceChildren(...reply.recentlyDeleted.map(entry));
  });
}
