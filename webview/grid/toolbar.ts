/**
 * Above the grid: the counts ("1,234 of 98,765 rows"), reading progress, the actions (copy, export, columns, reopen
 * as text) and the quick filters (outcome, code, user, app, IP, date range, text search). Typing is debounced;
 * checkboxes, the code list and dates apply at once. Controls come from `webview/ui` (never the toolkit directly).
 */
import type { Outcome } from '../../src/core/catalog/types';
import type { GridInit } from '../../src/protocol';
import { button, checkbox, dateField, dropdown, textField, type Button, type Checkbox, type Dropdown, type Field } from '../ui';
import { debounce, el } from './dom';
import { fill, formatCount } from './format';
import { NO_FILTERS, type Filters } from './query-model';
import type { GridText } from './texts';

export const TYPING_DEBOUNCE_MS = 250;
const NOTICE_MS = 5_000;

export type ToolbarAction = 'copyCsv' | 'copyMarkdown' | 'exportFiltered' | 'reopenAsText' | 'columns';

export interface ToolbarHandlers {
  filtersChanged(filters: Filters): void;
  action(action: ToolbarAction): void;
}

export interface CodeFacet {
  readonly code: string;
  readonly count: number;
  readonly label: string;
}

export class Toolbar {
  readonly element = el('header', 'toolbar');
  readonly columnsButton: Button;
  private readonly counts = el('span', 'counts');
  private readonly matches = el('span', 'matches');
  private readonly selected = el('span', 'selected-count');
  private readonly progress = el('div', 'progress');
  private readonly progressText = el('span', 'progress-text');
  private readonly progressFill = el('div', 'progress-fill');
  private readonly notice = el('div', 'notice');
  private readonly noticeText = el('span', 'notice-text');
  private readonly outcomeBoxes = new Map<Outcome, Checkbox>();
  private readonly code: Dropdown;
  private readonly fields: Record<'user' | 'app' | 'ip' | 'search', Field>;
  private readonly from: Field;
  private readonly to: Field;
  private readonly copyButtons: Button[];
  private filters: Filters = NO_FILTERS;
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly typed = debounce(() => this.emit(), TYPING_DEBOUNCE_MS);

  constructor(
    private readonly init: GridInit,
    private readonly text: GridText,
    private readonly handlers: ToolbarHandlers,
  ) {
    const summary = el('div', 'toolbar-row summary-row');
    this.counts.setAttribute('role', 'status');
    this.counts.setAttribute('aria-live', 'polite');
    const track = el('div', 'progress-track');
    track.setAttribute('aria-hidden', 'true');
    track.append(this.progressFill);
    this.progress.setAttribute('role', 'status');
    this.progress.append(this.progressText, track);
    this.progress.hidden = true;
    const actions = el('div', 'actions');
    const copyCsv = button(text('copyCsv'), { appearance: 'secondary' });
    const copyMarkdown = button(text('copyMarkdown'), { appearance: 'secondary' });
    const exportFiltered = button(text('exportFiltered'), { appearance: 'secondary' });
    this.columnsButton = button(text('columns'), { appearance: 'secondary', className: 'columns-button' });
    const reopen = button(text('reopenAsText'), { appearance: 'secondary' });
    this.copyButtons = [copyCsv, copyMarkdown];
    const wire: Array<[Button, ToolbarAction]> = [[copyCsv, 'copyCsv'], [copyMarkdown, 'copyMarkdown'], [exportFiltered, 'exportFiltered'], [this.columnsButton, 'columns'], [reopen, 'reopenAsText']];
    for (const [b, action] of wire) {
      b.onClick(() => handlers.action(action));
      actions.append(b.element);
    }
    summary.append(this.counts, this.matches, this.selected, this.progress, actions);

    const filters = el('div', 'toolbar-row filter-row');
    filters.setAttribute('role', 'search');
    const outcomeGroup = el('div', 'outcome-filter');
    outcomeGroup.setAttribute('role', 'group');
    outcomeGroup.setAttribute('aria-label', text('outcome'));
    outcomeGroup.append(el('span', 'filter-caption', text('outcome')));
    for (const { outcome, name } of init.outcomes) {
      const box = checkbox(name, false, `outcome-box outcome-${outcome}`);
      box.onChange(() => this.emit());
      this.outcomeBoxes.set(outcome, box);
      outcomeGroup.append(box.element);
    }
    const codeGroup = el('label', 'code-filter');
    this.code = dropdown(text('code'), 'code-dropdown');
    this.code.onChange(() => this.emit());
    codeGroup.append(el('span', 'filter-caption', text('code')), this.code.element);
    this.fields = {
      user: textField(text('user'), { className: 'filter-user' }),
      app: textField(text('app'), { className: 'filter-app' }),
      ip: textField(text('ip'), { className: 'filter-ip', size: 14 }),
      search: textField(text('search'), { className: 'filter-search' }),
    };
    for (const field of Object.values(this.fields)) field.onInput(() => this.typed());
    this.from = dateField(text('from'), 'filter-from');
    this.to = dateField(text('to'), 'filter-to');
    this.from.onInput(() => this.emit());
    this.to.onInput(() => this.emit());
    const clear = button(text('clearFilters'), { appearance: 'secondary', className: 'clear-filters' });
    clear.onClick(() => {
      const had = this.filters;
      this.setFilters(NO_FILTERS);
      if (JSON.stringify(had) !== JSON.stringify(NO_FILTERS)) handlers.filtersChanged(NO_FILTERS);
    });
    filters.append(outcomeGroup, codeGroup, this.fields.user.element, this.fields.app.element, this.fields.ip.element, this.from.element, this.to.element, this.fields.search.element, clear.element);

    this.notice.setAttribute('role', 'alert');
    this.notice.hidden = true;
    const dismiss = button('×', { appearance: 'icon', title: text('dismiss'), className: 'notice-dismiss' });
    dismiss.onClick(() => (this.notice.hidden = true));
    this.notice.append(this.noticeText, dismiss.element);
    this.element.append(summary, filters, this.notice);
    this.setCodes([], '');
  }

