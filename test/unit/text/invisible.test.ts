/**
 * Hidden characters in export text made visible: bidi controls, zero-width and other invisible characters, control
 * characters. The split into text and marker segments (DOM-free), the plain-text escape for tooltips and hovers, and
 * the webview helper that turns segments into nodes (against a minimal stand-in document: text nodes and spans only).
 */
import assert from 'node:assert/strict';
import { P } from '../../fixtures/hostile/payloads';
import { codePointLabel, describeInvisible, escapeInvisible, hasInvisible, visibleSegments } from '../../../src/core/text/invisible';
import { appendVisibleText, MARKER_CLASS, setVisibleText } from '../../../webview/ui/visible-text';

const BIDI = [0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069];
const INVISIBLE = [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad, 0x2061, 0x2062, 0x2063, 0x2064, 0x180e, 0x034f, 0x3164, 0xe0001, 0xe0041, 0xe0061, 0xe007f];
const CONTROL = [0x00, 0x07, 0x08, 0x0b, 0x0c, 0x1b, 0x7f, 0x85, 0x9f, 0x2028, 0x2029];

/** The segments as a compact picture: plain runs as they are, markers as ⟦U+XXXX⟧. */
function picture(text: string): string {
  return visibleSegments(text)
    .map((s) => (s.invisible ? `⟦${s.invisible.label}⟧` : s.text))
    .join('');
}

