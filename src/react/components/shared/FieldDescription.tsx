import { Fragment, type ReactNode } from 'react';
import { Markdown } from './Markdown.tsx';

/**
 * The app's description followed by built-in hints (date format, size limits), each on its own
 * line, as one description so screen readers announce all of it with the field.
 */
export function DescriptionWithHints({ description, hints }: { description?: string; hints: ReactNode[] }) {
  const shown = hints.filter((hint) => hint !== undefined && hint !== null && hint !== '');
  if (description === undefined && shown.length === 0) return null;
  return (
    <>
      {description !== undefined && (
        <span className="skjema-markdown-paragraph">
          <Markdown text={description} inline />
        </span>
      )}
      {shown.map((hint, index) => (
        <Fragment key={index}>
          {/* Keeps words apart when assistive technology joins the lines into one string. */}
          {(index > 0 || description !== undefined) && ' '}
          <span className="skjema-markdown-paragraph">{hint}</span>
        </Fragment>
      ))}
    </>
  );
}
