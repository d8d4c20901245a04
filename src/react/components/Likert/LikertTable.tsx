import { Input, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import type { FormNode } from '../../../core/form/index.ts';
import type { RowNode } from '../../../core/tree/index.ts';
import { useBinding } from '../../hooks/useBinding.ts';
import { useNodeState } from '../../hooks/useNodeState.ts';
import type { ResolvedOption } from '../../hooks/useOptions.ts';
import { FieldLabel } from '../shared/FieldLabel.tsx';
import { useHelp } from '../shared/useHelp.tsx';
import { Markdown } from '../shared/Markdown.tsx';
import { useFieldTexts } from '../shared/useFieldTexts.ts';

interface LikertColumn {
  value: string | number | boolean;
  divider?: 'before' | 'after' | 'both';
}

interface LikertTableProps {
  node: FormNode;
  rows: readonly RowNode[];
  options: readonly ResolvedOption[];
  leftHeader: string;
  leftHeaderVisible: boolean;
  labelledBy?: string;
}

/**
 * Questions as rows and answers as columns. Each radio is named by its question and its column
 * heading together ("Jeg trives på jobb, Helt enig"), and the radios of a row share a `name`, so the
 * arrow keys move along the row like any radio group.
 */
export function LikertTable({ node, rows, options, leftHeader, leftHeaderVisible, labelledBy }: LikertTableProps) {
  const columns = ((node.component.columns as LikertColumn[] | undefined) ?? []).filter(
    (column) => column && column.value !== undefined,
  );
  const divider = (value: string) => columns.find((column) => String(column.value) === value)?.divider;
  return (
    <Table className="skjema-likert-table" data-size="sm" aria-labelledby={labelledBy}>
      <TableHead>
        <TableRow>
          <TableHeaderCell scope="col">
            <span className={leftHeaderVisible ? undefined : 'ds-sr-only'}>{leftHeader}</span>
          </TableHeaderCell>
          {options.map((option) => (
            <TableHeaderCell
              key={option.value}
              scope="col"
              id={columnId(node, option)}
              className="skjema-likert-answer"
              data-divider={divider(option.value)}
            >
              <Markdown text={option.markup.label} inline />
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) =>
          row.children.map((item) => (
            <LikertRow key={item.id} likert={node} item={item} options={options} divider={divider} />
          )),
        )}
      </TableBody>
    </Table>
  );
}

interface LikertRowProps {
  likert: FormNode;
  item: FormNode;
  options: readonly ResolvedOption[];
  divider(value: string): string | undefined;
}

function LikertRow({ likert, item, options, divider }: LikertRowProps) {
  const { required, readOnly } = useNodeState(item);
  const { title, description, unlabelledName } = useFieldTexts(item);
  const { text, setText } = useBinding(item);
  const questionId = `${item.id}-question`;
  const descriptionId = `${item.id}-description`;
  const showLabels = item.component.showLabelsInTable === true;
  const help = useHelp(item, title);
  return (
    <TableRow data-componentid={item.id}>
      <TableHeaderCell scope="row" className="skjema-likert-question">
        <span className={help.button ? 'skjema-heading-row' : undefined}>
          <span id={questionId}>
            {title !== undefined ? (
              <FieldLabel title={title} required={required} />
            ) : (
              // A question without a title shows none; another name the layout gives names its answers.
              unlabelledName !== undefined && <span className="skjema-visually-hidden">{unlabelledName}</span>
            )}
          </span>
          {help.button}
        </span>
        {help.text}
        {description && (
          <span id={descriptionId} className="skjema-likert-description">
            <Markdown text={description} inline />
          </span>
        )}
      </TableHeaderCell>
      {options.map((option) => {
        const radio = (
          <Input
            type="radio"
            name={item.id}
            value={option.value}
            checked={text === option.value}
            required={required}
            readOnly={readOnly}
            aria-labelledby={`${questionId} ${columnId(likert, option)}`}
            aria-describedby={description ? descriptionId : undefined}
            onChange={() => setText(option.value)}
          />
        );
        return (
          <TableCell key={option.value} className="skjema-likert-answer" data-divider={divider(option.value)}>
            {showLabels ? (
              // The radio keeps its name from question and column; the text is for the eye (and a larger click target).
              <label className="skjema-likert-option">
                {radio}
                <span aria-hidden="true">
                  <Markdown text={option.markup.label} inline />
                </span>
              </label>
            ) : (
              radio
            )}
          </TableCell>
        );
      })}
    </TableRow>
  );
}

function columnId(node: FormNode, option: ResolvedOption): string {
  return `${node.id}-answer-${option.value.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}
