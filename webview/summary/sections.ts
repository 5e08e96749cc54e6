/**
 * The summary page's sections, each built from the host's view: detections (evidence rows that jump to the file,
 * KQL with a copy button), outcomes, failure reasons, breakdowns and the sections of the report's kind.
 */
import type { Cell, FindingView, SectionView, SummaryView } from '../../src/protocol';
import { bar, button, el, facts, fill, table, userLink, visibleText, type CellActions } from './dom';

export interface PageActions extends CellActions {
  readonly copyKql: (finding: number) => void;
}

function section(id: string, title: string): HTMLElement {
  const s = el('section', id);
  const h2 = el('h2', undefined, title);
  h2.id = `${id}-heading`;
  s.setAttribute('aria-labelledby', h2.id);
  s.append(h2);
  return s;
}

function findingArticle(f: FindingView, i: number, view: SummaryView, actions: PageActions): HTMLElement {
  const c = view.captions;
  const article = el('article', `finding severity-${f.severity}`);
  article.dataset['finding'] = f.id;
  const header = el('header', 'finding-header');
  const title = el('h3', 'finding-title');
  title.id = `finding-${i}`;
  article.setAttribute('aria-labelledby', title.id);
  const severity = el('span', `severity sev-${f.severity}`, f.severityName);
  severity.title = `${c.severity}: ${f.severityName}`;
  title.append(severity, visibleText(f.title));
  header.append(title);
  article.append(header);

  const dl = el('dl', 'facts');
  const fact = (caption: string, content: Node | string) => {
    const dd = el('dd');
    dd.append(typeof content === 'string' ? visibleText(content) : content);
    dl.append(el('dt', undefined, caption), dd);
  };
  if (f.period) fact(c.period, f.period);
  if (f.users.length) {
    const users = el('span', 'user-list');
    for (const u of f.users.slice(0, 20)) users.append(userLink(u, actions));
    if (f.users.length > 20) users.append(el('span', 'more', `+${f.users.length - 20}`));
    fact(c.users, users);
  }
  if (f.ips.length) fact(c.ips, f.ips.slice(0, 20).join(', ') + (f.ips.length > 20 ? ` (+${f.ips.length - 20})` : ''));
  fact(c.rule, f.rule);
  article.append(dl);
  article.append(el('h4', undefined, c.whatHappened), el('p', 'text', f.explanation), el('h4', undefined, c.nextStep), el('p', 'text', f.nextStep));

  const evidence = el('details', 'evidence');
  if (i === 0 || f.evidence.length <= 12) evidence.open = true;
  evidence.append(el('summary', undefined, `${c.evidence} (${f.evidence.length.toLocaleString('en-US')})`));
  evidence.append(
    table(
      {
        caption: c.evidence,
        headers: [c.line, c.time, c.role, c.user, c.ip, c.code],
        numeric: [true, false, false, false, false, false],
        rows: f.evidence.map((e): Cell[] => [
          { text: String(e.ref.line), row: e.ref },
          e.time,
          e.role,
          e.user ? { text: e.user, user: e.user } : '',
          e.ip,
          e.code ? { text: e.code, code: e.code, outcome: e.outcome } : '',
        ]),
        ...(f.evidenceNote ? { note: f.evidenceNote } : {}),
      },
      actions,
      'evidence-table',
    ),
  );
  article.append(evidence);

  const kql = el('div', 'kql');
  const kqlHeader = el('div', 'kql-header');
  kqlHeader.append(el('h4', undefined, c.kql), button(c.copyKql, 'secondary copy-kql', () => actions.copyKql(i)));
  const details = el('details', 'kql-details');
  details.append(el('summary', undefined, c.kql));
  const pre = el('pre');
  pre.append(el('code', undefined, f.kql));
  details.append(pre);
  kql.append(kqlHeader, details);
  article.append(kql);
  return article;
}

export function findingsSection(view: SummaryView, actions: PageActions): HTMLElement {
  const s = section('findings', `${view.captions.findings} (${view.findings.length})`);
  if (!view.findings.length) s.append(el('p', 'none', view.captions.noFindings));
  view.findings.forEach((f, i) => s.append(findingArticle(f, i, view, actions)));
  return s;
}

