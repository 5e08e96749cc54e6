/**
 * `node dist/cli.js` — the core from a terminal, for scripts, CI and the benchmark. A stable contract:
 *   detect FILE [--json]                     kind, encoding, rows, which columns hold time/user/code/result
 *   explain CODE [--lang en|ja] [--json]     the catalog record(s) for a code or value
 *   search WORDS… [--lang en|ja] [--json]    catalog records matching words, in either language
 *   summary FILE… [--json|--md] [--lang]     rows, outcome counts, failure reasons ranked, breakdowns, SSPR funnel,
 *                                            MFA Server results, registration, joined AuthDetails steps, findings
 *                                            (a folder: each export in it; an AuthDetails file joins its sign-ins)
 *   timeline FILE… [--user UPN] [--json|--md] one user's events in time order, in sessions; without --user, the users
 *                                            ranked by failures
 *   detect-threats FILE… [--json|--md]       the detections' findings with evidence lines, explanation and KQL
 *   (summary, detect-threats: --set KEY=VALUE[,KEY=VALUE…] overrides detection thresholds)
 * Exit codes: 0 done; 1 usage error, unknown code or a --user with no events; 2 the file cannot be read as an export;
 * 3 the file was read but has errors (each printed as FILE:LINE: problem; the output still covers every good row).
 */
import { detectThreats, resolveSettings, SETTING_SPECS, type DetectionSettings } from './core/analysis/detections';
import { joinAuthDetails, pairAuthDetails, type AuthDetailsJoin } from './core/analysis/join-auth-details';
import { summarize } from './core/analysis/summary';
import { buildTimeline } from './core/analysis/timeline';
import { rankUsersByFailures } from './core/analysis/user-ranking';
import { catalog, FAMILIES, type CatalogRecord, type Family, type Lang } from './core/catalog';
import { FAMILY_NAMES, OUTCOME_NAMES } from './core/display';
import { problemMessage, severityOf } from './core/model/problems';
import type { ReportIndex } from './core/model/report-index';
import { roleColumns } from './core/model/roles';
import { parseArgs, type ParsedArgs } from './cli/args';
import { recordText, summaryMarkdown, summaryText, table } from './cli/render';
import { findingsMarkdown, findingsText } from './cli/render-findings';
import { rankingText, timelineMarkdown, timelineText, type PlaceOf } from './cli/render-timeline';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { InputError } from './node/file';
import { indexFileInParallel } from './node/parallel-index';

const USAGE = `Entra Report Lens — explain Microsoft Entra ID report exports

Usage:
  node dist/cli.js detect FILE [--json]
  node dist/cli.js explain CODE [--lang en|ja] [--family FAMILY] [--json]
  node dist/cli.js search WORDS... [--lang en|ja] [--json]
  node dist/cli.js summary FILE|FOLDER... [--json | --md] [--lang en|ja] [--set KEY=VALUE,...]
  node dist/cli.js timeline FILE|FOLDER... [--user UPN] [--json | --md] [--lang en|ja]
  node dist/cli.js detect-threats FILE|FOLDER... [--json | --md] [--lang en|ja] [--set KEY=VALUE,...]

Exit codes: 0 ok, 1 usage error, unknown code or a --user with no events, 2 not a readable export, 3 read with errors.
`;

class UsageError extends Error {}

function languageOf(args: ParsedArgs): Lang {
  const flag = args.flags.get('lang');
  if (flag === 'en' || flag === 'ja') return flag;
  if (flag !== undefined) throw new UsageError(`--lang must be "en" or "ja", not "${String(flag)}"`);
  return /^ja/i.test(process.env['LANG'] ?? '') ? 'ja' : 'en';
}

function requireOne(args: ParsedArgs, what: string): string {
  const value = args.positional[0];
  if (!value) throw new UsageError(`${args.command} needs ${what}`);
  return value;
}

/** Loads an export; a file that is not one becomes an InputError naming the line and the problem. */
async function load(file: string): Promise<ReportIndex> {
  const index = await indexFileInParallel(file);
  const fatal = index.problems.list.find((p) => p.code === 'empty-file' || p.code === 'binary-file');
  if (fatal) throw new InputError(`line ${fatal.line}: ${problemMessage(fatal, 'en')}`);
  const { info } = index;
  if (info.kind === 'generic' && info.container === 'csv' && (info.headers?.length ?? 0) < 2) {
    throw new InputError('line 1: no CSV delimiter and no JSON found — this does not look like a CSV or JSON export.');
  }
  if (info.container === 'json' && index.rowCount === 0) {
    const first = index.problems.sorted()[0];
    throw new InputError(first ? `line ${first.line}: ${problemMessage(first, 'en')}` : 'line 1: the JSON holds no records (objects).');
  }
  return index;
}

