import { parsePath } from '../../core/data/path.ts';

type Container = Record<string | number, unknown>;

/**
 * Applies `instances/create` prefill (`{ "melding.name": "Ola" }`) to a model, creating objects and
 * arrays on the way. Values are written as given; the reference converts them to the model's
 * property types, which the preview leaves to the client's schema handling.
 */
export function applyPrefill(model: Container, prefill: Readonly<Record<string, unknown>>): void {
  for (const [path, value] of Object.entries(prefill)) {
    const segments = parsePath(path);
    let target: Container = model;
    for (let index = 0; index < segments.length; index++) {
      const key = segments[index]!;
      if (index === segments.length - 1) {
        target[key] = value;
        break;
      }
      const existing = target[key];
      if (existing === null || typeof existing !== 'object') {
        target[key] = typeof segments[index + 1] === 'number' ? [] : {};
      }
      target = target[key] as Container;
    }
  }
}
