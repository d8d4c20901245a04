import { resolve } from 'node:path';
import { listLayoutSets, loadLayoutSet } from '../core/app/loadLayoutSet.ts';
import type { Diagnostic } from '../core/diagnostics.ts';
import { fileSource } from '../core/node/fileSource.ts';
import { findAltinnSchemaDir, loadAltinnSchemaChecker } from '../core/node/altinnSchemas.ts';
import { lintLayoutSet } from './lint/lintLayoutSet.ts';

export interface CheckOptions {
  schemaDir?: string;
}

export interface CheckReport {
  appDir: string;
  format?: 'v8' | 'v9';
  layoutSets: string[];
  diagnostics: Diagnostic[];
  /** Set when no schema folder was found, so the schema checks did not run. */
  schemaWarning?: string;
}

/** Loads every layout set of an app folder, checking each file against the Altinn JSON Schemas. */
export async function checkApp(appDir: string, options: CheckOptions = {}): Promise<CheckReport> {
  const source = fileSource(resolve(appDir));
  const schemaDir = options.schemaDir ?? findAltinnSchemaDir();
  const schemas = schemaDir ? await loadAltinnSchemaChecker(schemaDir) : undefined;
  const listing = await listLayoutSets(source);
  const ids: (string | undefined)[] = listing.layoutSets.map((set) => set.id);
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [...listing.diagnostics];
  const layoutSets: string[] = [];
  for (const id of ids.length > 0 ? ids : [undefined]) {
    const result = await loadLayoutSet(source, { layoutSetId: id, schemas });
    if (result.layoutSet) {
      layoutSets.push(result.layoutSet.id);
      result.diagnostics.push(...lintLayoutSet(result.layoutSet));
    }
    // Shared files (texts, metadata, layout-sets.json) are read once per set; report each problem once.
    for (const diagnostic of result.diagnostics) {
      const key = JSON.stringify(diagnostic);
      if (!seen.has(key)) {
        seen.add(key);
        diagnostics.push(diagnostic);
      }
    }
  }
  return {
    appDir,
    format: listing.format,
    layoutSets,
    diagnostics,
    schemaWarning: schemas
      ? undefined
      : 'Altinn JSON Schemas not found: pass --schemas <dir> or set SKJEMA_ALTINN_SCHEMAS. Files were not schema-checked.',
  };
}
