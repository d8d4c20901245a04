import type { Severity } from './types.ts';

/** One expression validation after `ref`s and defaults are applied. */
export interface ExpressionRule {
  /** String expression (or plain string) giving the text key. */
  readonly message: unknown;
  /** Boolean expression: true means the issue fires. */
  readonly condition: unknown;
  readonly severity: Severity;
  readonly showImmediately: boolean;
}

export interface ParsedValidationConfig {
  /** Field path without row indexes (`rows.amount`) → its rules. */
  readonly rules: ReadonlyMap<string, readonly ExpressionRule[]>;
  /** Entries dropped (missing message/condition, unknown ref), as the reference warns about them. */
  readonly warnings: readonly string[];
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'success'];

/** Reads a `<model>.validation.json`: definitions (which may build on earlier ones), refs and local overrides. */
export function parseValidationConfig(config: unknown): ParsedValidationConfig {
  const warnings: string[] = [];
  const rules = new Map<string, ExpressionRule[]>();
  if (!isRecord(config)) return { rules, warnings };
  const definitions = new Map<string, Record<string, unknown>>();
  for (const [name, raw] of Object.entries(isRecord(config.definitions) ? config.definitions : {})) {
    if (!isRecord(raw)) continue;
    const merged = withRef(raw, definitions, `definition ${name}`, warnings);
    if (merged) definitions.set(name, merged);
  }
  for (const [field, entries] of Object.entries(isRecord(config.validations) ? config.validations : {})) {
    if (!Array.isArray(entries)) continue;
    const list: ExpressionRule[] = [];
    for (const entry of entries) {
      const where = `validation of ${field}`;
      const raw =
        typeof entry === 'string'
          ? lookup(entry, definitions, where, warnings)
          : isRecord(entry)
            ? withRef(entry, definitions, where, warnings)
            : undefined;
      const rule = raw && toRule(raw, where, warnings);
      if (rule) list.push(rule);
    }
    if (list.length > 0) rules.set(field, list);
  }
  return { rules, warnings };
}

function withRef(
  raw: Record<string, unknown>,
  definitions: ReadonlyMap<string, Record<string, unknown>>,
  where: string,
  warnings: string[],
): Record<string, unknown> | undefined {
  if (typeof raw.ref !== 'string') return raw;
  const base = lookup(raw.ref, definitions, where, warnings);
  if (!base) return undefined;
  const { ref: _ref, ...overrides } = raw;
  return { ...base, ...overrides };
}

function lookup(
  name: string,
  definitions: ReadonlyMap<string, Record<string, unknown>>,
  where: string,
  warnings: string[],
) {
  const found = definitions.get(name);
  if (!found) warnings.push(`${where}: unknown definition "${name}"`);
  return found;
}

function toRule(raw: Record<string, unknown>, where: string, warnings: string[]): ExpressionRule | undefined {
  if (raw.message === undefined || raw.condition === undefined) {
    warnings.push(`${where}: needs both "message" and "condition"`);
    return undefined;
  }
  const severity = SEVERITIES.includes(raw.severity as Severity) ? (raw.severity as Severity) : 'error';
  return { message: raw.message, condition: raw.condition, severity, showImmediately: raw.showImmediately === true };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
