/** A data type of the app. It holds form data when `appLogic.classRef` is set, otherwise attachments. */
export interface DataType {
  id: string;
  description?: Record<string, string> | null;
  allowedContentTypes?: string[] | null;
  appLogic?: {
    autoCreate?: boolean | null;
    classRef?: string | null;
    schemaRef?: string | null;
    allowAnonymousOnStateless?: boolean;
    [property: string]: unknown;
  } | null;
  taskId?: string | null;
  maxSize?: number | null;
  maxCount?: number;
  minCount?: number;
  [property: string]: unknown;
}

/** `applicationmetadata`. The backend passes unknown properties through, hence the index signature. */
export interface ApplicationMetadata {
  /** `org/app`. */
  id: string;
  org: string;
  title?: Record<string, string> | null;
  dataTypes: DataType[];
  partyTypesAllowed?: {
    bankruptcyEstate: boolean;
    organisation: boolean;
    person: boolean;
    subUnit: boolean;
  } | null;
  /** `new-instance`, `select-instance`, or a layout set id for stateless apps. */
  onEntry?: { show?: string | null; [property: string]: unknown } | null;
  /** `major.minor.patch.build`; features of the backend are gated on it. */
  altinnNugetVersion?: string | null;
  [property: string]: unknown;
}

export type ApplicationSettings = Record<string, unknown>;

export interface ApplicationLanguage {
  language: string;
}

export interface LayoutSet {
  id: string;
  dataType: string;
  tasks?: string[];
  [property: string]: unknown;
}

export interface LayoutSets {
  sets: LayoutSet[];
  uiSettings?: unknown;
  [property: string]: unknown;
}

export interface TextResourceVariable {
  key: string;
  dataSource: string;
  defaultValue?: string | null;
}

export interface TextResourceEntry {
  id: string;
  value: string;
  variables?: TextResourceVariable[] | null;
}

export interface TextResource {
  id?: string | null;
  org?: string | null;
  language: string;
  resources: TextResourceEntry[];
}

/** An option of a code list. The value keeps its JSON type. */
export interface AppOption {
  value: string | number | boolean | null;
  label: string;
  description?: string | null;
  helpText?: string | null;
  tags?: Record<string, string> | null;
}
