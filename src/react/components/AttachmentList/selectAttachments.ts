import type { DataElement } from '../../../core/tree/index.ts';
import { isSafeUrl } from '../shared/safeUrl.ts';

export interface DataTypeInfo {
  id: string;
  grouping?: string;
  description?: Record<string, string>;
  appLogic?: unknown;
}

export const PDF_DATA_TYPE = 'ref-data-as-pdf';

/**
 * The data elements the list shows. Form data (data types with `appLogic`) never counts as an
 * attachment. Without `dataTypeIds` the generated PDFs are left out; `include-all` keeps them,
 * `ref-data-as-pdf` adds them, and `from-task` means "every attachment" in a single form.
 */
export function selectAttachments(
  elements: readonly DataElement[],
  dataTypes: readonly DataTypeInfo[],
  dataTypeIds: readonly string[] | undefined,
): DataElement[] {
  const formData = new Set(dataTypes.filter((type) => type.appLogic).map((type) => type.id));
  const attachments = elements.filter((element) => !formData.has(element.dataType));
  const ids = dataTypeIds ?? [];
  if (ids.includes('include-all')) return attachments;
  const named = new Set(ids.filter((id) => id !== 'from-task'));
  const everyUpload = ids.length === 0 || ids.includes('from-task');
  return attachments.filter((element) =>
    element.dataType === PDF_DATA_TYPE ? named.has(PDF_DATA_TYPE) : everyUpload || named.has(element.dataType),
  );
}

/** The app's link to the file, when it gives a safe one. */
export function attachmentUrl(element: DataElement): string | undefined {
  const links = element.selfLinks as { apps?: unknown } | undefined;
  const url = typeof element.url === 'string' ? element.url : links?.apps;
  return typeof url === 'string' && isSafeUrl(url) ? url : undefined;
}
