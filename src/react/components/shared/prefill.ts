import type { FormEngine } from '../../../core/form/index.ts';

/** `mapping` (data-model path → prefill key) applied to the default data model, skipping empty fields. */
export function prefillFrom(engine: FormEngine, mapping: unknown): Record<string, unknown> {
  if (mapping === null || typeof mapping !== 'object') return {};
  const model = engine.data.model(engine.layoutSet.dataType);
  const prefill: Record<string, unknown> = {};
  for (const [path, key] of Object.entries(mapping as Record<string, unknown>)) {
    const value = model.get(path);
    if (typeof key === 'string' && value !== undefined && value !== null) prefill[key] = value;
  }
  return prefill;
}