export function outcomesSection(view: SummaryView): HTMLElement {
  const c = view.captions;
  const s = section('outcomes', c.outcomes);
  const t = el('table', 'outcome-table');
  t.append(el('caption', 'visually-hidden', c.outcomes));
  const head = el('tr');
  for (const [h, num] of [[c.outcome, false], [c.count, true], [c.share, false]] as const) {
    const th = el('th', num ? 'num' : undefined, h);
    th.scope = 'col';
    head.append(th);
  }
  t.append(head);
  for (const o of view.outcomes) {
    const tr = el('tr');
    tr.dataset['outcome'] = o.outcome;
    const name = el('td');
    name.append(el('span', `badge badge-${o.outcome}`, o.name));
    const share = el('td');
    const wrap = el('span', 'share');
    wrap.append(bar(o.share, o.outcome), el('span', 'share-text', o.shareText));
    share.append(wrap);
    tr.append(name, el('td', 'num count', o.count), share);
    t.append(tr);
  }
  s.append(t);
  return s;
}

export function reasonsSection(view: SummaryView, actions: PageActions): HTMLElement {
  const c = view.captions;
  const s = section('reasons', c.reasons);
  if (view.reasons.length === 0) s.append(el('p', 'none', c.noReasons));
  view.reasons.forEach((r, i) => {
    const item = el('details', `reason outcome-${r.outcome}`);
    if (i === 0) item.open = true;
    const summary = el('summary');
    summary.append(el('span', 'rank', `${i + 1}`), el('span', 'code', r.code), el('span', 'label', r.label));
    const numbers = el('span', 'numbers');
    numbers.append(el('span', `badge badge-${r.outcome}`, r.outcomeName), visibleText(` ${r.count} · ${r.share} · ${c.users} ${r.users}`));
    summary.append(numbers);
    item.append(summary);
    const body = el('div', 'reason-body');
    if (r.explanation) body.append(el('h4', undefined, c.explanation), el('p', 'text explanation', r.explanation));
    if (r.nextStep) body.append(el('h4', undefined, c.nextStep), el('p', 'text next-step', r.nextStep));
    const dl = el('dl', 'facts');
    const fact = (caption: string, value: string) => value && dl.append(el('dt', undefined, caption), el('dd', undefined, value));
    fact(c.seen, r.firstSeen ? `${r.firstSeen} — ${r.lastSeen}` : '');
    fact(c.topApps, r.topApps);
    fact(c.topIps, r.topIps);
    body.append(dl);
    const actionsRow = el('div', 'row-actions');
    actionsRow.append(button(fill(view.captions.lookUp, r.code), 'link look-up', () => actions.lookUp(r.code)));
    body.append(actionsRow);
    item.append(body);
    s.append(item);
  });
  return s;
}

export function breakdownsSection(view: SummaryView, actions: PageActions): HTMLElement | undefined {
  if (!view.breakdowns.length) return undefined;
  const s = section('breakdowns', view.captions.breakdowns);
  const grid = el('div', 'breakdown-grid');
  for (const b of view.breakdowns) {
    const t = table(b.table, actions, `breakdown breakdown-${b.id}`);
    grid.append(t);
  }
  s.append(grid);
  return s;
}

export function kindSection(v: SectionView, actions: PageActions): HTMLElement {
  const s = section(`kind-${v.id}`, v.title);
  s.classList.add('kind-section');
  if (v.intro) s.append(el('p', 'intro', v.intro));
  if (v.funnel) {
    const list = el('ol', 'funnel');
    for (const step of v.funnel) {
      const li = el('li', `funnel-step tone-${step.tone}`);
      li.append(el('span', 'funnel-caption', step.caption), el('span', 'funnel-count', step.countText));
      const track = el('span', 'funnel-track');
      track.setAttribute('aria-hidden', 'true');
      track.append(bar(Math.min(1, step.share), step.tone));
      li.append(track);
      list.append(li);
    }
    s.append(list);
  }
  if (v.facts.length) s.append(facts(v.facts, actions));
  for (const t of v.tables) s.append(table(t, actions));
  return s;
}
