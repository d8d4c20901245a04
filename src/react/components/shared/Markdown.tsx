import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { markdownWithinLimits, parsePlainText, type MarkdownNode } from '../../../core/texts/markdownSyntax.ts';
import { plainText } from '../../../core/texts/textValues.ts';
import { useOnDemandPart } from '../../render/onDemandPart.tsx';
import type { HeadingLevel } from './headingLevel.ts';
import { markdownElementsPart } from './markdownElementsPart.ts';
import { useMarkdownParser } from './useMarkdownParser.ts';
import { loadedMarkdownParser } from '../../../core/texts/markdownLoader.ts';

/**
 * The level the top headings of a text take: the level of the section the component is in (each
 * rendered component sets its own), so a `#` in a Paragraph does not become a second page title.
 */
export const TextHeadingLevel = createContext<HeadingLevel>(2);

/**
 * An app text (CommonMark with the HTML Altinn texts use) as React elements. Never an HTML string:
 * only allowed tags become elements, links only to web, mail, phone and app addresses.
 *
 * `inline` is for texts inside a label, legend, heading or button, where blocks are not allowed:
 * paragraphs, headings and list items become lines of that element. A text that is one paragraph
 * (or heading) has no wrapper either way, as the caller's element already is one.
 */
interface MarkdownProps {
  text: string;
  inline?: boolean;
  /** `false` inside a button or link, where another link may not go: links show as their text. */
  links?: boolean;
}

export function Markdown({ text, inline = false, links = true }: MarkdownProps) {
  // App files can leave a text out where the types expect one (a Grid cell written as `{}`).
  const source = typeof text === 'string' ? text : '';
  const plain = useMemo(() => {
    // Shown as plain text (docs/limits.md); said where `skjema check` and a developer look.
    if (!markdownWithinLimits(source)) {
      console.warn(
        `A text of ${source.length} characters is longer or nested deeper than Markdown may be (docs/limits.md); it is shown as plain text: ${source.slice(0, 80)}…`,
      );
    }
    return parsePlainText(source);
  }, [source]);
  const parser = loadedMarkdownParser();
  const elements = markdownElementsPart.loaded();
  const parsed = useMemo(() => (plain === undefined ? parser?.(source) : undefined), [plain, parser, source]);
  const level = useContext(TextHeadingLevel);
  const shown = useMemo(
    () => (parsed && elements ? elements.markdownElements(parsed, { inline, links, level }) : undefined),
    [parsed, elements, inline, links, level],
  );
  // Most texts have no mark-up: they are their text, and need neither the reader nor its elements.
  if (plain !== undefined) return <>{plain}</>;
  if (shown !== undefined) return shown;
  return (
    <AwaitingMarkdownReader text={source} inline={inline} links={links}>
      <>{asWritten(source)}</>
    </AwaitingMarkdownReader>
  );
}

/**
 * A text that needs the Markdown reader before it has loaded (`loadLayoutSet` loads it for the
 * app's texts): shown as written until then, then formatted. Only such texts pay for the wait.
 */
function AwaitingMarkdownReader({ children, ...props }: MarkdownProps & { children: ReactNode }) {
  const parser = useMarkdownParser(true);
  const elements = useOnDemandPart(markdownElementsPart);
  return parser && elements ? <Markdown {...props} /> : children;
}

function asWritten(text: string): MarkdownNode[] {
  const shown = plainText(text).trim();
  return shown === '' ? [] : [shown];
}