describe('hidden characters in export text', () => {
  it('knows every bidirectional control, by name', () => {
    for (const cp of BIDI) {
      const info = describeInvisible(cp);
      assert.ok(info, codePointLabel(cp));
      assert.equal(info.kind, 'bidi');
      assert.equal(info.codePoint, cp);
      assert.equal(info.label, codePointLabel(cp));
    }
    assert.equal(describeInvisible('\u202E')?.name, 'RIGHT-TO-LEFT OVERRIDE');
    assert.equal(describeInvisible('\u202C')?.name, 'POP DIRECTIONAL FORMATTING');
    assert.equal(describeInvisible('\u2066')?.name, 'LEFT-TO-RIGHT ISOLATE');
  });

  it('knows zero-width, invisible format and control characters', () => {
    for (const cp of INVISIBLE) assert.equal(describeInvisible(cp)?.kind, 'format', codePointLabel(cp));
    for (const cp of CONTROL) assert.equal(describeInvisible(cp)?.kind, 'control', codePointLabel(cp));
    assert.equal(describeInvisible('\u200B')?.name, 'ZERO WIDTH SPACE');
    assert.equal(describeInvisible(0xe0061)?.name, 'TAG LATIN SMALL LETTER A');
    assert.equal(describeInvisible(0xe0061)?.label, 'U+E0061');
    assert.equal(describeInvisible(0x00ad)?.label, 'U+00AD');
  });

  it('leaves ordinary text alone: letters of every script, spaces, tabs and line breaks, emoji with their selectors', () => {
    const ordinary = ['admin@contoso.com', 'Müller Ñandú', '山田 太郎', 'محمد', 'שלום', 'a\tb\nc\r\nd', 'x y', '❤️ 👍🏽', '👨\u200D👩\u200D👧', '👩🏽\u200D💻', '❤️\u200D🔥', '<img src=x onerror=alert(1)>'];
    for (const text of ordinary) {
      assert.equal(hasInvisible(text), false, JSON.stringify(text));
      assert.deepEqual(visibleSegments(text), [{ text }]);
      assert.equal(escapeInvisible(text), text);
    }
    // A joiner that joins no two emoji is shown.
    assert.equal(picture('👨\u200D'), '👨⟦U+200D⟧');
    assert.equal(picture('a\u200D👩'), 'a⟦U+200D⟧👩');
    assert.equal(picture('👨\u200D\u200D👩'), '👨⟦U+200D⟧⟦U+200D⟧👩');
    assert.deepEqual(visibleSegments(''), []);
    assert.equal(describeInvisible('a'), undefined);
    assert.equal(describeInvisible('\t'), undefined);
    assert.equal(describeInvisible('\n'), undefined);
    assert.equal(describeInvisible(' '), undefined);
  });

  it('splits the right-to-left override payload into text and markers, in logical order', () => {
    assert.equal(picture(P.bidi), 'moc.osotnoc@⟦U+202E⟧nimda⟦U+202C⟧');
    const segments = visibleSegments(P.bidi);
    assert.deepEqual(
      segments.map((s) => [s.text, s.invisible?.name]),
      [
        ['moc.osotnoc@', undefined],
        ['\u202E', 'RIGHT-TO-LEFT OVERRIDE'],
        ['nimda', undefined],
        ['\u202C', 'POP DIRECTIONAL FORMATTING'],
      ],
    );
    // No plain run holds a hidden character: nothing is left to reorder what is drawn.
    for (const s of segments) if (!s.invisible) assert.equal(hasInvisible(s.text), false);
  });

  it('makes the zero-width look-alike differ from the real name', () => {
    assert.equal(picture(P.zeroWidth), 'ad⟦U+200B⟧min⟦U+200D⟧@contoso.com⟦U+FEFF⟧');
    assert.notEqual(picture(P.zeroWidth), picture('admin@contoso.com'));
    assert.equal(picture('\uFEFFadmin'), '⟦U+FEFF⟧admin', 'a BOM at the start of a value is shown too');
    assert.equal(picture('\u200B\u200B'), '⟦U+200B⟧⟦U+200B⟧', 'one marker per character, side by side');
    assert.equal(picture('soft\u00ADhyphen'), 'soft⟦U+00AD⟧hyphen');
  });

  it('takes astral characters whole (tag characters smuggling ASCII), and leaves lone surrogates as they are', () => {
    const smuggled = 'ok\u{E0069}\u{E0067}\u{E006E}';
    assert.equal(picture(smuggled), 'ok⟦U+E0069⟧⟦U+E0067⟧⟦U+E006E⟧');
    assert.equal(picture('a\uD800b'), 'a\uD800b');
  });

  it('segments joined give the text back, whatever it holds', () => {
    const samples = [P.bidi, P.zeroWidth, P.bidiScript, 'a\u0000b\u001Fc\u007F\u0085', '\u2066x\u2069\u061C', '\u{E0001}\u{E0020}\u{E007F}', 'plain'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pool = ['a', 'é', '山', 'א', ' ', '\n', '\u202E', '\u200B', '\uFEFF', '\u00AD', '\u0007', '\u{E0041}', '😀', '\uD800'];
    for (let i = 0; i < 200; i++) samples.push(Array.from({ length: Math.floor(random() * 12) }, () => pool[Math.floor(random() * pool.length)]).join(''));
    for (const text of samples) {
      const segments = visibleSegments(text);
      assert.equal(segments.map((s) => s.text).join(''), text, JSON.stringify(text));
      for (const s of segments) {
        if (s.invisible) assert.equal(s.text, String.fromCodePoint(s.invisible.codePoint));
        else assert.ok(s.text.length > 0 && !hasInvisible(s.text), JSON.stringify(s.text));
      }
      // The escape holds no hidden character, and says where each one was.
      const escaped = escapeInvisible(text);
      assert.equal(hasInvisible(escaped), false);
      assert.equal(escaped, segments.map((s) => (s.invisible ? `[${s.invisible.label}]` : s.text)).join(''));
    }
  });

  it('escapes for plain-text places (tooltips, accessible names, hovers) as [U+XXXX]', () => {
    assert.equal(escapeInvisible(P.bidi), 'moc.osotnoc@[U+202E]nimda[U+202C]');
    assert.equal(escapeInvisible(P.zeroWidth), 'ad[U+200B]min[U+200D]@contoso.com[U+FEFF]');
    // Stateless between calls (a global regular expression's lastIndex must not leak).
    assert.equal(hasInvisible('a\u202Eb'), true);
    assert.equal(hasInvisible('a\u202Eb'), true);
    assert.equal(picture('x\u200By'), picture('x\u200By'));
  });
});

// A stand-in document: just enough for the helper (text nodes, elements with attributes and children).
class FakeNode {
  readonly childNodes: FakeNode[] = [];
  ownerDocument: FakeDocument | null = null;
  appendChild(node: FakeNode): FakeNode {
    this.childNodes.push(node);
    return node;
  }
  replaceChildren(): void {
    this.childNodes.length = 0;
  }
  get textContent(): string {
    return this.childNodes.map((n) => n.textContent).join('');
  }
  set textContent(text: string) {
    this.childNodes.length = 0;
    if (text) this.appendChild(new FakeText(text));
  }
}
class FakeText extends FakeNode {
  constructor(readonly data: string) {
    super();
  }
  override get textContent(): string {
    return this.data;
  }
}
class FakeElement extends FakeNode {
  className = '';
  title = '';
  readonly attributes = new Map<string, string>();
  constructor(readonly tagName: string) {
    super();
  }
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }
  set innerHTML(_html: string) {
    throw new Error('innerHTML is never used');
  }
}
class FakeDocument {
  adoptedStyleSheets: unknown[] = [];
  createTextNode(data: string): FakeText {
    return new FakeText(data);
  }
  createElement(tag: string): FakeElement {
    const element = new FakeElement(tag.toUpperCase());
    element.ownerDocument = this;
    return element;
  }
}

