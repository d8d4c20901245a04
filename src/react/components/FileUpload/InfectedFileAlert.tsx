import { Alert, Paragraph } from '@digdir/designsystemet-react';
import type { Attachment } from '../../../core/services/attachments.ts';

/**
 * Above an upload field that holds a file the virus scan flagged, as Altinn's
 * `InfectedFileAlert`: the form cannot be submitted until the file is deleted, and the user
 * should hear that at once, not only when submitting.
 */
export function InfectedFileAlert({
  files,
  t,
}: {
  files: readonly Attachment[];
  t: (key: string, ...params: string[]) => string;
}) {
  const infected = files.filter((file) => file.fileScanResult === 'Infected');
  if (infected.length === 0) return null;
  const names = infected.map((file) => file.filename).join(', ');
  return (
    <Alert data-color="danger" data-size="sm" className="skjema-infected-alert">
      <Paragraph data-size="sm">
        {t(infected.length === 1 ? 'file_uploader.infected_alert_one' : 'file_uploader.infected_alert_other', names)}
      </Paragraph>
    </Alert>
  );
}
