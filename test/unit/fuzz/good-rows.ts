/**
 * "Every good row around a bad one is still indexed": a valid export with exactly ONE row broken — a broken quote, a
 * field too many or too few, a NUL byte, a time that does not parse, a JSON record replaced by garbage, cut short or
 * given a stray quote or bracket — must give every other row exactly as before (same line, moved by what the edit
 * added or removed; same byte range; same time, outcome and values), detected as the same kind, and either the broken
 * row itself at its line or a problem naming a line of it.
 */
import type { TextEncodingName } from '../../../src/core/formats/encoding';
import type { ReportIndex } from '../../../src/core/model/report-index';
import { csvFieldSpans } from '../../../src/core/text/cells';
import { pick, shiftJis, utf16, utf8 } from '../formats/text-helpers';
import { rowBases, rowValues, type BaseExport, type RowValues } from './corpus';
import { splice, type Random } from './generators';

export const CORRUPTIONS = ['broken-quote', 'field-count', 'nul', 'bad-time', 'garbage-record'] as const;
export type Corruption = (typeof CORRUPTIONS)[number];

export interface OneRowBroken {
  readonly about: string;
  readonly bytes: Uint8Array;
  readonly base: BaseExport;
  readonly row: number;
  readonly corruption: Corruption;
  /** Bytes and line breaks the edit added (negative: removed); rows after the broken one move by these. */
  readonly deltaBytes: number;
  readonly deltaLines: number;
  /** Lines of the broken row in the new file. */
  readonly firstLine: number;
  readonly lastLine: number;
}

function encode(text: string, encoding: TextEncodingName): Uint8Array {
  if (encoding === 'utf-8') return utf8(text);
  if (encoding === 'shift_jis') return shiftJis(text);
  return utf16(text, encoding === 'utf-16le' ? 'le' : 'be');
}

const breaks = (text: string) => text.split('\n').length - 1;

interface Broken {
  readonly how: string;
  readonly text: string;
}

/** The row's text with one thing broken; undefined when this row offers nothing to break that way. */
function breakCsv(text: string, delimiter: string, corruption: Corruption, random: Random, timeColumn: number | undefined): Broken | undefined {
  const spans = csvFieldSpans(text, delimiter);
  const span = pick(random, spans);
  const quoted = text[span.start] === '"';
  switch (corruption) {
    case 'broken-quote': {
      const way = pick(random, ['unclosed', 'stray', 'after-close']);
      if (way === 'after-close' && quoted) return { how: 'text after a closing quote', text: text.slice(0, span.end) + 'x' + text.slice(span.end) };
      if (way === 'stray' && quoted && span.end - span.start > 2) {
        const at = span.start + 1 + Math.floor(random() * (span.end - span.start - 2));
        return text[at] === '"' || text[at - 1] === '"' ? undefined : { how: 'a stray quote in a quoted field', text: text.slice(0, at) + '"' + text.slice(at) };
      }
      if (quoted) return { how: 'a closing quote removed', text: text.slice(0, span.end - 1) + text.slice(span.end) };
      return { how: 'a quote opened and never closed', text: text.slice(0, span.start) + '"' + text.slice(span.start) };
    }
    case 'field-count': {
      if (random() < 0.5 || spans.length < 2) return { how: 'a field added', text: text + delimiter + pick(random, ['extra', '"extra"', '', '""']) };
      return { how: 'the last field removed', text: text.slice(0, spans[spans.length - 2]!.end) };
    }
    case 'nul': {
      const at = Math.floor(random() * (text.length + 1));
      return { how: `NUL at ${at}`, text: text.slice(0, at) + '\0' + text.slice(at) };
    }
    case 'bad-time': {
      const time = timeColumn === undefined ? undefined : spans[timeColumn];
      if (!time || !time.value.trim()) return undefined;
      return { how: 'time replaced', text: text.slice(0, time.start) + (text[time.start] === '"' ? '"not a time"' : 'not a time') + text.slice(time.end) };
    }
    case 'garbage-record':
      return undefined;
  }
}

