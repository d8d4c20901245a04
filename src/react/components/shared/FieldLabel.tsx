import { plainContent } from '../../../core/texts/plainMarkdown.ts';
import { Markdown } from './Markdown.tsx';

/**
 * A field's label with the required marker. The asterisk is hidden from screen readers because
 * the input itself carries `required`, which they announce.
 */
export function FieldLabel({ title, required }: { title: string | undefined; required: boolean }) {
  return fieldLabelContent(title, required);
}

/**
 * What `FieldLabel` shows, for a caller that puts it in place itself: a thousand-field form then
 * mounts a thousand components less. It uses no hooks, and must not, to be called as a function.
 */
export function fieldLabelContent(title: string | undefined, required: boolean) {
  // Most labels are plain words: shown as they are, without mounting the Markdown reader for each.
  const plain = title === undefined ? undefined : plainContent(title);
  return (
    <>
      {title !== undefined && (plain ?? <Markdown text={title} inline />)}
      {required && (
        <span className="skjema-required-marker" aria-hidden="true">
          {' *'}
        </span>
      )}
    </>
  );
}
