import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useText } from '../../i18n/useTexts.ts';
import type { GroupTexts } from './useGroupTexts.ts';

interface PaginationProps {
  page: number;
  pageCount: number;
  texts: GroupTexts;
  onPage(page: number): void;
}

/** Back/next between table pages (`pagination.rowsPerPage`). */
export function Pagination({ page, pageCount, texts, onPage }: PaginationProps) {
  const label = useText('group.pagination_label');
  const position = useText('navigation.page_x_of_y', { params: [page + 1, pageCount] });
  if (pageCount <= 1) return null;
  return (
    <nav className="skjema-pagination" aria-label={label}>
      <Button type="button" variant="secondary" data-size="sm" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {texts.paginationBack}
      </Button>
      <Paragraph data-size="sm" aria-live="polite">
        {position}
      </Paragraph>
      <Button
        type="button"
        variant="secondary"
        data-size="sm"
        disabled={page >= pageCount - 1}
        onClick={() => onPage(page + 1)}
      >
        {texts.paginationNext}
      </Button>
    </nav>
  );
}