  get current(): Filters {
    return this.filters;
  }

  /** Puts filters into the controls (restored state, "clear filters") without emitting. */
  setFilters(filters: Filters): void {
    this.typed.cancel();
    this.filters = filters;
    for (const [outcome, box] of this.outcomeBoxes) box.checked = filters.outcomes.includes(outcome);
    this.code.value = filters.code;
    for (const key of ['user', 'app', 'ip', 'search'] as const) this.fields[key].value = filters[key];
    this.from.value = filters.from;
    this.to.value = filters.to;
  }

  /** The code list: the current view's codes with their counts and labels; the chosen code stays listed. */
  setCodes(facets: readonly CodeFacet[], selected: string): void {
    const lang = this.init.lang;
    const options = [{ value: '', text: this.text('allCodes') }];
    for (const f of facets) options.push({ value: f.code, text: `${f.code}${f.label ? ` — ${f.label}` : ''} (${formatCount(f.count, lang)})` });
    if (selected && !facets.some((f) => f.code === selected)) options.push({ value: selected, text: selected });
    this.code.setOptions(options);
    this.code.value = selected;
  }

  setCounts(rowCount: number, totalRows: number, selectedCount: number): void {
    const lang = this.init.lang;
    this.counts.textContent = fill(this.text('rowsOf'), formatCount(rowCount, lang), formatCount(totalRows, lang));
    const searching = this.filters.search.trim() !== '';
    this.matches.textContent = searching ? fill(this.text('matches'), formatCount(rowCount, lang)) : '';
    this.matches.hidden = !searching;
    this.selected.textContent = selectedCount > 0 ? fill(this.text('selected'), formatCount(selectedCount, lang)) : '';
    this.selected.hidden = selectedCount === 0;
    for (const b of this.copyButtons) b.disabled = selectedCount === 0;
  }

  setProgress(rows: number, bytesRead: number, totalBytes: number, done: boolean): void {
    this.progress.hidden = done;
    if (done) return;
    const share = totalBytes > 0 ? Math.min(1, bytesRead / totalBytes) : 0;
    // Rows read so far when the host counts them, else how far through the file it is.
    this.progressText.textContent = fill(this.text('indexing'), rows > 0 ? formatCount(rows, this.init.lang) : `${Math.floor(share * 100)}%`);
    this.progressFill.style.width = `${(share * 100).toFixed(1)}%`;
  }

  showNotice(message: string, error: boolean): void {
    this.noticeText.textContent = message;
    this.notice.classList.toggle('error', error);
    this.notice.hidden = false;
    // Confirmations ("Copied 6 rows.") go away by themselves; errors stay until dismissed.
    if (this.noticeTimer !== undefined) clearTimeout(this.noticeTimer);
    this.noticeTimer = error ? undefined : setTimeout(() => (this.notice.hidden = true), NOTICE_MS);
  }

  focusSearch(): void {
    this.fields.search.focus();
  }

  private read(): Filters {
    const outcomes = [...this.outcomeBoxes].filter(([, box]) => box.checked).map(([outcome]) => outcome);
    return {
      outcomes,
      code: this.code.value,
      user: this.fields.user.value,
      app: this.fields.app.value,
      ip: this.fields.ip.value,
      from: this.from.value,
      to: this.to.value,
      search: this.fields.search.value,
    };
  }

  private emit(): void {
    this.typed.cancel();
    const filters = this.read();
    if (JSON.stringify(filters) === JSON.stringify(this.filters)) return;
    this.filters = filters;
    this.handlers.filtersChanged(filters);
  }
}

/** Before `init` there are no strings yet: a bar and a percentage (no words) while the host reads the file. */
export function showBootProgress(root: HTMLElement, bytesRead: number, totalBytes: number): void {
  if (root.querySelector('.boot-notice')) return; // the read ended before the grid could start: the notice says why
  let bar = root.querySelector<HTMLElement>('.boot-progress');
  if (!bar) {
    bar = el('div', 'boot-progress');
    bar.setAttribute('role', 'progressbar');
    bar.setAttribute('aria-valuemin', '0');
    bar.setAttribute('aria-valuemax', '100');
    const track = el('div', 'progress-track');
    track.append(el('div', 'progress-fill'));
    bar.append(track, el('span', 'boot-percent'));
    root.replaceChildren(bar);
  }
  const percent = totalBytes > 0 ? Math.min(100, Math.floor((bytesRead / totalBytes) * 100)) : 0;
  bar.setAttribute('aria-valuenow', String(percent));
  bar.querySelector<HTMLElement>('.progress-fill')!.style.width = `${percent}%`;
  bar.querySelector<HTMLElement>('.boot-percent')!.textContent = `${percent}%`;
}

/**
 * A message from the host before the grid exists (the file is not a report, or the user chose not to read it): it takes
 * the place of the progress bar, which would otherwise sit at 0% for good.
 */
export function showBootNotice(root: HTMLElement, message: string, error: boolean): void {
  const notice = el('div', error ? 'notice boot-notice error' : 'notice boot-notice');
  notice.setAttribute('role', error ? 'alert' : 'status');
  const text = el('span', 'notice-text');
  text.textContent = message;
  notice.append(text);
  root.replaceChildren(notice);
}
