/**
 * The explanation card. Everything shown comes from the host as data and is placed with `textContent`; there is no
 * HTML string building, so nothing in a code, alias or export can become markup.
 */
import { assertNever, type ExplainToWebview, type RecordCard, type WebviewToHost } from '../../src/protocol';

declare function acquireVsCodeApi(): { postMessage(message: WebviewToHost): void };
const vscode = acquireVsCodeApi();

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function render(card: RecordCard): void {
  document.documentElement.lang = card.lang;
  const main = el('main', `card outcome-${card.outcome}`);
  main.setAttribute('aria-live', 'polite');
  const header = el('header', 'card-header');
  header.append(el('h1', 'code', card.code), el('p', 'label', card.label));
  const meta = el('p', 'meta');
  meta.append(el('span', `badge badge-${card.outcome}`, card.outcomeName), el('span', 'family', card.familyName));
  header.append(meta);
  main.append(header);
  if (card.passwordAccepted) main.append(el('p', 'note', card.captions.passwordAccepted));
  const section = (caption: string, text: string) => {
    const s = el('section', 'part');
    s.append(el('h2', 'caption', caption), el('p', 'text', text));
    return s;
  };
  main.append(section(card.captions.explanation, card.explanation), section(card.captions.nextStep, card.nextStep));
  if (card.aliases.length) {
    const s = el('section', 'part');
    const list = el('ul', 'aliases');
    for (const alias of card.aliases) list.append(el('li', 'alias', alias));
    s.append(el('h2', 'caption', card.captions.aliases), list);
    main.append(s);
  }
  main.append(el('p', 'source', `${card.captions.source}: ${card.source}`));
  document.body.replaceChildren(main);
}

window.addEventListener('message', (event: MessageEvent<ExplainToWebview>) => {
  const message = event.data;
  switch (message.type) {
    case 'showRecord':
      render(message.card);
      return;
    default:
      assertNever(message.type);
  }
});

vscode.postMessage({ type: 'ready' });
