import type { DataElement } from '../../wire/dataElement.ts';
import { HttpProblem } from '../http/problem.ts';

/**
 * Refuses to hand out a file the scanner found a virus in. The platform only flags such a file;
 * the preview goes further and never serves its bytes, so a download cannot spread it. The
 * element itself stays (listed, with its flag) until the user deletes it.
 */
export function refuseInfected(element: DataElement): void {
  if (element.fileScanResult !== 'Infected') return;
  throw new HttpProblem(
    403,
    'File infected',
    `The virus scan found malware in ${element.filename ? `"${element.filename}"` : 'the file'} (data element ${element.id}), so it is not served. Delete it and upload a clean file.`,
    { dataElementId: element.id, fileScanResult: 'Infected' },
  );
}
