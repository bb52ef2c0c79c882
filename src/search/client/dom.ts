/**
 * The two DOM helpers of the search page's elements: finding a part of an
 * element's markup, and making an element whose text is set as text (never as
 * markup).
 */

/** The first element under `root` matching `selector`; its absence is an error naming both. */
export function part<T extends Element>(root: Element, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`<${root.localName}> needs an element matching ${selector}`);
  return found;
}

/** A new element with an optional class and text, and its children. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string } = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  node.append(...children);
  return node;
}
