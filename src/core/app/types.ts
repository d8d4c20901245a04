import type { AppOption, TextResourceEntry } from '../../wire/index.ts';
import type { Diagnostic } from '../diagnostics.ts';

export interface LayoutSetEntry {
  id: string;
  dataType?: string;
  tasks?: string[];
}

// Texts and options are read as the app API serves them (`null` where a field is unset).
export type { AppOption, OptionValue, TextResourceVariable } from '../../wire/index.ts';
/** One text of the app: `TextResourceEntry` on the wire. */
export type TextResource = TextResourceEntry;

/** One page file as written: `{ "$schema"?, "data": { "layout": [...], "hidden"? } }`. */
export interface RawLayoutFile {
  $schema?: string;
  data: {
    layout: RawComponent[];
    hidden?: unknown;
    [key: string]: unknown;
  };
}

export interface RawComponent {
  id: string;
  type: string;
  [property: string]: unknown;
}

/** Everything needed to render one layout set, read from an Altinn app folder. */
export interface LoadedLayoutSet {
  id: string;
  /** The app format the files were written in; version-dependent defaults are already applied. */
  appFormat?: 'v8' | 'v9';
  /** The data type of the layout set's default data model. */
  dataType: string;
  /** The process tasks the set is used in (v8 `tasks`; v9: the folder name, which is the task id). */
  tasks?: string[];
  /** Pages in navigation order (from Settings.json `pages.order` or `pages.groups`). */
  pageOrder: string[];
  /** Every page file of the set, keyed by page name (file name without `.json`), including pages not in the order. */
  layouts: Record<string, RawLayoutFile>;
  /** The app-relative path of each page file, for locating errors. */
  layoutFiles: Record<string, string>;
  settings: Record<string, unknown>;
  /**
   * Where `settings.pages.taskNavigation` was written (the set's Settings.json or the app-wide
   * settings, which it replaces as a whole), for locating problems with its entries.
   */
  taskNavigationSource?: { file: string; pointer: string };
  /** JSON Schema of each data model in use, keyed by data type. */
  dataModelSchemas: Record<string, unknown>;
  /** Expression validations (`App/models/<model>.validation.json`) per data type, where the app has them. */
  validationConfigs?: Record<string, unknown>;
  /** The file each of `validationConfigs` was read from, for locating problems in it. */
  validationFiles?: Record<string, string>;
  /** App text resources per language code. */
  texts: Record<string, TextResource[]>;
  /** Static code lists from `App/options/*.json`, keyed by options id. */
  options: Record<string, AppOption[]>;
  applicationMetadata?: Record<string, unknown>;
}

export interface LoadResult {
  /** Undefined only when nothing renderable could be read (see diagnostics). */
  layoutSet?: LoadedLayoutSet;
  diagnostics: Diagnostic[];
}
