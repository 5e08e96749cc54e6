/**
 * Characters an export can hide in plain sight: bidirectional controls (a right-to-left override shows
 * `moc.osotnoc@<RLO>nimda` as `admin@contoso.com`), invisible format characters (a zero-width space makes two different
 * user names look identical) and control characters. Wherever export text is shown, each one is replaced by a visible
 * `U+202E`-style marker (webviews: a styled span, see webview/ui/visible-text.ts; hovers and tooltips: `[U+202E]`),
 * while the value itself — copied, filtered, exported — stays exactly the file's text.
 *
 * Pure and DOM-free: the table, the split into text and marker segments, and the plain-text escape (unit-tested).
 */

export type InvisibleKind = 'bidi' | 'format' | 'control';

export interface InvisibleChar {
  readonly codePoint: number;
  readonly kind: InvisibleKind;
  /** The Unicode name (or a description for tag and control characters). */
  readonly name: string;
  /** `U+202E`: the marker's text. */
  readonly label: string;
}

/** One piece of text to show: plain text, or one hidden character to show as a marker. */
export type VisibleSegment =
  | { readonly text: string; readonly invisible?: undefined }
  | { readonly text: string; readonly invisible: InvisibleChar };

/** `U+202E`, `U+00AD`, `U+E0061`: at least four upper-case hex digits. */
export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

const BIDI: ReadonlyArray<readonly [number, string]> = [
  [0x061c, 'ARABIC LETTER MARK'],
  [0x200e, 'LEFT-TO-RIGHT MARK'],
  [0x200f, 'RIGHT-TO-LEFT MARK'],
  [0x202a, 'LEFT-TO-RIGHT EMBEDDING'],
  [0x202b, 'RIGHT-TO-LEFT EMBEDDING'],
  [0x202c, 'POP DIRECTIONAL FORMATTING'],
  [0x202d, 'LEFT-TO-RIGHT OVERRIDE'],
  [0x202e, 'RIGHT-TO-LEFT OVERRIDE'],
  [0x2066, 'LEFT-TO-RIGHT ISOLATE'],
  [0x2067, 'RIGHT-TO-LEFT ISOLATE'],
  [0x2068, 'FIRST STRONG ISOLATE'],
  [0x2069, 'POP DIRECTIONAL ISOLATE'],
];

/**
 * Characters that draw nothing (or nothing a reader notices) in a user name, an app or an address: the
 * default-ignorable format characters (category Cf) and the fillers and joiners that render empty. Variation selectors
 * are left out (emoji need them), and so are spaces of other widths (they show as space).
 */
const FORMAT: ReadonlyArray<readonly [number, string]> = [
  [0x00ad, 'SOFT HYPHEN'],
  [0x034f, 'COMBINING GRAPHEME JOINER'],
  [0x115f, 'HANGUL CHOSEONG FILLER'],
  [0x1160, 'HANGUL JUNGSEONG FILLER'],
  [0x17b4, 'KHMER VOWEL INHERENT AQ'],
  [0x17b5, 'KHMER VOWEL INHERENT AA'],
  [0x180e, 'MONGOLIAN VOWEL SEPARATOR'],
  [0x200b, 'ZERO WIDTH SPACE'],
  [0x200c, 'ZERO WIDTH NON-JOINER'],
  [0x200d, 'ZERO WIDTH JOINER'],
  [0x2060, 'WORD JOINER'],
  [0x2061, 'FUNCTION APPLICATION'],
  [0x2062, 'INVISIBLE TIMES'],
  [0x2063, 'INVISIBLE SEPARATOR'],
  [0x2064, 'INVISIBLE PLUS'],
  [0x206a, 'INHIBIT SYMMETRIC SWAPPING'],
  [0x206b, 'ACTIVATE SYMMETRIC SWAPPING'],
  [0x206c, 'INHIBIT ARABIC FORM SHAPING'],
  [0x206d, 'ACTIVATE ARABIC FORM SHAPING'],
  [0x206e, 'NATIONAL DIGIT SHAPES'],
  [0x206f, 'NOMINAL DIGIT SHAPES'],
  [0x3164, 'HANGUL FILLER'],
  [0xfeff, 'ZERO WIDTH NO-BREAK SPACE (BYTE ORDER MARK)'],
  [0xffa0, 'HALFWIDTH HANGUL FILLER'],
  [0xfff9, 'INTERLINEAR ANNOTATION ANCHOR'],
  [0xfffa, 'INTERLINEAR ANNOTATION SEPARATOR'],
  [0xfffb, 'INTERLINEAR ANNOTATION TERMINATOR'],
  [0x1bca0, 'SHORTHAND FORMAT LETTER OVERLAP'],
  [0x1bca1, 'SHORTHAND FORMAT CONTINUING OVERLAP'],
  [0x1bca2, 'SHORTHAND FORMAT DOWN STEP'],
  [0x1bca3, 'SHORTHAND FORMAT UP STEP'],
  [0x1d173, 'MUSICAL SYMBOL BEGIN BEAM'],
  [0x1d174, 'MUSICAL SYMBOL END BEAM'],
  [0x1d175, 'MUSICAL SYMBOL BEGIN TIE'],
  [0x1d176, 'MUSICAL SYMBOL END TIE'],
  [0x1d177, 'MUSICAL SYMBOL BEGIN SLUR'],
  [0x1d178, 'MUSICAL SYMBOL END SLUR'],
  [0x1d179, 'MUSICAL SYMBOL BEGIN PHRASE'],
  [0x1d17a, 'MUSICAL SYMBOL END PHRASE'],
  [0xe0001, 'LANGUAGE TAG'],
  [0xe007f, 'CANCEL TAG'],
];

