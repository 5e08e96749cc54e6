/**
 * Problems found while reading a file, kept with the index: every one names its line, and has a message in English
 * and Japanese. Per code only the first `MAX_PER_CODE` are kept (a 100k-row file with a shifted column must not
 * produce 100k entries), but every one is counted.
 */
import type { Lang } from '../catalog';
import type { ParseProblem, ProblemCode } from '../formats/records';

export type Severity = 'error' | 'warning' | 'info';

export const MAX_PER_CODE = 200;

interface MessageSpec {
  readonly severity: Severity;
  readonly en: (detail: string) => string;
  readonly ja: (detail: string) => string;
}

const MESSAGES: Record<ProblemCode, MessageSpec> = {
  'empty-file': { severity: 'error', en: () => 'The file is empty.', ja: () => 'ファイルが空です。' },
  'binary-file': {
    severity: 'error',
    en: () => 'This is not a text file (it contains binary data), so it is not a CSV or JSON export.',
    ja: () => 'テキスト ファイルではありません (バイナリ データを含みます)。CSV または JSON のエクスポートではありません。',
  },
  'encoding-lossy': {
    severity: 'error',
    en: (d) => `Some bytes could not be decoded as the detected encoding (${d}); those characters are shown as \uFFFD. The file may be in another encoding.`,
    ja: (d) => `検出したエンコードで一部のバイトをデコードできませんでした (${d})。該当する文字は \uFFFD で表示されます。別のエンコードで保存されている可能性があります。`,
  },
  'csv-quotes': {
    severity: 'error',
    en: (d) => `Broken quoting: ${d || 'a quoted field is not closed'}. This line was skipped; the following lines are read normally.`,
    ja: (d) => `引用符が壊れています (${d || '引用符で囲まれたフィールドが閉じられていません'})。この行はスキップし、以降の行は通常どおり読み込みます。`,
  },
  'csv-field-count': {
    severity: 'warning',
    en: (d) => `Wrong number of fields: ${d}. Values in this row may be in the wrong columns.`,
    ja: (d) => `フィールド数が正しくありません (${d})。この行の値は列がずれている可能性があります。`,
  },
  'csv-header-only': {
    severity: 'warning',
    en: () => 'The file has a header row but no data rows.',
    ja: () => 'ヘッダー行だけで、データ行がありません。',
  },
  'json-syntax': {
    severity: 'error',
    en: (d) => `Invalid JSON in this record (${d}). The record was skipped; the others are read normally.`,
    ja: (d) => `このレコードの JSON が不正です (${d})。このレコードはスキップし、ほかのレコードは通常どおり読み込みます。`,
  },
  'json-truncated': {
    severity: 'error',
    en: (d) => `The record starting here is cut off${d ? ` (${d})` : ''}: the export looks truncated. It was skipped.`,
    ja: (d) => `ここから始まるレコードが途中で切れています${d ? ` (${d})` : ''}。エクスポートが途中で切れている可能性があります。このレコードはスキップしました。`,
  },
  'json-unclosed': {
    severity: 'warning',
    en: () => 'The file ends before its closing bracket: the export may be incomplete, but every complete record was read.',
    ja: () => '閉じかっこの前でファイルが終わっています。エクスポートが不完全な可能性がありますが、完全なレコードはすべて読み込みました。',
  },
  'json-unexpected-text': {
    severity: 'warning',
    en: (d) => `Unexpected text between records: ${d}. It was ignored.`,
    ja: (d) => `レコードの間に想定外のテキストがあります: ${d}。無視しました。`,
  },
  'json-not-object': {
    severity: 'warning',
    en: () => 'An element of the record list is not an object; it was ignored.',
    ja: () => 'レコード一覧の要素がオブジェクトではないため、無視しました。',
  },
  'duplicate-column': {
    severity: 'info',
    en: (d) => `The column "${d}" appears more than once; the first one is used for analysis and all are kept.`,
    ja: (d) => `列 "${d}" が複数あります。分析には最初の列を使い、すべての列を保持します。`,
  },
  'unknown-code': {
    severity: 'info',
    en: (d) => `The code "${d}" is not in the catalog, so it cannot be explained yet.`,
    ja: (d) => `コード "${d}" はカタログにないため、説明を表示できません。`,
  },
  'bad-time': {
    severity: 'warning',
    en: (d) => `The time "${d}" could not be read; this row has no time.`,
    ja: (d) => `日時 "${d}" を読み取れませんでした。この行は日時なしとして扱います。`,
  },
  'too-many-problems': {
    severity: 'info',
    en: (d) => `More problems of this kind were found and not listed (${d}).`,
    ja: (d) => `同じ種類の問題がほかにもありますが、一覧には表示していません (${d})。`,
  },
};

export function severityOf(code: ProblemCode): Severity {
  return MESSAGES[code].severity;
}

export function problemMessage(problem: ParseProblem, lang: Lang): string {
  return MESSAGES[problem.code][lang](problem.detail ?? '');
}

export class ProblemLog {
  readonly list: ParseProblem[] = [];
  readonly counts = new Map<ProblemCode, number>();

  add(problem: ParseProblem): void {
    const n = (this.counts.get(problem.code) ?? 0) + 1;
    this.counts.set(problem.code, n);
    if (n <= MAX_PER_CODE) this.list.push(problem);
  }

  /** Problems counted but no longer listed elsewhere (joining slices whose own lists were cut). */
  addUnlisted(code: ProblemCode, count: number): void {
    this.counts.set(code, (this.counts.get(code) ?? 0) + count);
  }

  count(code: ProblemCode): number {
    return this.counts.get(code) ?? 0;
  }

  /** Problems of error severity, counted beyond the kept list too. */
  get errorCount(): number {
    let n = 0;
    for (const [code, count] of this.counts) if (severityOf(code) === 'error') n += count;
    return n;
  }

  /** The kept problems in line order, with one summary entry per code whose list was cut. */
  sorted(): ParseProblem[] {
    const out = [...this.list].sort((a, b) => a.line - b.line);
    for (const [code, count] of this.counts) {
      if (count > MAX_PER_CODE) out.push({ line: out.find((p) => p.code === code)?.line ?? 1, code: 'too-many-problems', detail: `${code}: ${count}` });
    }
    return out;
  }
}
