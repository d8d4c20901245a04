import type { ExprLiteral } from '../expressions/index.ts';
import type { LayoutNodeImpl } from './layoutNode.ts';
import { optionsFromSource } from './optionSource.ts';
import type { Site, TreeRuntime } from './runtime.ts';
import { resolveTextResource } from './textResources.ts';
import type { CodeListOption } from './types.ts';

function asOptions(value: unknown): CodeListOption[] | undefined {
  return Array.isArray(value)
    ? value.filter((option): option is CodeListOption => option !== null && typeof option === 'object')
    : undefined;
}

/** Static `options`, else options from a repeating group (`source`), else the code list named by `optionsId`. */
export function optionsOf(runtime: TreeRuntime, node: LayoutNodeImpl): CodeListOption[] {
  const inline = asOptions(node.component.options);
  if (inline) return inline;
  const fromSource = optionsFromSource(runtime, node);
  if (fromSource) return fromSource;
  const optionsId = node.component.optionsId;
  return typeof optionsId === 'string' ? (asOptions(runtime.environment.codeLists?.[optionsId]) ?? []) : [];
}

/** Option values compare loosely, as stored values are often strings of numbers or booleans. */
export function findOption(options: readonly CodeListOption[], value: unknown): CodeListOption | undefined {
  if (value === undefined) return undefined;
  return options.find((option) => option.value === value || String(option.value) === String(value));
}

export function optionText(runtime: TreeRuntime, site: Site, label: string): string {
  return resolveTextResource(runtime, site, label) ?? label;
}

/** The label of `value` in code list `optionsId`: null when no option has it, undefined when there is no such list. */
export function optionLabelFor(
  runtime: TreeRuntime,
  site: Site,
  optionsId: string,
  value: ExprLiteral,
): string | null | undefined {
  const options = asOptions(runtime.environment.codeLists?.[optionsId]);
  if (!options) return undefined;
  const option = findOption(options, value);
  return option ? optionText(runtime, site, String(option.label ?? '')) : null;
}