/** C0 control characters by code point ('' for tab, line feed and carriage return: not shown as markers). */
const C0_NAMES = [
  'NULL', 'START OF HEADING', 'START OF TEXT', 'END OF TEXT', 'END OF TRANSMISSION', 'ENQUIRY', 'ACKNOWLEDGE', 'BELL',
  'BACKSPACE', '', '', 'LINE TABULATION', 'FORM FEED', '', 'SHIFT OUT', 'SHIFT IN', 'DATA LINK ESCAPE',
  'DEVICE CONTROL ONE', 'DEVICE CONTROL TWO', 'DEVICE CONTROL THREE', 'DEVICE CONTROL FOUR', 'NEGATIVE ACKNOWLEDGE',
  'SYNCHRONOUS IDLE', 'END OF TRANSMISSION BLOCK', 'CANCEL', 'END OF MEDIUM', 'SUBSTITUTE', 'ESCAPE',
  'INFORMATION SEPARATOR FOUR', 'INFORMATION SEPARATOR THREE', 'INFORMATION SEPARATOR TWO',
  'INFORMATION SEPARATOR ONE',
];

function tagName(codePoint: number): string {
  const ascii = String.fromCharCode(codePoint - 0xe0000);
  if (ascii === ' ') return 'TAG SPACE';
  if (/[a-z]/.test(ascii)) return `TAG LATIN SMALL LETTER ${ascii.toUpperCase()}`;
  if (/[A-Z]/.test(ascii)) return `TAG LATIN CAPITAL LETTER ${ascii}`;
  return `TAG CHARACTER '${ascii}'`;
}

const TABLE = new Map<number, InvisibleChar>();
function add(codePoint: number, kind: InvisibleKind, name: string): void {
  TABLE.set(codePoint, { codePoint, kind, name, label: codePointLabel(codePoint) });
}
for (const [cp, name] of BIDI) add(cp, 'bidi', name);
for (const [cp, name] of FORMAT) add(cp, 'format', name);
// Tag characters: invisible copies of ASCII (used to smuggle text past a reader).
for (let cp = 0xe0020; cp <= 0xe007e; cp++) add(cp, 'format', tagName(cp));
// Control characters, except tab, line feed and carriage return (layout whitespace, collapsed like spaces).
C0_NAMES.forEach((name, cp) => name && add(cp, 'control', name));
add(0x7f, 'control', 'DELETE');
for (let cp = 0x80; cp <= 0x9f; cp++) add(cp, 'control', 'C1 CONTROL CHARACTER');
add(0x2028, 'control', 'LINE SEPARATOR');
add(0x2029, 'control', 'PARAGRAPH SEPARATOR');

/** One character class of every code point in the table, ranges merged. */
function characterClass(codePoints: readonly number[]): string {
  const sorted = [...codePoints].sort((a, b) => a - b);
  const hex = (cp: number) => `\\u{${cp.toString(16)}}`;
  let out = '';
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    out += j > i ? `${hex(sorted[i]!)}-${hex(sorted[j]!)}` : hex(sorted[i]!);
    i = j + 1;
  }
  return `[${out}]`;
}

/**
 * A ZERO WIDTH JOINER between two emoji (man, ZWJ, woman, ZWJ, girl: one family picture) only joins visible pictures
 * into one: it stays. Anywhere else (`ad<ZWJ>min`) it is shown.
 */
const NOT_EMOJI_JOINER = '(?!(?<=\\p{Extended_Pictographic}\\u{FE0F}?[\\u{1F3FB}-\\u{1F3FF}]?)\\u{200D}(?=\\p{Extended_Pictographic}))';
const CLASS = NOT_EMOJI_JOINER + characterClass([...TABLE.keys()]);
const ANY = new RegExp(CLASS, 'u');
const ALL = new RegExp(CLASS, 'gu');

/** What a hidden character is, or undefined for a character shown as itself. */
export function describeInvisible(char: string | number): InvisibleChar | undefined {
  const codePoint = typeof char === 'number' ? char : char.codePointAt(0);
  return codePoint === undefined ? undefined : TABLE.get(codePoint);
}

/** Whether the text holds any character to show as a marker (cheap: one regular-expression test). */
export function hasInvisible(text: string): boolean {
  return ANY.test(text);
}

/** The text split into plain runs and one marker segment per hidden character, in order; joined, the text again. */
export function visibleSegments(text: string): VisibleSegment[] {
  const out: VisibleSegment[] = [];
  let last = 0;
  ALL.lastIndex = 0;
  for (let m = ALL.exec(text); m; m = ALL.exec(text)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index) });
    out.push({ text: m[0], invisible: TABLE.get(m[0].codePointAt(0)!)! });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}

/**
 * The text as plain characters with each hidden one written `[U+202E]`: for places that take a string only (tooltips,
 * accessible names, hovers, dropdown options). Text without such characters comes back unchanged.
 */
export function escapeInvisible(text: string): string {
  if (!hasInvisible(text)) return text;
  return text.replace(ALL, (char) => `[${TABLE.get(char.codePointAt(0)!)!.label}]`);
}
