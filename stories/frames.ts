/**
 * The page around a story: its theme and its width, chosen in the toolbar ("Theme" and "Page") or
 * pinned by a story with `globals: { theme: 'dark', page: 'phone' }`.
 *
 * Every theme here is what a council's own stylesheet could do: it sets the page's colours and the
 * documented `--oat-*` custom properties, and the council brand also styles documented `::part`s.
 * Nothing reaches inside the elements' shadow roots – except the printed page, which has to imitate
 * the browser switching to print media (see `printLayout`).
 */
import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';

export const THEMES = {
  default: 'Default (the page’s own colours)',
  dark: 'Dark',
  'high-contrast': 'High contrast',
  council: 'Council brand (custom properties and parts only)',
} as const;
export type Theme = keyof typeof THEMES;

export const PAGES = {
  full: 'Full width',
  sidebar: 'CMS sidebar, 400 px',
  phone: 'Phone, 320 px',
  print: 'Printed on A4',
} as const;
export type Page = keyof typeof PAGES;

/**
 * The themes, as a council would write them in its own stylesheet. `.oat-theme-*` stands for
 * whatever element of the council's page holds the assessment.
 */
export const THEME_CSS = `
.oat-frame {
  box-sizing: border-box;
  padding: 1rem;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
  line-height: 1.5;
}
/* The element itself gets the width: 400 px in a CMS sidebar, 320 px on a small phone. */
.oat-frame[data-page='sidebar'] { box-sizing: content-box; max-width: 400px; }
.oat-frame[data-page='phone'] { box-sizing: content-box; max-width: 320px; }

/* Dark: light text on a dark page, and verdict colours light enough to read on it. */
.oat-theme-dark {
  color-scheme: dark;
  background: #16181d;
  color: #eceef2;
  --oat-color-better: #7cb7f2;
  --oat-color-worse: #f5a36c;
  --oat-color-similar: #b9c2c9;
  --oat-color-no-judgement: #c6aef0;
  --oat-color-not-compared: #aeb4ba;
  /* The tick and arrows drawn on the verdict shapes (not yet in the README's list of properties). */
  --oat-color-on-verdict: #16181d;
  --oat-color-border: #5d636c;
  --oat-color-surface: #1f2228;
  --oat-color-muted: #c3c8cf;
  --oat-color-focus: #ffdd00;
  --oat-spine-range: #3a3f47;
  --oat-spine-middle: #6b7380;
}

/* High contrast: black on white, solid borders, no tints. */
.oat-theme-high-contrast {
  background: #ffffff;
  color: #000000;
  --oat-color-better: #003a75;
  --oat-color-worse: #8a2c00;
  --oat-color-similar: #000000;
  --oat-color-no-judgement: #4b0f7a;
  --oat-color-not-compared: #000000;
  --oat-color-border: #000000;
  --oat-color-surface: #ffffff;
  --oat-color-muted: #000000;
  --oat-color-focus: #0b0c0c;
  --oat-spine-range: #d9d9d9;
  --oat-spine-middle: #7a7a7a;
}

/*
 * A council's brand, using nothing but the documented custom properties and parts: a teal and
 * plum palette, square corners, roomier spacing and titles in the council's serif.
 */
.oat-theme-council {
  background: #f6f8f7;
  color: #1c2b28;
  --oat-color-better: #00594f;
  --oat-color-worse: #9b1b30;
  --oat-color-similar: #4d5b58;
  --oat-color-no-judgement: #5b2a86;
  --oat-color-not-compared: #5f6664;
  --oat-color-border: #9fb5b0;
  --oat-color-surface: #ffffff;
  --oat-color-muted: #3f4d4a;
  --oat-color-focus: #1c2b28;
  --oat-spine-range: #dde8e5;
  --oat-spine-middle: #9cc3bb;
  --oat-space: 0.6rem;
  --oat-radius: 0;
}
.oat-theme-council :is(oat-indicator, oat-domain, oat-assessment)::part(title) {
  font-family: Georgia, 'Times New Roman', serif;
  color: #00594f;
}
.oat-theme-council oat-indicator::part(value) {
  color: #00594f;
}
.oat-theme-council :is(oat-indicator, oat-domain)::part(toggle) {
  border-radius: 2rem;
}

/* A sheet of A4 with 12 mm margins, as the printed assessment is laid out. */
.oat-frame[data-page='print'] {
  width: 186mm;
  max-width: 100%;
  padding: 12mm;
  box-sizing: content-box;
  background: #ffffff;
  color: #000000;
  outline: 1px solid #b1b4b6;
}
`;

let styled = false;

