// The popup's add form is folded away behind "New interview" while there are interviews to
// show (what the popup is opened for), and open by itself when there are none. Shared by the
// first screen (popup.ts) and the rest (rest.ts), so it carries no other import.
const section = () => document.getElementById('add-section');
const toggle = () => document.getElementById('add-interview');

/** Shows the form; with `focus`, moves focus to its first field once the editor is there. */
export function openAddForm(focus = false): void {
  const form = section();
  if (!form) return;
  form.hidden = false;
  toggle()?.setAttribute('aria-expanded', 'true');
  if (focus) document.getElementById('f-company')?.focus();
}

export function closeAddForm(): void {
  const form = section();
  if (!form) return;
  form.hidden = true;
  toggle()?.setAttribute('aria-expanded', 'false');
}

export const addFormOpen = (): boolean => section()?.hidden === false;

/**
 * With nothing listed the form is what to do next: open, and "New interview" (which would
 * only fold it away) is not shown. With interviews listed, the button is there.
 */
export function listIsEmpty(empty: boolean): void {
  if (empty) openAddForm();
  const button = toggle();
  if (button) button.hidden = empty;
}
