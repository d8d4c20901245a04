/** A placeholder `{0}`, `{1}`, … in a text, filled from a data model, the instance or the app settings. */
export interface TextResourceVariable {
  key: string;
  /** `dataModel.{dataType}`, `dataModel.default`, `instanceContext` or `applicationSettings`. */
  dataSource: string;
  defaultValue?: string | null;
}

export interface TextResourceEntry {
  id: string;
  value: string;
  variables?: TextResourceVariable[] | null;
}

/** `GET api/v1/texts/{language}`: all texts of the app in one language. */
export interface TextResource {
  id?: string | null;
  org?: string | null;
  language: string;
  resources: TextResourceEntry[];
}
