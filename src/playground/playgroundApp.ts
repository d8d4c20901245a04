import { findJsonErrorOffset } from '../core/app/jsonErrorOffset.ts';
import { findModelSchemaFile, loadLayoutSet } from '../core/app/loadLayoutSet.ts';
import { objectSource } from '../core/app/source.ts';
import type { LoadedLayoutSet, RawComponent } from '../core/app/types.ts';
import type { Diagnostic } from '../core/diagnostics.ts';
import type { AltinnSchemaChecker } from '../core/schemas/altinnSchemaChecker.ts';
import { lintLayoutSet } from '../cli/lint/lintLayoutSet.ts';

/** An app folder in memory: the text of each file by its path in the folder (`App/ui/layout-sets.json`). */
export type AppFiles = Record<string, string>;

export interface PlaygroundCheck {
  /** The layout set as it renders; undefined when it does not load. */
  layoutSet?: LoadedLayoutSet;
  /** Where the data model's JSON Schema is, when there is one. */
  modelFile?: string;
  /** What `skjema check` finds without rendering or reading the process and code: loading, schema checks, lints. */
  diagnostics: Diagnostic[];
}

/** Loads the app's (first) layout set as `skjema check` does, with its findings. */
export async function checkPlaygroundApp(files: AppFiles, checker?: AltinnSchemaChecker): Promise<PlaygroundCheck> {
  const source = objectSource(files);
  const { layoutSet, diagnostics } = await loadLayoutSet(source, { schemas: checker });
  if (!layoutSet) return { diagnostics };
  const metadata = parseOrUndefined(files['App/config/applicationmetadata.json']);
  const modelFile = await findModelSchemaFile(source, layoutSet.dataType, metadata as Record<string, unknown>);
  return { layoutSet, modelFile, diagnostics: [...diagnostics, ...lintLayoutSet(layoutSet)] };
}

export interface JsonSyntaxError {
  /** Offset of the first character that cannot be part of valid JSON. */
  offset: number;
  message: string;
}

/** Where a JSON text goes wrong, or undefined when it parses. */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    return { offset: findJsonErrorOffset(text) ?? text.length, message: (error as Error).message };
  }
}

/** The app's text resource file of a language. */
export const textsFile = (language: string) => `App/config/texts/resource.${language}.json`;

/** The pages of a layout set in their order, each with its file. */
export function pageFiles(layoutSet: LoadedLayoutSet): { page: string; file: string }[] {
  return layoutSet.pageOrder
    .filter((page) => layoutSet.layoutFiles?.[page])
    .map((page) => ({ page, file: layoutSet.layoutFiles![page] }));
}

/**
 * A layout file's text with a component added at the end of its page, or undefined when the text
 * is not a layout (the editor shows why). The file is written back two-space indented, as Altinn
 * Studio writes it.
 */
export function withComponentAdded(layoutText: string, component: RawComponent): string | undefined {
  const layout = parseOrUndefined(layoutText) as { data?: { layout?: unknown } } | undefined;
  if (!layout?.data || !Array.isArray(layout.data.layout)) return undefined;
  const ids = new Set(layout.data.layout.map((existing: { id?: unknown }) => existing?.id));
  let id = component.id;
  for (let n = 2; ids.has(id); n++) id = `${component.id}-${n}`;
  layout.data.layout.push({ ...component, id });
  return `${JSON.stringify(layout, null, 2)}\n`;
}

function parseOrUndefined(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
