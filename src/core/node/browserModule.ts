import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Makes the ES module of precompiled validators loadable by a browser as one file: ajv's
 * standalone code asks for a few small CommonJS helpers of ajv and ajv-formats (string length,
 * deep equality, the format checks) by bare name, which a browser cannot resolve. Their sources
 * are put into the module, each in a function of its own with the `module`, `exports` and
 * `require` CommonJS code expects, so the result needs no bundler at run time (the built
 * `skjema preview` has none) and no `eval` or `new Function` (a strict CSP forbids both).
 */
export function browserModule(source: string): string {
  const linker = new Linker();
  const body = source
    .replace(IMPORT, (_whole, binding: string, specifier: string) => {
      const id = linker.include(specifier, ROOT);
      const named = /^\{(.*)\}$/s.exec(binding.trim());
      if (named) return `const {${named[1]!.replace(/\s+as\s+/g, ': ')}} = __skjemaRequire(${id});`;
      return `const ${binding.replace(/^\*\s+as\s+/, '').trim()} = __skjemaRequire(${id});`;
    })
    .replace(REQUIRE, (_whole, specifier: string) => `__skjemaRequire(${linker.include(specifier, ROOT)})`);
  return `${linker.prelude()}\n${body}`;
}

// `import x from "…"`, `import * as x from "…"`, `import { a, b as c } from "…"` of bare specifiers.
const IMPORT = /^import\s+([\w$]+|\*\s+as\s+[\w$]+|\{[^}]*\})\s+from\s+["']([^."'/][^"']*)["'];?/gm;
const REQUIRE = /\brequire\(\s*["']([^"']+)["']\s*\)/g;
// Bare names resolve from this package, whose dependencies ajv and ajv-formats are.
const ROOT = createRequire(import.meta.url);

class Linker {
  private readonly ids = new Map<string, number>();
  private readonly modules: string[] = [];

  /** The id of the CommonJS module `specifier` names from `from`, its own requires included first. */
  include(specifier: string, from: NodeJS.Require): number {
    const file = from.resolve(specifier);
    const known = this.ids.get(file);
    if (known !== undefined) return known;
    if (!file.endsWith('.js') && !file.endsWith('.cjs'))
      throw new Error(`A validator needs ${specifier} (${file}), which cannot be linked for the browser.`);
    const id = this.modules.length;
    this.ids.set(file, id);
    this.modules.push('');
    const local = createRequire(file);
    // Their source-map comments would name files the browser cannot fetch from the module's address.
    const code = readFileSync(file, 'utf8').replace(/^\/\/# sourceMappingURL=.*$/gm, '');
    const requires = new Map<string, number>();
    for (const [, name] of code.matchAll(REQUIRE)) {
      // ajv's helpers name themselves in strings (`equal.code = 'require("ajv/dist/runtime/equal")…'`):
      // that is the file itself, already known, and costs nothing.
      // A name that does not resolve is left out; only a call of it would fail.
      if (requires.has(name!)) continue;
      try {
        requires.set(name!, this.include(name!, local));
      } catch {
        continue;
      }
    }
    this.modules[id] =
      `[function (module, exports, require) {\n${code}\n}, ${JSON.stringify(Object.fromEntries(requires))}]`;
    return id;
  }

  prelude(): string {
    return `// The CommonJS helpers the validators use (${this.ids.size}), linked by skjema for the browser.
const __skjemaModules = [${this.modules.join(',\n')}];
const __skjemaCache = [];
function __skjemaRequire(id) {
  if (__skjemaCache[id]) return __skjemaCache[id].exports;
  const module = (__skjemaCache[id] = { exports: {} });
  const [run, names] = __skjemaModules[id];
  run(module, module.exports, (name) => __skjemaRequire(names[name]));
  return module.exports;
}`;
  }
}
