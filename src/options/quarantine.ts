// Records kept aside: stored data that could not be read is never dropped; the section lists it
// (with why and since when) and stays hidden while there is none.
import { format, parseISO } from 'date-fns';
import { h } from '../ui/dom.ts';
import { DAY, part, type SectionDeps } from './section.ts';

export function mount(root: HTMLElement, deps: SectionDeps): void {
  deps.onState((current) => {
    root.hidden = current.quarantine.length === 0;
    part(root, 'quarantine').replaceChildren(
      ...current.quarantine.map((q) =>
        h(
          'li',
          {},
          deps.t('quarantineKept', {
            reason: q.reason,
            date: format(parseISO(q.keptAt), DAY, { locale: deps.locale }),
          }),
        ),
      ),
    );
  });
}