/** Prints the reading problems to stderr as FILE:LINE: severity: message; returns whether any was an error. */
function reportProblems(file: string, index: ReportIndex, lang: Lang): boolean {
  for (const p of index.problems.sorted()) {
    if (p.code === 'unknown-code' || p.code === 'duplicate-column') continue; // shown in output, not errors
    process.stderr.write(`${file}:${p.line}: ${severityOf(p.code)}: ${problemMessage(p, lang)}\n`);
  }
  return index.problems.errorCount > 0;
}

async function detect(args: ParsedArgs): Promise<number> {
  const file = requireOne(args, 'a FILE');
  const index = await load(file);
  const { info } = index;
  const roles = roleColumns(info);
  const describe = (c: (typeof roles)[keyof typeof roles]) =>
    c ? { ...(c.column !== undefined ? { column: c.column, header: c.header } : {}), ...(c.path ? { path: c.path } : {}), foundBy: c.source } : null;
  const result = {
    file,
    kind: info.kind,
    title: info.title,
    variant: info.variant ?? null,
    dialect: info.dialect,
    container: info.container,
    confidence: info.confidence,
    encoding: { name: info.encoding, bom: info.bomLength > 0, confidence: info.encodingConfidence, reason: info.encodingReason },
    rows: index.rowCount,
    columns: { time: describe(roles.time), user: describe(roles.user), code: describe(roles.code), result: describe(roles.result), detail: describe(roles.detail) },
    problems: index.problems.sorted().map((p) => ({ line: p.line, severity: severityOf(p.code), code: p.code, message: problemMessage(p, 'en') })),
  };
  if (args.flags.has('json')) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  else {
    const columnLine = (c: ReturnType<typeof describe>) =>
      c ? `${'header' in c ? `"${c.header}" (column ${(c.column ?? 0) + 1})` : c.path}${c.foundBy !== 'name' ? `, found by ${c.foundBy}` : ''}` : '—';
    const lines = [
      ['File', file],
      ['Kind', `${info.title.en} [${info.kind}]${info.variant ? ` — ${info.variant}` : ''}`],
      ['Format', `${info.dialect} (${info.container.toUpperCase()})`],
      ['Confidence', info.confidence],
      ['Encoding', `${info.encoding}${info.bomLength ? ' with BOM' : ''} (${info.encodingReason})`],
      ['Rows', index.rowCount.toLocaleString('en-US')],
      ['Time column', columnLine(result.columns.time)],
      ['User column', columnLine(result.columns.user)],
      ['Code column', columnLine(result.columns.code)],
      ['Result column', columnLine(result.columns.result)],
      ['Problems', String(index.problems.list.length ? index.problems.sorted().length : 'none')],
    ];
    process.stdout.write(lines.map(([k, v]) => `${(k + ':').padEnd(15)}${v}`).join('\n') + '\n');
  }
  return reportProblems(file, index, 'en') ? 3 : 0;
}

function recordJson(record: CatalogRecord) {
  return { ...record, familyName: FAMILY_NAMES[record.family], outcomeName: OUTCOME_NAMES[record.outcome] };
}

function explain(args: ParsedArgs): number {
  const code = args.positional.join(' ').trim();
  if (!code) throw new UsageError('explain needs a CODE (for example 50126 or SUCCESS_USER_BLOCKED)');
  const lang = languageOf(args);
  const familyFlag = args.flags.get('family');
  if (familyFlag !== undefined && !FAMILIES.includes(familyFlag as Family)) {
    throw new UsageError(`--family must be one of: ${FAMILIES.join(', ')}`);
  }
  const families = familyFlag ? [familyFlag as Family] : FAMILIES;
  // The same text can mean different things in different reports ("Blocked", "email"): show every family's record.
  const records = families.map((f) => catalog.lookup(code, [f])).filter((r): r is CatalogRecord => r !== undefined);
  const unique = [...new Set(records)];
  if (unique.length === 0) {
    process.stderr.write(
      lang === 'ja'
        ? `不明なコード "${code}": カタログ (${catalog.records.length} 件) にありません。単語で探すには: node dist/cli.js search ${code}\n`
        : `Unknown code "${code}": not in the catalog of ${catalog.records.length} codes. To search by words: node dist/cli.js search ${code}\n`,
    );
    return 1;
  }
  // One object whatever the match count, so scripts can rely on the shape; other families' meanings ride along.
  if (args.flags.has('json')) {
    const [best, ...others] = unique;
    process.stdout.write(JSON.stringify({ ...recordJson(best!), otherMeanings: others.map(recordJson) }, null, 2) + '\n');
  }
  else process.stdout.write(unique.map((r) => recordText(r, lang)).join('\n\n') + '\n');
  return 0;
}

