import {
  Button,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useAppTexts } from './AppTexts.ts';
import { formatDateTime } from './formatDate.ts';
import { PageHeading } from './PageHeading.tsx';

/** An instance the party has not submitted yet. */
export interface ActiveInstanceChoice {
  id: string;
  /** ISO date-time. */
  lastChanged: string;
  /** Name of whoever changed it last. */
  lastChangedBy?: string;
}

export interface InstanceSelectionProps {
  instances: readonly ActiveInstanceChoice[];
  onContinue(instanceId: string): void;
  onStartNew(): void;
  /** False when the user may not start a new one for the party: the button is not offered. */
  canStartNew?: boolean;
  /** While an instance is being opened or created: buttons are disabled so one click acts once. */
  busy?: boolean;
}

/**
 * `onEntry.show: "select-instance"`: the party's unfinished forms, newest first, each with a button
 * to continue it, and a button to start a new one.
 */
export function InstanceSelection({
  instances,
  onContinue,
  onStartNew,
  canStartNew = true,
  busy = false,
}: InstanceSelectionProps) {
  const { text, language } = useAppTexts();
  const captionId = useId();
  const newest = [...instances].sort((a, b) => Date.parse(b.lastChanged) - Date.parse(a.lastChanged));
  return (
    <section className="skjema-app-page skjema-instance-selection">
      <PageHeading>{text('instance_selection.title')}</PageHeading>
      <Paragraph>{text('instance_selection.description')}</Paragraph>
      <div className="skjema-table-scroll">
        <Table data-size="sm" aria-labelledby={captionId}>
          <caption id={captionId}>{text('instance_selection.caption')}</caption>
          <TableHead>
            <TableRow>
              <TableHeaderCell>{text('instance_selection.last_changed')}</TableHeaderCell>
              <TableHeaderCell>{text('instance_selection.changed_by')}</TableHeaderCell>
              <TableHeaderCell>
                <span className="ds-sr-only">{text('general.actions')}</span>
              </TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {newest.map((instance) => {
              const changed = formatDateTime(instance.lastChanged, language);
              return (
                <TableRow key={instance.id}>
                  <TableCell>{changed}</TableCell>
                  <TableCell>{instance.lastChangedBy ?? ''}</TableCell>
                  <TableCell>
                    <Button variant="secondary" data-size="sm" disabled={busy} onClick={() => onContinue(instance.id)}>
                      {text('instance_selection.continue')}{' '}
                      <span className="ds-sr-only">{text('instance_selection.continue_named', [changed])}</span>
                    </Button>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
      {canStartNew && (
        <div>
          <Button disabled={busy} onClick={onStartNew}>
            {text('instance_selection.new')}
          </Button>
        </div>
      )}
    </section>
  );
}