function breakJson(text: string, corruption: Corruption, random: Random, timeKey: string | undefined): Broken | undefined {
  const as = (how: string, broken: string): Broken => ({ how, text: broken });
  switch (corruption) {
    case 'garbage-record': {
      const way = pick(random, ['syntax', 'cut', 'stray-quote', 'no-close', 'not-json', 'extra-close']);
      if (way === 'syntax') return as(way, text.replace('{', '{@'));
      if (way === 'cut') return as(way, text.slice(0, 1 + Math.floor(random() * (text.length - 1))));
      if (way === 'no-close') return as(way, text.slice(0, text.lastIndexOf('}')));
      if (way === 'extra-close') return as(way, text.replace('{', '{}}'));
      if (way === 'not-json') return as(way, pick(random, ['garbage', 'undefined', 'NaN', '<html>', '#!']) + '\n'.repeat(breaks(text)));
      const quotes = [...text.matchAll(/"[^"\\\n]{2,}"/g)];
      if (!quotes.length) return undefined;
      const q = pick(random, quotes);
      const at = q.index! + 1 + Math.floor(random() * (q[0].length - 2));
      return as(way, text.slice(0, at) + '"' + text.slice(at)); // an unescaped quote inside a string
    }
    case 'nul': {
      // Inside a string value a raw NUL is invalid JSON; anywhere else too. The record must be reported, not lost.
      const at = 1 + Math.floor(random() * (text.length - 1));
      return as(`NUL at ${at}`, text.slice(0, at) + '\0' + text.slice(at));
    }
    case 'bad-time': {
      if (!timeKey) return undefined;
      const m = new RegExp(`("${timeKey}"\\s*:\\s*)"[^"]*"`).exec(text);
      return m ? as('time replaced', text.replace(m[0], `${m[1]}"not a time"`)) : undefined;
    }
    default:
      return undefined;
  }
}

/** One row of a valid export broken one way; undefined when the chosen row cannot be broken that way. */
export function breakOneRow(random: Random, corruption: Corruption): OneRowBroken | undefined {
  const container = corruption === 'garbage-record' ? 'json' : corruption === 'broken-quote' || corruption === 'field-count' ? 'csv' : pick(random, ['csv', 'json'] as const);
  const base = pick(random, rowBases(container));
  const { index, bytes } = base;
  const row = Math.floor(random() * index.rowCount);
  const offset = index.columns.byteOffset[row]!;
  const length = index.columns.byteLength[row]!;
  const decoder = new TextDecoder(index.info.encoding, { ignoreBOM: true });
  const text = decoder.decode(bytes.subarray(offset, offset + length));
  const time = index.info.columns.find((c) => c.field === 'time');
  const broken =
    container === 'csv'
      ? breakCsv(text, index.info.csvDialect?.delimiter ?? ',', corruption, random, time?.column)
      : breakJson(text, corruption, random, time?.path?.split(' | ')[0]?.split('.').pop());
  if (!broken || broken.text === text) return undefined;
  if (corruption === 'bad-time' && Number.isNaN(index.time(row))) return undefined;
  let replacement: Uint8Array;
  try {
    replacement = encode(broken.text, index.info.encoding);
  } catch {
    return undefined;
  }
  const firstLine = index.line(row);
  return {
    about: `${base.name}, row ${row} (line ${firstLine}): ${corruption}, ${broken.how} → ${JSON.stringify(broken.text.length > 200 ? broken.text.slice(0, 200) + '…' : broken.text)}`,
    bytes: splice(bytes, offset, length, replacement),
    base,
    row,
    corruption,
    deltaBytes: replacement.length - length,
    deltaLines: breaks(broken.text) - breaks(text),
    firstLine,
    lastLine: firstLine + breaks(broken.text),
  };
}

/** Which problems must name the broken row, and whether the row itself must still be indexed. */
const MUST: Readonly<Record<Corruption, { problem?: string; indexed: boolean }>> = {
  'broken-quote': { indexed: false },
  'field-count': { problem: 'csv-field-count', indexed: true },
  nul: { indexed: false },
  'bad-time': { problem: 'bad-time', indexed: true },
  'garbage-record': { indexed: false },
};

const show = (v: RowValues) => JSON.stringify({ ...v, fields: v.fields.filter(Boolean).slice(0, 6) });

export function checkGoodRows(input: OneRowBroken, index: ReportIndex): string[] {
  const { base, row: brokenRow } = input;
  const broken: string[] = [];
  if (index.info.kind !== base.index.info.kind) return [`detected as ${index.info.kind}, the unbroken file as ${base.index.info.kind}`];
  const byLine = new Map<number, number>();
  for (let r = 0; r < index.rowCount; r++) byLine.set(index.line(r), r);
  for (let r = 0; r < base.index.rowCount; r++) {
    if (r === brokenRow) continue;
    const want = rowValues(base.index, r);
    const after = r > brokenRow;
    const moved = { ...want, line: want.line + (after ? input.deltaLines : 0), byteOffset: want.byteOffset + (after ? input.deltaBytes : 0) };
    const at = byLine.get(moved.line);
    const got = at === undefined ? undefined : rowValues(index, at);
    if (!got) broken.push(`good row ${r} (line ${moved.line}) is missing`);
    else if (show(got) !== show(moved) || got.fields.join('\u0001') !== moved.fields.join('\u0001')) broken.push(`good row ${r} changed: ${show(got)} instead of ${show(moved)}`);
    if (broken.length > 3) break;
  }
  const indexed = byLine.has(input.firstLine);
  const inRow = index.problems.list.filter((p) => p.line >= input.firstLine && p.line <= input.lastLine);
  const must = MUST[input.corruption];
  if (must.indexed && !indexed) broken.push(`the broken row (line ${input.firstLine}) was dropped`);
  if (must.problem && !inRow.some((p) => p.code === must.problem)) broken.push(`no ${must.problem} problem at line ${input.firstLine}`);
  if (!indexed && inRow.length === 0) broken.push(`the broken row (lines ${input.firstLine}–${input.lastLine}) was dropped without a problem naming it`);
  const extra = index.rowCount - (base.index.rowCount - (indexed ? 0 : 1));
  if (extra !== 0) broken.push(`${extra > 0 ? extra + ' rows more' : -extra + ' rows fewer'} than the good rows and the broken one`);
  return broken;
}
