import { basename } from 'node:path';
import { asRecord } from '../../core/app/appFormat.ts';
import { parseJsonFile } from '../../core/app/json.ts';
import { listLayoutSets, loadLayoutSet } from '../../core/app/loadLayoutSet.ts';
import type { LayoutSetDescriptor } from '../../core/app/appFormat.ts';
import type { AppSource } from '../../core/app/source.ts';
import type { LoadedLayoutSet } from '../../core/app/types.ts';
import { createDiagnosticList, type Diagnostic } from '../../core/diagnostics.ts';
import { fileSource } from '../../core/node/fileSource.ts';
import { loadPolicy, type LoadedPolicy } from '../auth/policy.ts';
import { parseProcess, type ParsedProcess } from '../process/index.ts';
import { loadPrefillConfigs, type PrefillConfigs } from '../prefill/config.ts';
import { readDataTypes, type DataTypeConfig } from './dataTypes.ts';

/** The version the frontend gates features on (app-api §10); apps rarely write it themselves. */
export const DEFAULT_NUGET_VERSION = '8.12.7.300';

/**
 * Everything the server reads from an app folder, read once and swapped as a whole when the
 * files change, so a request never sees half an old and half a new app.
 */
export interface PreviewApp {
  readonly appDir: string;
  readonly source: AppSource;
  readonly org: string;
  readonly app: string;
  /** `applicationmetadata.json` as the API serves it (with `altinnNugetVersion`). */
  readonly metadata: Record<string, unknown>;
  readonly dataTypes: readonly DataTypeConfig[];
  readonly format?: 'v8' | 'v9';
  readonly layoutSetEntries: readonly LayoutSetDescriptor[];
  /** Page settings every layout set shares (`uiSettings`: `taskNavigation`, `showProgress`…). */
  readonly uiSettings: Readonly<Record<string, unknown>>;
  /** Loaded layout sets by id (those that could be loaded). */
  readonly layoutSets: ReadonlyMap<string, LoadedLayoutSet>;
  /** `App/config/process/process.bpmn`, when the app has one. */
  readonly processXml?: string;
  /** The parsed process (with its diagnostics, unsupported task types named), when the app has one. */
  readonly process?: ParsedProcess;
  /** `App/config/authorization/policy.xml`, when the app has one. */
  readonly policyXml?: string;
  /** The policy decisions are made by (owner-only without a policy file, deny-all when it is broken). */
  readonly policy: LoadedPolicy;
  /** Prefill configurations by data type, checked against the schemas (`src/preview/prefill`). */
  readonly prefill: PrefillConfigs;
  /** Problems found while reading, each located in its file. */
  readonly diagnostics: readonly Diagnostic[];
}

export const PROCESS_FILE = 'App/config/process/process.bpmn';
export const POLICY_FILE = 'App/config/authorization/policy.xml';
const METADATA_FILE = 'App/config/applicationmetadata.json';

export async function loadPreviewApp(appDir: string): Promise<PreviewApp> {
  const source = fileSource(appDir);
  const { diagnostics, report } = createDiagnosticList();
  const metadataText = await source.read(METADATA_FILE);
  let rawMetadata: Record<string, unknown> | undefined;
  if (metadataText === undefined) {
    diagnostics.push({
      severity: 'error',
      code: 'metadata',
      file: METADATA_FILE,
      message: 'The app has no application metadata; instances cannot be created.',
    });
  } else {
    const parsed = parseJsonFile(metadataText, METADATA_FILE);
    if (parsed.ok) rawMetadata = asRecord(parsed.value);
    else diagnostics.push(parsed.diagnostic);
  }
  const [org, app] = appIdOf(rawMetadata, appDir);
  const metadata: Record<string, unknown> = {
    ...rawMetadata,
    id: `${org}/${app}`,
    org,
    altinnNugetVersion:
      typeof rawMetadata?.altinnNugetVersion === 'string' && rawMetadata.altinnNugetVersion !== ''
        ? rawMetadata.altinnNugetVersion
        : DEFAULT_NUGET_VERSION,
  };

  const listing = await listLayoutSets(source);
  const layoutSets = new Map<string, LoadedLayoutSet>();
  report(listing.diagnostics);
  for (const entry of listing.layoutSets) {
    const result = await loadLayoutSet(source, { layoutSetId: entry.id });
    report(result.diagnostics);
    if (result.layoutSet) layoutSets.set(entry.id, result.layoutSet);
  }

  const processXml = await source.read(PROCESS_FILE);
  const policyXml = await source.read(POLICY_FILE);
  const prefill = await loadPrefillConfigs(source);
  report(prefill.diagnostics);
  return {
    appDir,
    source,
    org,
    app,
    metadata,
    dataTypes: readDataTypes(rawMetadata),
    format: listing.format,
    layoutSetEntries: listing.layoutSets,
    uiSettings: listing.globalPageSettings,
    layoutSets,
    processXml,
    process: processXml === undefined ? undefined : parseProcess(processXml),
    policyXml,
    policy: loadPolicy(policyXml, { org, app }),
    prefill,
    diagnostics,
  };
}

function appIdOf(metadata: Record<string, unknown> | undefined, appDir: string): [string, string] {
  const id = typeof metadata?.id === 'string' ? metadata.id : '';
  const [org, app] = id.split('/');
  if (org && app) return [org, app];
  const fallbackOrg = typeof metadata?.org === 'string' && metadata.org !== '' ? metadata.org : 'preview';
  return [fallbackOrg, basename(appDir).toLowerCase()];
}

/**
 * Whether a layout set is shown in a task: the set names the task, or it is the legacy single
 * `App/ui/layouts` of an app without layout sets, which every data task shows.
 */
export function setShowsTask(entry: LayoutSetDescriptor, taskId: string): boolean {
  return entry.tasks?.includes(taskId) ?? entry.folder === 'App/ui';
}

/** The layout set a process task shows, if any. */
export function layoutSetForTask(app: PreviewApp, taskId: string): LoadedLayoutSet | undefined {
  const entry = app.layoutSetEntries.find((set) => setShowsTask(set, taskId));
  return entry ? app.layoutSets.get(entry.id) : undefined;
}

export function dataTypeById(app: PreviewApp, id: string): DataTypeConfig | undefined {
  return app.dataTypes.find((type) => type.id === id);
}