function search(args: ParsedArgs): number {
  const query = args.positional.join(' ').trim();
  if (!query) throw new UsageError('search needs words to look for');
  const lang = languageOf(args);
  const found = catalog.search(query, 30);
  if (args.flags.has('json')) {
    process.stdout.write(JSON.stringify(found.map(recordJson), null, 2) + '\n');
    return found.length ? 0 : 1;
  }
  if (!found.length) {
    process.stderr.write(lang === 'ja' ? `"${query}" に一致するコードはありません。\n` : `No code matches "${query}".\n`);
    return 1;
  }
  process.stdout.write(table(['Code', 'Family', 'Outcome', 'Meaning'], found.map((r) => [r.code, r.family, OUTCOME_NAMES[r.outcome][lang], r.label[lang]]), [false, false, false, false]) + '\n');
  return 0;
}

/** Files named on the command line; a folder stands for the exports in it (not recursive; notes and hidden files skipped). */
async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => undefined);
    if (info?.isDirectory()) {
      const names = (await readdir(p)).filter((n) => !n.startsWith('.') && !/\.(md|txt)$/i.test(n)).sort();
      out.push(...names.map((n) => join(p, n)));
    } else out.push(p);
  }
  return out;
}

interface Loaded {
  readonly file: string;
  readonly index: ReportIndex;
}

/**
 * Every export named (folders expanded), each AuthDetails file joined to the sign-ins it shares request IDs with. With
 * several files, one that cannot be read is reported and skipped (exit 2 at the end); a single one is an error.
 */
async function loadAll(args: ParsedArgs): Promise<{ files: string[]; loaded: Loaded[]; joins: AuthDetailsJoin[]; exit: number }> {
  const files = await expandPaths(args.positional);
  const loaded: Loaded[] = [];
  let exit = 0;
  for (const file of files) {
    try {
      loaded.push({ file, index: await load(file) });
    } catch (error) {
      if (!(error instanceof InputError) || files.length === 1) throw error;
      process.stderr.write(`${file}: ${error.message}\n`);
      exit = Math.max(exit, 2);
    }
  }
  const indexes = loaded.map((l) => l.index);
  const joins = pairAuthDetails(indexes).map((p) => joinAuthDetails(indexes[p.signins]!, indexes[p.details]!));
  return { files, loaded, joins, exit };
}

/** `--set passwordSpray.minUsers=3,mfaFatigue.windowMinutes=15` → detection settings; a bad key is a usage error. */
function settingsOf(args: ParsedArgs): DetectionSettings {
  const flag = args.flags.get('set');
  if (flag === undefined) return resolveSettings().settings;
  if (flag === true) throw new UsageError('--set needs KEY=VALUE pairs');
  const overrides: Record<string, string> = {};
  for (const pair of flag.split(',')) {
    const [key, value] = pair.split('=', 2).map((x) => x.trim());
    if (key) overrides[key] = value ?? '';
  }
  const { settings, rejected } = resolveSettings(overrides);
  if (rejected.length) {
    const known = SETTING_SPECS.map((spec) => `  ${spec.key} (default ${spec.default}, at least ${spec.minimum})`).join('\n');
    throw new UsageError(`--set: not a setting or not a whole number at or above its minimum: ${rejected.join(', ')}\nSettings:\n${known}`);
  }
  return settings;
}

function problemsJson(index: ReportIndex, lang: Lang) {
  return index.problems.sorted().map((p) => ({ line: p.line, severity: severityOf(p.code), code: p.code, message: problemMessage(p, lang) }));
}

/** `L12` for one file; `name.csv:12` when several files were given. */
function placeOf(loaded: readonly Loaded[]): PlaceOf {
  return (e) => (loaded.length === 1 ? `L${e.line}` : `${basename(loaded[e.source]!.file)}:${e.line}`);
}

function output(args: ParsedArgs, json: unknown, texts: string[]): void {
  if (args.flags.has('json')) process.stdout.write(JSON.stringify(json, null, 2) + '\n');
  else process.stdout.write(texts.join(args.flags.has('md') ? '\n\n---\n\n' : '\n\n' + '─'.repeat(60) + '\n\n') + '\n');
}

