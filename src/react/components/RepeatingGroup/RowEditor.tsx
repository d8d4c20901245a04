import { Button } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import type { FormNode } from '../../../core/form/index.ts';
import type { RowNode } from '../../../core/tree/index.ts';
import { useText } from '../../i18n/useTexts.ts';
import { RenderChildren } from '../../render/RenderChildren.tsx';
import type { RepeatingGroupConfig } from './config.ts';
import type { GroupTexts } from './useGroupTexts.ts';

interface RowEditorProps {
  row: RowNode;
  config: RepeatingGroupConfig;
  texts: GroupTexts;
  /** Inner page shown when `edit.multiPage` is on. */
  innerPage: number;
  onInnerPage(page: number): void;
  /** Buttons under the fields (save, save and next, delete). */
  actions?: ReactNode;
}

/** The fields of one row, as the expanded edit view shows them. */
export function RowEditor({ row, config, texts, innerPage, onInnerPage, actions }: RowEditorProps) {
  const label = useText('group.editing_row', { params: [row.index + 1] });
  const fields = row.children.filter((child) => config.tableColumns[child.baseId]?.showInExpandedEdit !== false);
  const pages = config.multiPage ? innerPages(fields) : [];
  const current = pages.length > 0 ? pages[Math.min(innerPage, pages.length - 1)] : undefined;
  const shown = current === undefined ? fields : fields.filter((child) => (child.multiPageIndex ?? 0) === current);
  const pageIndex = current === undefined ? 0 : pages.indexOf(current);
  return (
    <div className="skjema-row-editor" role="group" aria-label={label} id={editorId(row)} data-row-editor={row.key}>
      <RenderChildren nodes={shown} />
      {pages.length > 1 && (
        <div className="skjema-button-row">
          {pageIndex > 0 && (
            <Button type="button" variant="secondary" onClick={() => onInnerPage(pageIndex - 1)}>
              {texts.multipageBack}
            </Button>
          )}
          {pageIndex < pages.length - 1 && (
            <Button type="button" variant="secondary" onClick={() => onInnerPage(pageIndex + 1)}>
              {texts.multipageNext}
            </Button>
          )}
        </div>
      )}
      {actions && <div className="skjema-button-row">{actions}</div>}
    </div>
  );
}

export function editorId(row: RowNode): string {
  return `${row.children[0]?.id ?? row.key}-row-editor`;
}

function innerPages(children: readonly FormNode[]): number[] {
  return [...new Set(children.map((child) => child.multiPageIndex ?? 0))].sort((a, b) => a - b);
}
