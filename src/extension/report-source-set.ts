/**
 * The files a panel shows together. The portal's sign-in download comes as two files, the sign-ins and
 * `…_AuthDetails_…` with one row per authentication step; shown together, each sign-in gets its MFA steps. Which
 * AuthDetails file goes with which sign-ins is decided by the request IDs they share (as the CLI does), never by the
 * name alone: candidates are the files the user selected, the exports already open, and the CSV files next to the
 * report whose header looks right (read from the first 8 KB only); the name only orders the candidates.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import * as vscode from 'vscode';
import type { ReportIndex } from '../core/model/report-index';
import { readRange } from '../node/file';
import type { ReportSource, ReportSources } from './report-source';

export interface SourceSet {
  readonly primary: ReportSource;
  /** The AuthDetails file joined to the sign-ins. */
  readonly details?: ReportSource;
}

/** At most this many candidate files are read to find a partner. */
const MAX_CANDIDATES = 6;
const MAX_SIBLINGS = 300;
const HEAD_BYTES = 8_192;
const EXACT = 10_000;

type Want = 'signin' | 'signin-auth-details';

const normalizeHeader = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');

function headerKind(head: Uint8Array): Want | undefined {
  let text: string;
  if (head[0] === 0xff && head[1] === 0xfe) text = new TextDecoder('utf-16le').decode(head.subarray(2));
  else if (head[0] === 0xfe && head[1] === 0xff) text = new TextDecoder('utf-16be').decode(head.subarray(2));
  else text = new TextDecoder('utf-8').decode(head).replace(/^\ufeff/, '');
  const header = normalizeHeader(text.split(/\r?\n/, 1)[0] ?? '');
  const request = header.includes('request id') || header.includes('要求 id');
  if (header.includes('sign-in error code') || header.includes('サインインのエラー コード')) return 'signin';
  if (request && (header.includes('succeeded') || header.includes('result detail')) && header.includes('authentication method')) return 'signin-auth-details';
  return undefined;
}

/** How alike two export names are once `AuthDetails` is taken out (the portal names the pair alike). */
function likeness(a: string, b: string): number {
  const norm = (s: string) => s.toLowerCase().replace(/authdetails/g, '').replace(/[^a-z0-9]+/g, '');
  const x = norm(a);
  const y = norm(b);
  if (x === y) return EXACT;
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return i;
}

interface Candidate {
  readonly uri: vscode.Uri;
  /** Chosen by the user (Infinity), else how alike the names are. */
  readonly rank: number;
}

const baseName = (uri: vscode.Uri) => uri.path.split('/').pop() ?? '';

async function siblings(uri: vscode.Uri, want: Want): Promise<Candidate[]> {
  if (uri.scheme !== 'file') return [];
  const dir = path.dirname(uri.fsPath);
  const name = path.basename(uri.fsPath);
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => /\.csv$/i.test(n) && n !== name).slice(0, MAX_SIBLINGS);
  names.sort((a, b) => likeness(name, b) - likeness(name, a) || a.localeCompare(b));
  const found: Candidate[] = [];
  for (const n of names) {
    if (found.length >= MAX_CANDIDATES) break;
    const file = path.join(dir, n);
    const head = await readRange(file, 0, HEAD_BYTES).catch(() => undefined);
    if (head && headerKind(head) === want) found.push({ uri: vscode.Uri.file(file), rank: likeness(name, n) });
  }
  return found;
}

/** Sign-in rows whose request ID has steps in `details`. */
export function sharedRequests(signins: ReportIndex, details: ReportIndex): number {
  const ids = new Set<string>();
  for (let row = 0; row < details.rowCount; row++) {
    const id = details.value('requestId', row);
    if (id) ids.add(id);
  }
  if (ids.size === 0) return 0;
  let n = 0;
  for (let row = 0; row < signins.rowCount; row++) if (ids.has(signins.value('requestId', row))) n++;
  return n;
}

/**
 * Finds the partner of `source` (AuthDetails for sign-ins, or the reverse): the candidate sharing the most request IDs,
 * trying the files the user chose first, then the most alike names; a chosen file or the portal's own name for the pair
 * is taken as soon as it shares one.
 */
async function partner(sources: ReportSources, source: ReportSource, index: ReportIndex, want: Want, extra: readonly vscode.Uri[]): Promise<ReportSource | undefined> {
  const name = baseName(source.uri);
  const byUri = new Map<string, Candidate>();
  const add = (c: Candidate) => {
    const key = c.uri.toString();
    if (key === source.uri.toString()) return;
    const known = byUri.get(key);
    if (!known || known.rank < c.rank) byUri.set(key, c);
  };
  for (const uri of extra) add({ uri, rank: Infinity });
  for (const session of sources.sessions.all()) if (session.index?.info.kind === want) add({ uri: session.document.uri, rank: likeness(name, baseName(session.document.uri)) });
  for (const c of await siblings(source.uri, want)) add(c);
  const candidates = [...byUri.values()].sort((a, b) => b.rank - a.rank).slice(0, MAX_CANDIDATES + extra.length);
  let best: { source: ReportSource; shared: number } | undefined;
  for (const c of candidates) {
    const candidate = sources.acquire(c.uri);
    const other = await candidate.index();
    const shared = other?.info.kind === want ? (want === 'signin-auth-details' ? sharedRequests(index, other) : sharedRequests(other, index)) : 0;
    if (shared > (best?.shared ?? 0)) {
      if (best) sources.release(best.source);
      best = { source: candidate, shared };
      if (c.rank >= EXACT) break;
    } else sources.release(candidate);
  }
  return best?.source;
}

/**
 * The set shown for `uri` (with `extra`, files selected with it in the Explorer): sign-ins with their AuthDetails
 * file, whichever of the two was asked for; any other report alone. The sources returned are acquired for the caller.
 */
export async function resolveSet(sources: ReportSources, uri: vscode.Uri, extra: readonly vscode.Uri[] = []): Promise<SourceSet> {
  const source = sources.acquire(uri);
  const index = await source.index();
  const kind = index?.info.kind;
  if (!index || (kind !== 'signin' && kind !== 'signin-auth-details')) return { primary: source };
  if (kind === 'signin') {
    const details = await partner(sources, source, index, 'signin-auth-details', extra);
    return details ? { primary: source, details } : { primary: source };
  }
  const signins = await partner(sources, source, index, 'signin', extra);
  return signins ? { primary: signins, details: source } : { primary: source };
}

export function releaseSet(sources: ReportSources, set: SourceSet): void {
  sources.release(set.primary);
  if (set.details) sources.release(set.details);
}

/** The set's files, report first (what panels save to be restored). */
export function setUris(set: SourceSet): string[] {
  return [set.primary.uri.toString(), ...(set.details ? [set.details.uri.toString()] : [])];
}