describe('the webview helper drawing hidden characters as markers', () => {
  const doc = new FakeDocument();
  const parent = () => doc.createElement('div') as unknown as FakeElement;
  const nodes = (element: FakeElement) => element.childNodes.map((n) => (n instanceof FakeElement ? { marker: n.textContent, className: n.className, title: n.title, label: n.attributes.get('aria-label'), role: n.attributes.get('role') } : (n as FakeText).data));

  it('appends plain runs as text nodes and each hidden character as a named span', () => {
    const cell = parent();
    appendVisibleText(cell as unknown as Node, P.bidi);
    assert.deepEqual(nodes(cell), [
      'moc.osotnoc@',
      { marker: 'U+202E', className: `${MARKER_CLASS} invisible-bidi`, title: 'U+202E RIGHT-TO-LEFT OVERRIDE', label: 'U+202E RIGHT-TO-LEFT OVERRIDE', role: 'img' },
      'nimda',
      { marker: 'U+202C', className: `${MARKER_CLASS} invisible-bidi`, title: 'U+202C POP DIRECTIONAL FORMATTING', label: 'U+202C POP DIRECTIONAL FORMATTING', role: 'img' },
    ]);
    // What is drawn holds no hidden character at all.
    assert.equal(hasInvisible(cell.textContent), false);
    assert.equal(cell.textContent, 'moc.osotnoc@U+202EnimdaU+202C');
  });

  it('replaces content, plain text in one text node', () => {
    const cell = parent();
    setVisibleText(cell as unknown as Element, P.zeroWidth);
    assert.equal(cell.textContent, 'adU+200BminU+200D@contoso.comU+FEFF');
    assert.equal(cell.childNodes.filter((n) => n instanceof FakeElement).length, 3);
    setVisibleText(cell as unknown as Element, 'admin@contoso.com');
    assert.deepEqual(nodes(cell), ['admin@contoso.com']);
    setVisibleText(cell as unknown as Element, '');
    assert.deepEqual(nodes(cell), []);
  });

  it('places markup payloads as text, never as elements', () => {
    const cell = parent();
    appendVisibleText(cell as unknown as Node, P.bidiScript);
    assert.deepEqual(
      cell.childNodes.map((n) => (n instanceof FakeElement ? n.tagName : 'text')),
      ['SPAN', 'text', 'SPAN'],
    );
    assert.equal((cell.childNodes[1] as FakeText).data, P.bidiScript.slice(1, -1));
  });
});
