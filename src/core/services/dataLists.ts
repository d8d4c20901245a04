export interface DataListQuery {
  language: string;
  /** Zero-based. */
  page: number;
  pageSize: number;
  sortColumn?: string;
  sortDirection?: 'asc' | 'desc';
  queryParameters?: Readonly<Record<string, string>>;
  /** `secure: true`: the instance-aware endpoint. */
  secure?: boolean;
}

export interface DataListPage {
  rows: Record<string, unknown>[];
  /** Rows in the whole list, for the pagination. */
  totalRows: number;
}

/** The app's data lists (the List component), one page at a time. */
export interface DataListService {
  fetchDataList(dataListId: string, query: DataListQuery): Promise<DataListPage>;
}
