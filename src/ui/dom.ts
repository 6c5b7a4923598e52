// A tiny element builder for the extension's pages: text always goes in as text nodes, so no
// user or page text is ever parsed as HTML.
export type Child = Node | string | false | null | undefined;

export interface Props {
  class?: string;
  id?: string;
  attrs?: Record<string, string | boolean | undefined>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.class) element.className = props.class;
  if (props.id) element.id = props.id;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === false || value === undefined) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const [type, listener] of Object.entries(props.on ?? {})) {
    element.addEventListener(type, listener as EventListener);
  }
  for (const child of children) {
    if (child === false || child === null || child === undefined) continue;
    element.append(child);
  }
  return element;
}

export function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`page markup is missing #${id}`);
  return element as T;
}

/** The children that are present, for `replaceChildren(...present(a, cond && b))`. */
export function present(...children: Child[]): Array<Node | string> {
  return children.filter((c): c is Node | string => c !== false && c !== null && c !== undefined);
}
