import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import { useCallback } from 'react';
import type { LoadedLayoutSet } from '../../../core/app/types.ts';
import { useFormServices } from '../../context/FormServices.ts';
import type { SubformEntry, SubformEntryService } from '../../../core/services/subformEntries.ts';
import { useSubformLayoutSet } from '../../context/SubformLayoutSets.ts';
import { listSubformEntries, ParentEntryProvider, useParentEntryId } from '../../context/SubformScope.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { useTextResolver } from '../../i18n/useTexts.ts';
import type { SkjemaSummaryProps } from '../../registry/types.ts';
import { ServiceStatus } from '../shared/ServiceNotice.tsx';
import { ScrollRegion } from '../shared/ScrollRegion.tsx';
import { useServiceQuery } from '../shared/useServiceQuery.ts';
import { TaskForm } from '../Summary2/OtherTaskSummary.tsx';
import { Summary2Body } from '../Summary2/Summary2Body.tsx';
import type { SummaryOptions } from '../Summary2/SummaryList.tsx';
import { useEntryValues, type EntryValueReader } from './entryValues.ts';
import {
  cellText,
  columnsOf,
  DEFAULT_SUMMARY_DELIMITER,
  entryName,
  type SubformColumn,
  type SubformConfig,
} from './subformConfig.ts';

// An entry's summary is read-only: its change buttons would lead into pages that are not open.
const ENTRY_SUMMARY: SummaryOptions = { hideChangeButton: true };

/**
 * A Subform in Summary and Summary2. `display: "table"` (the default) lists the entries with the
 * table's columns; `"full"` summarises each entry's pages, as its own form would, under the
 * entry's name. Where no table or page summary can be drawn (a compact summary, or `full`
 * without the subform's layout set) each entry is one line of its cells joined by
 * `summaryDelimiter`.
 */
export function SubformSummary({ node, override }: SkjemaSummaryProps) {
  const config = node.component as SubformConfig;
  const layoutSetId = config.layoutSet ?? '';
  const entryStore: SubformEntryService = useFormServices();
  const texts = useTextResolver();
  const subformSet = useSubformLayoutSet(config.layoutSet);
  const read = useEntryValues(subformSet, texts.language);
  const parentEntryId = useParentEntryId();
  const load = useCallback(
    () => listSubformEntries(entryStore, layoutSetId, parentEntryId),
    [entryStore, layoutSetId, parentEntryId],
  );
  const { result } = useServiceQuery<SubformEntry[]>(load);
  const entries = result.status === 'ready' ? result.value : [];
  const emptyKey = override.emptyFieldText ?? 'summary.no_answer';
  if (entries.length === 0) {
    return <ServiceStatus status={result.status} empty failedKey="general.error_message" emptyKey={emptyKey} />;
  }
  const columns = columnsOf(config);
  const display = override.display ?? 'table';
  if (display === 'full' && subformSet) {
    return <FullEntries config={config} entries={entries} layoutSet={subformSet} read={read} />;
  }
  if (display === 'table' && override.isCompact !== true && columns.length > 0) {
    return <EntryTable node={node} columns={columns} entries={entries} read={read} />;
  }
  const delimiter = typeof config.summaryDelimiter === 'string' ? config.summaryDelimiter : DEFAULT_SUMMARY_DELIMITER;
  return (
    <ul className="skjema-summary-list">
      {entries.map((entry, index) => {
        const cells = columns.map((column) => cellText(entry, column, read, texts)).filter((cell) => cell !== '');
        return (
          <li key={entry.id}>
            {cells.length > 0 ? cells.join(delimiter) : entryName(config, entry, index, read, texts)}
          </li>
        );
      })}
    </ul>
  );
}

function EntryTable({
  node,
  columns,
  entries,
  read,
}: {
  node: SkjemaSummaryProps['node'];
  columns: SubformColumn[];
  entries: SubformEntry[];
  read: EntryValueReader;
}) {
  const texts = useTextResolver();
  const summaryTitle = useNodeText(node, 'summaryTitle');
  const plainTitle = useNodeText(node, 'title');
  const title = summaryTitle ?? plainTitle;
  return (
    <ScrollRegion label={title}>
      <Table data-size="sm" className="skjema-summary-table">
        <TableHead>
          <TableRow>
            {columns.map((column, index) => (
              <TableHeaderCell key={index}>{texts.resolve(column.headerContent)}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {entries.map((entry) => (
            <TableRow key={entry.id}>
              {columns.map((column, index) => (
                <TableCell key={index}>{cellText(entry, column, read, texts)}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}

/** Each entry's pages summarised in a form of its own (the subform's layout set with the entry's data). */
function FullEntries({
  config,
  entries,
  layoutSet,
  read,
}: {
  config: SubformConfig;
  entries: SubformEntry[];
  layoutSet: LoadedLayoutSet;
  read: EntryValueReader;
}) {
  const texts = useTextResolver();
  return (
    <div className="skjema-summary-subform-entries">
      {entries.map((entry, index) => (
        <div key={entry.id} className="skjema-summary-row">
          <p className="skjema-summary-row-title">{entryName(config, entry, index, read, texts)}</p>
          <ParentEntryProvider entryId={entry.id}>
            <TaskForm entry={{ layoutSet, initialData: entry.data }}>
              <Summary2Body target={{ type: 'layoutSet' }} options={ENTRY_SUMMARY} accordion={false} />
            </TaskForm>
          </ParentEntryProvider>
        </div>
      ))}
    </div>
  );
}
