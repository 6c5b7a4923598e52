// Test-only helper add-on for the Firefox end-to-end run (tests/e2e/support/firefox.ts).
//
// Offer First draws its dialog in a closed shadow root, which page scripts and WebDriver BiDi
// cannot enter. Firefox lets WebExtension content scripts open any shadow root through
// `Element.openOrClosedShadowRoot`
// (https://developer.mozilla.org/en-US/docs/Web/API/Element/openOrClosedShadowRoot), so this
// separate add-on, installed only by the tests, reads the dialog when the test asks. Offer First
// itself carries no test hook. It answers only the test's request event: it adds nothing to a
// page and never acts on its own.
'use strict';

const REQUEST = 'offer-first-test:read-dialog';
const REPLY = 'offer-first-test:dialog';

/** Children in rendering order: a shadow root's content replaces the host's light children. */
function renderedChildren(node) {
  const shadow = node instanceof Element ? node.openOrClosedShadowRoot : null;
  return shadow ? [...shadow.childNodes] : [...node.childNodes];
}

function visible(element) {
  if (element.closest('[aria-hidden="true"]')) return false;
  return typeof element.checkVisibility === 'function' ? element.checkVisibility() : true;
}

function roleOf(element) {
  const role = element.getAttribute('role');
  if (role) return role.trim().split(/\s+/)[0];
  return element.localName === 'dialog' && element.open ? 'dialog' : '';
}

/** The first visible dialog or alertdialog in rendering order, as an accessibility tree lists them. */
function findDialog(node) {
  for (const child of renderedChildren(node)) {
    if (!(child instanceof Element)) continue;
    if (/^(alert)?dialog$/.test(roleOf(child)) && visible(child)) return child;
    const hit = findDialog(child);
    if (hit) return hit;
  }
  return null;
}

function rootOf(element) {
  return element.getRootNode();
}

/** aria-labelledby (resolved in the element's own tree), else aria-label, else its text. */
function nameOf(element, own) {
  const ids = element.getAttribute('aria-labelledby');
  if (ids) {
    const root = rootOf(element);
    const text = ids
      .split(/\s+/)
      .map((id) => root.getElementById?.(id)?.textContent ?? '')
      .join(' ');
    if (text.trim()) return text.replace(/\s+/g, ' ').trim();
  }
  const label = element.getAttribute('aria-label');
  if (label && label.trim()) return label.trim();
  return own ? (element.textContent ?? '').replace(/\s+/g, ' ').trim() : '';
}

function read() {
  const dialog = findDialog(document);
  // Offer First's dialog opens at once, busy (aria-busy) with the person's name and Cancel only,
  // until the worker's details fill it in: not yet the dialog the tests read, as in chromium.ts.
  if (!dialog || dialog.getAttribute('aria-busy') === 'true') return null;
  const texts = [];
  const buttons = [];
  const walk = (node) => {
    for (const child of renderedChildren(node)) {
      if (child instanceof Text) {
        const text = child.data.replace(/\s+/g, ' ').trim();
        if (text && child.parentElement && visible(child.parentElement)) texts.push(text);
        continue;
      }
      if (!(child instanceof Element) || !visible(child)) continue;
      if (child.localName === 'button' || roleOf(child) === 'button') {
        const box = child.getBoundingClientRect();
        buttons.push({ name: nameOf(child, true), x: box.x + box.width / 2, y: box.y + box.height / 2 });
      }
      walk(child);
    }
  };
  walk(dialog);
  if (buttons.length < 2) return null;
  return { role: roleOf(dialog), name: nameOf(dialog, false), text: texts.join(' '), buttons };
}

document.addEventListener(REQUEST, () => {
  let detail;
  try {
    detail = JSON.stringify(read());
  } catch (error) {
    detail = JSON.stringify({ error: String(error) });
  }
  document.dispatchEvent(new CustomEvent(REPLY, { detail }));
});
