/** A layout set: the pages shown for some tasks, bound to one data type. */
export interface LayoutSet {
  id: string;
  dataType: string;
  tasks?: string[];
  [property: string]: unknown;
}

/** `api/layoutsets`: `layout-sets.json` as it is in the app. */
export interface LayoutSets {
  sets: LayoutSet[];
  uiSettings?: unknown;
  [property: string]: unknown;
}
