import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { builtinTexts, nb } from '../../../src/core/texts/builtin/index.ts';

// The texts of types few forms have are loaded only for forms with those types (issue 14): each
// key the source names must be loaded for whoever shows it.
const SRC = join(import.meta.dirname, '../../../src');
const COMPONENTS = join(SRC, 'react/components');

function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesIn(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

/** The built-in text keys a file names in quotes. */
function keysIn(file: string): string[] {
  const quoted = readFileSync(file, 'utf8').match(/['"`][a-z_]+\.[A-Za-z0-9_.]+['"`]/g) ?? [];
  return quoted.map((key) => key.slice(1, -1)).filter((key) => Object.hasOwn(builtinTexts.nb, key));
}

describe('built-in texts of component types few forms have', () => {
  it('are named only by the renderers of their types, which load them', async () => {
    const types = readdirSync(COMPONENTS, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && /^[A-Z]/.test(entry.name))
      .map((entry) => entry.name);
    const missing: string[] = [];
    for (const type of types) {
      vi.resetModules();
      const { loadBuiltinTexts } = await import('../../../src/core/texts/builtin/builtinTextsLoader.ts');
      const loaded = await loadBuiltinTexts('nb', [type]);
      for (const file of filesIn(join(COMPONENTS, type))) {
        for (const key of keysIn(file)) if (!Object.hasOwn(loaded, key)) missing.push(`${type}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("are named by the engine only in their types' rules, loaded with them", async () => {
    const rules = { 'core/components/dates.ts': 'Datepicker', 'core/validation/timeRules.ts': 'TimePicker' };
    const missing: string[] = [];
    for (const [file, type] of Object.entries(rules)) {
      vi.resetModules();
      const { loadBuiltinTexts } = await import('../../../src/core/texts/builtin/builtinTextsLoader.ts');
      const loaded = await loadBuiltinTexts('nb', [type]);
      const keys = keysIn(join(SRC, file));
      expect(keys.length, file).toBeGreaterThan(0);
      for (const key of keys) if (!Object.hasOwn(loaded, key)) missing.push(`${file}: ${key}`);
    }
    expect(missing).toEqual([]);
  });

  it('are not named elsewhere, where every form loads only the texts all forms share', () => {
    const typeRules = ['core/components/dates.ts', 'core/validation/timeRules.ts'].map((file) => join(SRC, file));
    const named = filesIn(SRC)
      .filter((file) => !file.startsWith(COMPONENTS + '/') && !file.includes('/texts/builtin/'))
      .filter((file) => !typeRules.includes(file))
      .flatMap((file) => keysIn(file).map((key) => `${relative(SRC, file)}: ${key}`));
    expect(named.filter((entry) => !Object.hasOwn(nb, entry.slice(entry.lastIndexOf(': ') + 2)))).toEqual([]);
  });
});
