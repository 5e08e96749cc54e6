/**
 * Export text in the webviews with its hidden characters shown: each bidirectional control (U+202E RIGHT-TO-LEFT
 * OVERRIDE …), invisible format character (zero-width space, joiner, BOM, soft hyphen …) or control character becomes
 * a small bordered marker reading `U+202E`, named in its tooltip and accessible name — as VS Code's editor highlights
 * such characters. The character itself is not placed in the document, so an override cannot reorder what follows it,
 * and two names that differ only by an invisible character no longer look the same. Only what is drawn changes: the
 * value a page keeps (to filter, copy, export, open a timeline) is the file's text.
 *
 * DOM only through `createTextNode`, `createElement` and `textContent` (never HTML). The split itself is
 * src/core/text/invisible.ts (DOM-free, unit-tested); the marker's style is one constructed stylesheet adopted by the
 * document (the CSP refuses inline style, not the CSSOM), themed with the editor's Unicode-highlight colours.
 */
import { escapeInvisible, hasInvisible, visibleSegments, type InvisibleChar } from '../../src/core/text/invisible';

export { escapeInvisible, hasInvisible };

export const MARKER_CLASS = 'invisible-char';

const STYLE = `
.${MARKER_CLASS} {
  /* Inline, not inline-block: in a cell cut with an ellipsis, a marker at the edge still shows in part. */
  display: inline;
  unicode-bidi: isolate;
  direction: ltr;
  margin: 0 1px;
  padding: 0 2px;
  border: 1px solid var(--vscode-editorUnicodeHighlight-border, var(--vscode-editorWarning-foreground, #cca700));
  border-radius: 2px;
  background: var(--vscode-editorUnicodeHighlight-background, transparent);
  font-family: var(--vscode-editor-font-family, monospace);
  font-size: 0.85em;
  font-style: normal;
  font-weight: normal;
  vertical-align: baseline;
  text-decoration: none;
  white-space: nowrap;
  cursor: help;
}
/* Bidi controls solid, invisible and control characters dashed. */
.${MARKER_CLASS}.invisible-format,
.${MARKER_CLASS}.invisible-control {
  border-style: dashed;
}
`;

let styled: Document | undefined;

/** Adopts the marker's stylesheet once per document. */
function ensureStyle(doc: Document): void {
  if (styled === doc) return;
  styled = doc;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    // No constructable stylesheets: the marker's text still says what the character is.
  }
}

/** The marker for one hidden character: `U+202E` in a span named `U+202E RIGHT-TO-LEFT OVERRIDE`. */
export function invisibleMarker(info: InvisibleChar, doc: Document = document): HTMLSpanElement {
  ensureStyle(doc);
  const marker = doc.createElement('span');
  marker.className = `${MARKER_CLASS} invisible-${info.kind}`;
  marker.textContent = info.label;
  const name = `${info.label} ${info.name}`;
  marker.title = name;
  marker.setAttribute('role', 'img');
  marker.setAttribute('aria-label', name);
  return marker;
}

/** Appends `text` to `parent`, each hidden character as a marker. */
export function appendVisibleText(parent: Node, text: string): void {
  const doc = parent.ownerDocument ?? document;
  if (!hasInvisible(text)) {
    if (text) parent.appendChild(doc.createTextNode(text));
    return;
  }
  for (const segment of visibleSegments(text)) parent.appendChild(segment.invisible ? invisibleMarker(segment.invisible, doc) : doc.createTextNode(segment.text));
}

/** Replaces the element's content with `text`, each hidden character as a marker (plain text takes one write). */
export function setVisibleText(element: Element, text: string): void {
  if (!hasInvisible(text)) {
    element.textContent = text;
    return;
  }
  element.replaceChildren();
  appendVisibleText(element, text);
}

/** `text` as a node to append: a text node, or a fragment with markers. */
export function visibleText(text: string): Node {
  if (!hasInvisible(text)) return document.createTextNode(text);
  const fragment = document.createDocumentFragment();
  appendVisibleText(fragment, text);
  return fragment;
}
