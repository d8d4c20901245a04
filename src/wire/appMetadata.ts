/** A data type of the app. It holds form data when `appLogic.classRef` is set, otherwise attachments. */
export interface DataType {
  id: string;
  description?: Record<string, string> | null;
  /** Null or empty means any content type. */
  allowedContentTypes?: string[] | null;
  appLogic?: {
    autoCreate?: boolean | null;
    classRef?: string | null;
    schemaRef?: string | null;
    allowAnonymousOnStateless?: boolean;
    autoDeleteOnProcessEnd?: boolean;
    disallowUserCreate?: boolean;
    disallowUserDelete?: boolean;
    [property: string]: unknown;
  } | null;
  taskId?: string | null;
  /** In megabytes. */
  maxSize?: number | null;
  /** 0 means unlimited. */
  maxCount?: number;
  /** 0 means optional. */
  minCount?: number;
  grouping?: string | null;
  enableFileScan?: boolean;
  validationErrorOnPendingFileScan?: boolean;
  actionRequiredToRead?: string | null;
  actionRequiredToWrite?: string | null;
  [property: string]: unknown;
}

export interface PartyTypesAllowed {
  bankruptcyEstate: boolean;
  organisation: boolean;
  person: boolean;
  subUnit: boolean;
}

/** `api/v1/applicationmetadata`. The backend passes unknown properties through, hence the index signature. */
export interface ApplicationMetadata {
  /** `org/app`. */
  id: string;
  org: string;
  title?: Record<string, string> | null;
  dataTypes: DataType[];
  partyTypesAllowed?: PartyTypesAllowed | null;
  /** `new-instance`, `select-instance`, or a layout set id for stateless apps. */
  onEntry?: { show?: string | null; [property: string]: unknown } | null;
  /** Whether `POST instances/create` with `sourceInstanceId` may copy an archived instance. */
  copyInstanceSettings?: { enabled?: boolean; [property: string]: unknown } | null;
  disallowUserInstantiation?: boolean;
  /** `major.minor.patch.build`; features of the backend are gated on it. */
  altinnNugetVersion?: string | null;
  [property: string]: unknown;
}

/** `api/v1/applicationsettings`: the app's front-end settings, a free map. */
export type ApplicationSettings = Record<string, unknown>;

/** One entry of `api/v1/applicationlanguages`. */
export interface ApplicationLanguage {
  language: string;
}
