import { loadLayoutSet } from '../core/app/loadLayoutSet.ts';
import { objectSource } from '../core/app/source.ts';
import type { LoadedLayoutSet } from '../core/app/types.ts';
import type { Diagnostic } from '../core/diagnostics.ts';
import type { PrecompiledValidatorsByDataType } from '../react/context/PrecompiledValidators.ts';

/**
 * An app as files: `{ path: content }` relative to the app folder (`App/ui/layout-sets.json`), the
 * object `objectSource` takes and `import app from './my-app?skjema'` gives, with the data models'
 * validators compiled at build time where the bundler made them.
 */
export interface SkjemaElementApp {
  readonly files: Readonly<Record<string, unknown>>;
  readonly validators?: PrecompiledValidatorsByDataType;
}

export type LoadedElementApp =
  | {
      readonly ok: true;
      readonly layoutSet: LoadedLayoutSet;
      readonly validators?: PrecompiledValidatorsByDataType;
      readonly diagnostics: readonly Diagnostic[];
    }
  /** `fetchFailed`: `src` did not answer with a JSON app; `broken`: the files hold no form that renders. */
  | {
      readonly ok: false;
      readonly reason: 'fetchFailed' | 'broken';
      readonly diagnostics: readonly Diagnostic[];
      readonly cause?: string;
    };

/** Reads the form of an app given as files. */
export async function loadElementApp(app: SkjemaElementApp): Promise<LoadedElementApp> {
  const { layoutSet, diagnostics } = await loadLayoutSet(objectSource(app.files));
  if (!layoutSet) return { ok: false, reason: 'broken', diagnostics };
  return { ok: true, layoutSet, validators: app.validators, diagnostics };
}

/**
 * Fetches an app bundle (`src`): JSON that is either `{ "files": { path: content } }` or the files
 * object itself. JSON cannot hold compiled validators; a host that has them sets `app` instead.
 */
export async function fetchElementApp(url: string, signal?: AbortSignal): Promise<LoadedElementApp> {
  let body: unknown;
  try {
    const response = await fetch(url, { signal, headers: { accept: 'application/json' } });
    if (!response.ok) return fetchFailed(`HTTP ${response.status}`);
    body = await response.json();
  } catch (error) {
    if (signal?.aborted) throw error;
    return fetchFailed(error instanceof Error ? error.message : String(error));
  }
  if (!isRecord(body)) return fetchFailed('not a JSON object');
  const files = isRecord(body.files) ? body.files : body;
  return loadElementApp({ files });
}

function fetchFailed(cause: string): LoadedElementApp {
  return { ok: false, reason: 'fetchFailed', diagnostics: [], cause };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
