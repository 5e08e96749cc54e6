/**
 * The summary of a source set, computed once per index (and AuthDetails index, and detection settings) and shared by
 * the summary panel, the exports and Copy Finding as KQL: `summarize` without its detections, plus the source's
 * findings (the same objects the Problems panel shows for a text document).
 */
import path from 'node:path';
import { joinAuthDetails, summarize, type Summary } from '../core/analysis';
import type { ReportIndex } from '../core/model/report-index';
import type { SourceSet } from './report-source-set';

export interface SummaryData {
  readonly summary: Summary;
  readonly index: ReportIndex;
  readonly details?: ReportIndex;
  /** File names, the report first. */
  readonly files: readonly string[];
  /** The report's path (for exports: never written over). */
  readonly uris: readonly string[];
}

const memo = new WeakMap<ReportIndex, { details: ReportIndex | undefined; summary: Omit<Summary, 'findings'> }>();

export async function summaryData(set: SourceSet): Promise<SummaryData | undefined> {
  const index = await set.primary.index();
  if (!index) return undefined;
  const details = set.details ? await set.details.index() : undefined;
  let base = memo.get(index);
  if (!base || base.details !== details) {
    const join = details ? joinAuthDetails(index, details) : undefined;
    base = { details, summary: summarize(index, { detections: false, ...(join ? { join } : {}) }) };
    memo.set(index, base);
  }
  const findings = set.primary.findings(index);
  const sources = [set.primary, ...(set.details && details ? [set.details] : [])];
  return {
    summary: { ...base.summary, findings },
    index,
    ...(details ? { details } : {}),
    files: sources.map((s) => path.posix.basename(s.uri.path)),
    uris: sources.map((s) => s.uri.toString()),
  };
}
