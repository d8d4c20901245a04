import { Fragment, type ReactNode } from 'react';

/**
 * App texts are written in a small Markdown subset (bold, italics, links, bullet lists, line
 * breaks). They are turned into React elements directly, never into an HTML string, so an app's
 * texts cannot inject markup and no sanitiser or `innerHTML` is needed (strict CSP friendly).
 */
export function Markdown({ text, inline = false }: { text: string; inline?: boolean }) {
  if (inline) return <>{renderInline(text)}</>;
  const blocks = text.split(/\n{2,}/).filter((block) => block.trim() !== '');
  // One plain paragraph needs no wrapper: the caller's element (p, h2, label) already is one.
  if (blocks.length === 1 && !isList(blocks[0])) return <>{renderLines(blocks[0])}</>;
  return (
    <>
      {blocks.map((block, index) =>
        isList(block) ? (
          <ul key={index}>
            {block
              .split('\n')
              .filter((line) => line.trim() !== '')
              .map((line, item) => (
                <li key={item}>{renderInline(line.replace(/^\s*[-*]\s+/, ''))}</li>
              ))}
          </ul>
        ) : (
          <span key={index} className="skjema-markdown-paragraph">
            {renderLines(block)}
          </span>
        ),
      )}
    </>
  );
}

function isList(block: string): boolean {
  return block.split('\n').every((line) => line.trim() === '' || /^\s*[-*]\s+/.test(line));
}

function renderLines(block: string): ReactNode {
  const lines = block.split('\n');
  return lines.map((line, index) => (
    <Fragment key={index}>
      {renderInline(line)}
      {index < lines.length - 1 && <br />}
    </Fragment>
  ));
}

// Altinn texts mix Markdown with a few HTML tags (the reference renders HTML); the common inline
// ones become the same React elements, and any other tag stays visible as text.
const INLINE = new RegExp(
  [
    /\*\*(?<bold>.+?)\*\*|__(?<bold2>.+?)__|\*(?<em>.+?)\*|_(?<em2>.+?)_/.source,
    /\[(?<linkText>[^\]]+)\]\((?<href>[^)\s]+)\)/.source,
    /<(?<tag>strong|b|em|i)>(?<tagged>.+?)<\/\k<tag>>/.source,
    /<a\s+href=(?<quote>["'])(?<htmlHref>[^"']+)\k<quote>[^>]*>(?<htmlLinkText>.+?)<\/a>/.source,
    /(?<br><br\s*\/?>)/.source,
  ].join('|'),
  'i',
);

function renderInline(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  let rest = text;
  let key = 0;
  for (let match = INLINE.exec(rest); match; match = INLINE.exec(rest)) {
    if (match.index > 0) out.push(rest.slice(0, match.index));
    const whole = match[0];
    const { bold, bold2, em, em2, tag, tagged, br } = match.groups ?? {};
    const linkText = match.groups?.linkText ?? match.groups?.htmlLinkText;
    const href = match.groups?.href ?? match.groups?.htmlHref ?? '';
    const strong = bold ?? bold2 ?? (tag && /^(strong|b)$/i.test(tag) ? tagged : undefined);
    const emphasis = em ?? em2 ?? (tag && /^(em|i)$/i.test(tag) ? tagged : undefined);
    if (strong) out.push(<strong key={key++}>{renderInline(strong)}</strong>);
    else if (emphasis) out.push(<em key={key++}>{renderInline(emphasis)}</em>);
    else if (br) out.push(<br key={key++} />);
    else if (linkText && isSafeHref(href)) {
      out.push(
        <a key={key++} href={href} target="_blank" rel="noopener noreferrer">
          {renderInline(linkText)}
        </a>,
      );
    } else out.push(whole);
    rest = rest.slice(match.index + whole.length);
  }
  if (rest) out.push(rest);
  return out;
}

function isSafeHref(href: string): boolean {
  return /^(https?:|mailto:|tel:|\/|#)/i.test(href);
}