async function summary(args: ParsedArgs): Promise<number> {
  requireOne(args, 'a FILE or a folder');
  const lang = languageOf(args);
  const settings = settingsOf(args);
  const { files, loaded, joins, exit: loadExit } = await loadAll(args);
  let exit = loadExit;
  const results: unknown[] = [];
  const texts: string[] = [];
  for (const { file, index } of loaded) {
    const join = joins.find((j) => j.signins === index);
    const joinedWith = join ? loaded.find((l) => l.index === join.details)!.file : undefined;
    const result = summarize(index, { settings, ...(join ? { join } : {}) });
    if (args.flags.has('json')) results.push({ file, variant: index.info.variant ?? null, ...(joinedWith ? { joinedWith } : {}), ...result, problems: problemsJson(index, lang) });
    else {
      const joinNote = joinedWith ? (lang === 'ja' ? `\n(結合した AuthDetails: ${joinedWith})` : `\n(joined with AuthDetails: ${joinedWith})`) : '';
      if (args.flags.has('md')) texts.push(summaryMarkdown(result, file, index.info.variant, lang) + joinNote);
      else texts.push(summaryText(result, file, index.info.variant, lang) + joinNote);
    }
    if (reportProblems(file, index, lang)) exit = Math.max(exit, 3);
  }
  output(args, files.length === 1 ? results[0] : results, texts);
  return exit;
}

async function detectThreatsCommand(args: ParsedArgs): Promise<number> {
  requireOne(args, 'a FILE or a folder');
  const lang = languageOf(args);
  const settings = settingsOf(args);
  const { files, loaded, exit: loadExit } = await loadAll(args);
  let exit = loadExit;
  const results: unknown[] = [];
  const texts: string[] = [];
  for (const { file, index } of loaded) {
    const findings = detectThreats(index, settings);
    results.push({ file, kind: index.info.kind, rows: index.rowCount, findings });
    const title = `${file}\n${index.info.title[lang]} — ${findings.length} ${lang === 'ja' ? '件の検出' : findings.length === 1 ? 'finding' : 'findings'}`;
    if (args.flags.has('md')) texts.push(`# ${title.replace('\n', ' — ')}\n\n${findingsMarkdown(findings, lang)}`);
    else texts.push(`${title}\n\n${findingsText(findings, lang)}`);
    if (reportProblems(file, index, lang)) exit = Math.max(exit, 3);
  }
  output(args, files.length === 1 ? results[0] : results, texts);
  return exit;
}

async function timeline(args: ParsedArgs): Promise<number> {
  requireOne(args, 'a FILE or a folder');
  const lang = languageOf(args);
  const userFlag = args.flags.get('user');
  if (userFlag === true || (typeof userFlag === 'string' && !userFlag.trim())) throw new UsageError('--user needs a user principal name');
  const { loaded, joins, exit: loadExit } = await loadAll(args);
  let exit = loadExit;
  const indexes = loaded.map((l) => l.index);
  for (const { file, index } of loaded) if (reportProblems(file, index, lang)) exit = Math.max(exit, 3);
  const files = loaded.map((l) => l.file);
  if (userFlag === undefined) {
    const users = rankUsersByFailures(indexes);
    output(args, { files, users }, [rankingText(users, lang)]);
    return exit;
  }
  const t = buildTimeline(indexes, userFlag, { joins });
  if (args.flags.has('json')) process.stdout.write(JSON.stringify({ files, ...t }, null, 2) + '\n');
  else process.stdout.write((args.flags.has('md') ? timelineMarkdown(t, lang, placeOf(loaded)) : timelineText(t, lang, placeOf(loaded))) + '\n');
  if (t.events === 0) {
    process.stderr.write(
      lang === 'ja'
        ? `${userFlag}: このユーザーのイベントはありません。--user を付けずに実行すると、失敗の多いユーザーの一覧が表示されます。\n`
        : `${userFlag}: no events for this user. Run without --user to list users ranked by failures.\n`,
    );
    return Math.max(exit, 1);
  }
  return exit;
}

export async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  try {
    switch (args.command) {
      case 'detect':
        return await detect(args);
      case 'explain':
        return explain(args);
      case 'search':
        return search(args);
      case 'summary':
        return await summary(args);
      case 'timeline':
        return await timeline(args);
      case 'detect-threats':
        return await detectThreatsCommand(args);
      case undefined:
      case 'help':
        process.stdout.write(USAGE);
        return args.command ? 0 : 1;
      default:
        throw new UsageError(`unknown command "${args.command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`entra-report-lens: ${error.message}\n\n${USAGE}`);
      return 1;
    }
    const file = args.positional[0] ?? '';
    const message = error instanceof InputError ? error.message : `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`${file}: ${message}\n`);
    return 2;
  }
}

if (require.main === module) {
  // `… | head` closes the pipe early; that is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = 2;
    },
  );
}
