import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/*
 * The stylesheets of `<skjema-form>` (src/element, vite.element.config.ts). Everything the form
 * imports goes into its shadow root; only what cannot live there goes to the page.
 */

/** The shape of a PostCSS plugin (Vite runs PostCSS on every stylesheet it builds). */
interface PostcssPlugin {
  postcssPlugin: string;
  Rule(rule: { selector: string }): void;
  Declaration(declaration: { value: string; prop: string }): void;
}

const ROOT = /(?<![\w.#-]):root(?![\w-])|(?<![\w.#:-])html(?![\w-])/g;
const BODY = /(?<![\w.#:-])body(?![\w-])/g;
const REM = /(?<![\w.-])(\d*\.?\d+)rem\b/g;

/**
 * Rewrites page-level CSS for a shadow root: `:root` and `html` rules (Designsystemet's theme
 * tokens) apply to `:host`, and `body` rules (its text colour, size and background) to the form's
 * own wrapper, `.skjema-element`. Lengths in `rem` follow `--skjema-rem` instead of the page's root
 * font size, which the host page may have changed (src/element/shadowStyles.ts).
 */
export function shadowRootCss(): PostcssPlugin {
  return {
    postcssPlugin: 'skjema-shadow-root',
    Rule(rule) {
      const selector = rule.selector.replace(ROOT, ':host').replace(BODY, '.skjema-element');
      if (selector !== rule.selector) rule.selector = selector;
    },
    Declaration(declaration) {
      if (declaration.prop.startsWith('--skjema-rem') || declaration.value.includes('url(')) return;
      const value = declaration.value.replace(REM, (_whole, amount: string) => `calc(${amount}*var(--skjema-rem))`);
      if (value !== declaration.value) declaration.value = value;
    },
  };
}

/**
 * `skjema-form.css`, the one stylesheet the page links: the Inter font's `@font-face` rules with
 * their files (fonts declared in a shadow root are not used by browsers) and the element's box
 * before its script has run. Nothing in it styles the page's own elements.
 */
export function elementDocumentStylesheet(fileName: string): Plugin {
  return {
    name: 'skjema-element-document-stylesheet',
    apply: 'build',
    generateBundle() {
      const fontCss = createRequire(import.meta.url).resolve('@fontsource-variable/inter/index.css');
      const css = readFileSync(fontCss, 'utf8').replace(/url\(\.\/files\/([^)]+)\)/g, (_whole, name: string) => {
        const reference = this.emitFile({
          type: 'asset',
          fileName: `fonts/${basename(name)}`,
          source: readFileSync(join(dirname(fontCss), 'files', name)),
        });
        return `url(./${this.getFileName(reference)})`;
      });
      this.emitFile({
        type: 'asset',
        fileName,
        source: `${css}\nskjema-form:not(:defined) {\n  display: block;\n}\n`,
      });
    },
  };
}
