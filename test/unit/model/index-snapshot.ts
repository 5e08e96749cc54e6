/** Everything a `ReportIndex` holds, as plain data for deepEqual (strings by value, so pool numbering does not matter). */
import { INDEXED_FIELDS, type ReportIndex } from '../../../src/core/model/report-index';

export function indexSnapshot(index: ReportIndex) {
  const fields: Record<string, string[]> = {};
  for (const f of INDEXED_FIELDS) fields[f] = Array.from({ length: index.rowCount }, (_, r) => index.value(f, r));
  const { bytes: _bytes, ...info } = index.info;
  return {
    info,
    rowCount: index.rowCount,
    line: [...index.columns.line],
    byteOffset: [...index.columns.byteOffset],
    byteLength: [...index.columns.byteLength],
    time: [...index.columns.time],
    outcome: Array.from({ length: index.rowCount }, (_, r) => index.outcome(r)),
    fields,
    problems: index.problems.sorted(),
    counts: [...index.problems.counts],
  };
}