/** Adds the themes' stylesheet to the page once. */
function addThemeStyles(): void {
  if (styled) return;
  styled = true;
  const style = document.createElement('style');
  style.dataset.oatStories = 'themes';
  style.textContent = THEME_CSS;
  document.head.append(style);
}

function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && value in THEMES;
}

function isPage(value: unknown): value is Page {
  return typeof value === 'string' && value in PAGES;
}

// ── The printed page ──────────────────────────────────────────────────────────────────────────

const OAT_TAG = /^OAT-/;

/** Every oat-* element in a tree, through shadow roots. */
function oatElements(root: ParentNode): HTMLElement[] {
  const found: HTMLElement[] = [];
  const visit = (node: ParentNode) => {
    for (const element of Array.from(node.querySelectorAll<HTMLElement>('*'))) {
      if (OAT_TAG.test(element.tagName)) found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root);
  return found;
}

/**
 * Waits until every oat-* element in `root` – including those the others render once their data has
 * come – has finished loading and rendering.
 */
export async function settled(root: ParentNode): Promise<HTMLElement[]> {
  let seen = -1;
  let elements = oatElements(root);
  while (elements.length !== seen) {
    seen = elements.length;
    await Promise.all(elements.map((element) => (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
    elements = oatElements(root);
  }
  return elements;
}

/** The print rules of a stylesheet, taken out of their `@media print` blocks; one copy per sheet. */
const printSheets = new WeakMap<CSSStyleSheet, CSSStyleSheet | null>();

function printRulesOf(sheet: CSSStyleSheet): CSSStyleSheet | null {
  if (printSheets.has(sheet)) return printSheets.get(sheet) ?? null;
  const rules: string[] = [];
  for (const rule of Array.from(sheet.cssRules)) {
    if (rule instanceof CSSMediaRule && rule.media.mediaText.trim() === 'print') {
      for (const inner of Array.from(rule.cssRules)) rules.push(inner.cssText);
    }
  }
  let print: CSSStyleSheet | null = null;
  if (rules.length > 0) {
    print = new CSSStyleSheet();
    print.replaceSync(rules.join('\n'));
  }
  printSheets.set(sheet, print);
  return print;
}

/** The print sheets added to each shadow root, so that leaving the printed page can take them off again. */
const printed = new WeakMap<ShadowRoot, CSSStyleSheet[]>();

/**
 * Shows the elements in `root` as they print. Browsers apply print media only when printing, so
 * this takes each element's own `@media print` rules and applies them on screen, inside that
 * element's shadow root; the story's frame supplies the A4 sheet. Waits for every element to load
 * first, because elements rendered later (the domains of an assessment) bring their own rules.
 * For the real thing, open the story on its own (“Open canvas in new tab”) and use the browser's
 * print preview, or Chromium's DevTools: Rendering → Emulate CSS media type → print.
 */
export async function printLayout(root: ParentNode): Promise<void> {
  const elements = await settled(root);
  for (const element of elements) {
    const shadow = element.shadowRoot;
    if (!shadow || printed.has(shadow)) continue;
    const extra = shadow.adoptedStyleSheets.map(printRulesOf).filter((sheet): sheet is CSSStyleSheet => sheet !== null);
    printed.set(shadow, extra);
    if (extra.length > 0) shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, ...extra];
  }
}

/** Takes the print rules off again, when the toolbar leaves the printed page for a screen. */
function screenLayout(root: ParentNode): void {
  for (const element of oatElements(root)) {
    const shadow = element.shadowRoot;
    const extra = shadow ? printed.get(shadow) : undefined;
    if (!shadow || !extra) continue;
    printed.delete(shadow);
    shadow.adoptedStyleSheets = shadow.adoptedStyleSheets.filter((sheet) => !extra.includes(sheet));
  }
}

// ── The decorator ─────────────────────────────────────────────────────────────────────────────

interface FrameContext {
  globals: Record<string, unknown>;
}

/**
 * Wraps a story in the page the toolbar (or the story's `globals`) asks for: a theme and a width,
 * or an A4 sheet on which the elements take their print layout.
 */
export function inFrame(story: () => unknown, context: FrameContext): TemplateResult {
  addThemeStyles();
  const theme: Theme = isTheme(context.globals.theme) ? context.globals.theme : 'default';
  const page: Page = isPage(context.globals.page) ? context.globals.page : 'full';
  const layout = (frame: Element | undefined) => {
    if (!frame) return;
    if (page === 'print') void printLayout(frame);
    else screenLayout(frame);
  };
  return html`<div class="oat-frame oat-theme-${theme}" data-theme=${theme} data-page=${page} ${ref(layout)}>${story()}</div>`;
}
