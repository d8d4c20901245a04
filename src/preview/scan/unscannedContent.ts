import type { DataElement } from '../../wire/dataElement.ts';
import { conflict, HttpProblem } from '../http/problem.ts';

/**
 * Refuses to hand out a file the scanner found a virus in, or has not yet found clean. The
 * platform only flags an infected file and serves a pending one; the preview serves neither, so
 * a download cannot spread what a scan found or is about to find (with clamd down, a file can
 * stay Pending for long). The element itself stays listed, with its flag, until the user deletes it.
 */
export function refuseUnscanned(element: DataElement): void {
  const name = element.filename ? `"${element.filename}"` : 'the file';
  if (element.fileScanResult === 'Infected') {
    throw new HttpProblem(
      403,
      'File infected',
      `The virus scan found malware in ${name} (data element ${element.id}), so it is not served. Delete it and upload a clean file.`,
      { dataElementId: element.id, fileScanResult: 'Infected' },
    );
  }
  if (element.fileScanResult === 'Pending') {
    throw conflict(
      'File scan pending',
      `The virus scan of ${name} (data element ${element.id}) has not finished, so it is not served yet. Try again when its fileScanResult is Clean.`,
      { dataElementId: element.id, fileScanResult: 'Pending' },
    );
  }
}
