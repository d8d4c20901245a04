import { Markdown } from './Markdown.tsx';

/**
 * A field's label with the required marker. The asterisk is hidden from screen readers because
 * the input itself carries `required`, which they announce.
 */
export function FieldLabel({ title, required }: { title: string | undefined; required: boolean }) {
  return (
    <>
      {title !== undefined && <Markdown text={title} inline />}
      {required && (
        <span className="skjema-required-marker" aria-hidden="true">
          {' *'}
        </span>
      )}
    </>
  );
}
