import type { Attachment } from '../../../core/services/attachments.ts';

/**
 * A file's virus scan beside its name, as Altinn's file list shows it: still being checked, or
 * infected (the submission is blocked until it is deleted), or checked and clean. A file nothing
 * scans says nothing.
 */
export function ScanStatus({ file, t }: { file: Attachment; t: (key: string, ...params: string[]) => string }) {
  if (file.fileScanResult === 'Pending') {
    return <span className="skjema-scan-status">{t('file_uploader.scan_pending')}</span>;
  }
  if (file.fileScanResult === 'Infected') {
    return (
      <strong className="skjema-scan-status skjema-scan-status--infected">{t('file_uploader.scan_infected')}</strong>
    );
  }
  if (file.fileScanResult === 'Clean') {
    return <span className="skjema-scan-status skjema-scan-status--clean">{t('file_uploader.scan_clean')}</span>;
  }
  return null;
}
