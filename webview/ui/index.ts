/**
 * Controls for our webviews — the ONLY module that imports `@vscode/webview-ui-toolkit` (archived upstream: swapping
 * it later touches this folder only). Only components that work under our CSP are used: button, checkbox, dropdown,
 * option and text field style themselves through constructable stylesheets; badge and progress ring bind inline
 * `style` attributes, which `style-src` without 'unsafe-inline' refuses, so they are not used. Date fields are native
 * inputs (the toolkit has none), styled with `--vscode-*` variables in the page's stylesheet.
 *
 * Every label and value is placed as text (`textContent`, properties); handlers are attached with `addEventListener`.
 * Labels that can hold an export's text (a column's header name, a code in the code list) show its hidden characters
 * written `[U+202E]` (see visible-text.ts); an option's value stays the file's text.
 */
import {
  provideVSCodeDesignSystem,
  vsCodeButton,
  vsCodeCheckbox,
  vsCodeDropdown,
  vsCodeOption,
  vsCodeTextField,
} from '@vscode/webview-ui-toolkit';
import { escapeInvisible } from './visible-text';

let registered = false;

/** Registers the toolkit components once; call before creating controls. */
export function registerControls(): void {
  if (registered) return;
  registered = true;
  provideVSCodeDesignSystem().register(vsCodeButton(), vsCodeCheckbox(), vsCodeDropdown(), vsCodeOption(), vsCodeTextField());
}

/** The toolkit's element for a tag, as the properties we use. */
interface ValueElement extends HTMLElement {
  value: string;
}
interface CheckedElement extends HTMLElement {
  checked: boolean;
}
interface DisabledElement extends HTMLElement {
  disabled: boolean;
}

export interface ButtonOptions {
  readonly appearance?: 'primary' | 'secondary' | 'icon';
  /** Accessible name and tooltip when the visible text is not enough (icon buttons). */
  readonly title?: string;
  readonly className?: string;
}

export interface Button {
  readonly element: HTMLElement;
  label: string;
  disabled: boolean;
  onClick(handler: () => void): void;
}

export function button(label: string, options: ButtonOptions = {}): Button {
  const element = document.createElement('vscode-button') as DisabledElement;
  element.textContent = label;
  if (options.appearance) element.setAttribute('appearance', options.appearance);
  if (options.title) {
    element.title = options.title;
    element.setAttribute('aria-label', options.title);
  }
  if (options.className) element.className = options.className;
  return {
    element,
    get label() {
      return element.textContent ?? '';
    },
    set label(text: string) {
      element.textContent = text;
    },
    get disabled() {
      return element.disabled;
    },
    set disabled(value: boolean) {
      element.disabled = value;
    },
    onClick(handler) {
      element.addEventListener('click', () => {
        if (!element.disabled) handler();
      });
    },
  };
}

export interface Checkbox {
  readonly element: HTMLElement;
  /** Setting it does not call the `onChange` handlers. */
  checked: boolean;
  /** Called when the user checks or unchecks the box. */
  onChange(handler: (checked: boolean) => void): void;
}

export function checkbox(label: string, checked = false, className?: string): Checkbox {
  const element = document.createElement('vscode-checkbox') as CheckedElement;
  element.textContent = escapeInvisible(label);
  element.checked = checked;
  if (className) element.className = className;
  // The toolkit's checkbox fires `change` (synchronously) when set from script too; only the user's changes count.
  let settingFromScript = false;
  return {
    element,
    get checked() {
      return element.checked;
    },
    set checked(value: boolean) {
      settingFromScript = true;
      try {
        element.checked = value;
      } finally {
        settingFromScript = false;
      }
    },
    onChange(handler) {
      element.addEventListener('change', () => {
        if (!settingFromScript) handler(element.checked);
      });
    },
  };
}

export interface Field {
  readonly element: HTMLElement;
  value: string;
  onInput(handler: (value: string) => void): void;
  focus(): void;
}

export interface TextFieldOptions {
  readonly placeholder?: string;
  readonly className?: string;
  readonly size?: number;
}

/** A labelled text field; `label` is both the visible label and the accessible name. */
export function textField(label: string, options: TextFieldOptions = {}): Field {
  const element = document.createElement('vscode-text-field') as ValueElement;
  element.textContent = label;
  element.setAttribute('aria-label', label);
  if (options.placeholder) element.setAttribute('placeholder', options.placeholder);
  if (options.size) element.setAttribute('size', String(options.size));
  if (options.className) element.className = options.className;
  return valueField(element, 'input');
}

/** A labelled native date input (`YYYY-MM-DD`), styled by the page's stylesheet like the toolkit's fields. */
export function dateField(label: string, className?: string): Field {
  const wrapper = document.createElement('label');
  wrapper.className = `ui-date-field${className ? ` ${className}` : ''}`;
  const caption = document.createElement('span');
  caption.className = 'ui-date-caption';
  caption.textContent = label;
  const input = document.createElement('input');
  input.type = 'date';
  input.className = 'ui-date-input';
  wrapper.append(caption, input);
  const field = valueField(input, 'change');
  return { ...field, element: wrapper, get value() { return input.value; }, set value(v: string) { input.value = v; } };
}

function valueField(element: HTMLElement & { value: string }, event: 'input' | 'change'): Field {
  return {
    element,
    get value() {
      return element.value ?? '';
    },
    set value(v: string) {
      element.value = v;
    },
    onInput(handler) {
      element.addEventListener(event, () => handler(element.value ?? ''));
    },
    focus() {
      element.focus();
    },
  };
}

export interface DropdownOption {
  readonly value: string;
  readonly text: string;
}

export interface Dropdown {
  readonly element: HTMLElement;
  value: string;
  /** Replaces the options, keeping the selected value when it is still offered. */
  setOptions(options: readonly DropdownOption[]): void;
  onChange(handler: (value: string) => void): void;
}

export function dropdown(label: string, className?: string): Dropdown {
  const element = document.createElement('vscode-dropdown') as ValueElement;
  element.setAttribute('aria-label', label);
  element.title = label;
  if (className) element.className = className;
  let selected = '';
  const select = (value: string) => {
    selected = value;
    // The dropdown picks its value from its options; it may not have rendered them yet, so set both.
    for (const option of element.children) (option as HTMLElement & { selected: boolean }).selected = (option as ValueElement).value === value;
    element.value = value;
  };
  return {
    element,
    get value() {
      return selected;
    },
    set value(v: string) {
      select(v);
    },
    setOptions(options) {
      const nodes = options.map((o) => {
        const option = document.createElement('vscode-option') as ValueElement;
        option.value = o.value;
        option.setAttribute('value', o.value);
        option.textContent = escapeInvisible(o.text);
        return option;
      });
      element.replaceChildren(...nodes);
      select(options.some((o) => o.value === selected) ? selected : (options[0]?.value ?? ''));
    },
    onChange(handler) {
      element.addEventListener('change', () => {
        selected = element.value ?? '';
        handler(selected);
      });
    },
  };
}
