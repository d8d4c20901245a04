import { register } from 'node:module';

/*
 * Module hooks for the render step, registered before React and the components load.
 *
 * Designsystemet imports its few icons from the index of @navikt/aksel-icons, which re-exports
 * about a thousand icon modules: a bundler keeps the few, but Node loads them all, which costs
 * about as much as loading jsdom. Each import of that index is answered with a module that
 * re-exports only the icons the importing file names (and the full index when that cannot be read).
 *
 * From source (`tsx src/bin/skjema.ts`) the components import their stylesheets, which Node cannot
 * load; the build moves them into styles.css, and styles do not matter for finding render errors.
 */
const HOOKS = String.raw`
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ICONS = '@navikt/aksel-icons';
const ONLY = '?skjema-only=';

function namedImports(file) {
  const names = [];
  const source = readFileSync(file, 'utf8');
  for (const match of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*["']@navikt\/aksel-icons["']/g)) {
    for (const part of match[1].split(',')) {
      const name = part.trim().split(/\s+as\s+/)[0];
      if (name) names.push(name);
    }
  }
  return names.every((name) => /^\w+$/.test(name)) ? names : [];
}

export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  if (specifier !== ICONS || !context.parentURL?.startsWith('file:')) return resolved;
  try {
    const names = namedImports(fileURLToPath(context.parentURL));
    return names.length > 0 ? { ...resolved, url: resolved.url + ONLY + names.join(',') } : resolved;
  } catch {
    return resolved;
  }
}

export async function load(url, context, next) {
  if (url.endsWith('.css')) return { format: 'module', source: '', shortCircuit: true };
  const marker = url.indexOf(ONLY);
  if (marker < 0) return next(url, context);
  const index = url.slice(0, marker);
  const wanted = new Set(url.slice(marker + ONLY.length).split(','));
  try {
    const reexports = readFileSync(fileURLToPath(index), 'utf8')
      .split('\n')
      .map((line) => /^export \{ default as (\w+) \} from "(\.\/[\w.-]+)";$/.exec(line.trim()))
      .filter((match) => match && wanted.has(match[1]));
    if (reexports.length === wanted.size) {
      const source = reexports
        .map(([, name, file]) => 'export { default as ' + name + ' } from ' + JSON.stringify(new URL(file, index).href) + ';')
        .join('\n');
      return { format: 'module', source, shortCircuit: true };
    }
  } catch {
    // The full index below.
  }
  return next(index, context);
}
`;

let registered = false;

export function registerRenderHooks(): void {
  if (registered) return;
  registered = true;
  register(`data:text/javascript,${encodeURIComponent(HOOKS)}`);
}
