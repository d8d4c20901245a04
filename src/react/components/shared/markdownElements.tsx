import { Link, ListOrdered, ListUnordered, Table } from '@digdir/designsystemet-react';
import { createElement, Fragment, useContext, type ComponentProps, type MouseEvent, type ReactNode } from 'react';
import { isMarkdownBlock, type MarkdownElement, type MarkdownNode } from '../../../core/texts/markdownSyntax.ts';
import { FormContext } from '../../context/FormContext.ts';
import { Heading } from '../../render/formHeadings.tsx';
import type { HeadingLevel } from './headingLevel.ts';
import { isSafeUrl } from './safeUrl.ts';

/**
 * A read Markdown text as React elements (`Markdown` renders through it). It is loaded with the
 * Markdown reader, only by forms with a text that needs it: a text without mark-up is only text.
 */
export function markdownElements(
  parsed: readonly MarkdownNode[],
  { inline, links, level }: { inline: boolean; links: boolean; level: HeadingLevel },
): ReactNode {
  const nodes = links ? [...parsed] : withoutLinks(parsed);
  const lone = loneBlock(nodes, inline);
  if (inline) return <>{lone ? flatten(lone, 'm') : lines(nodes, 'm')}</>;
  return lone ? (
    <>{render(lone, { base: level, top: 1 }, 'm')}</>
  ) : (
    <>{render(nodes, { base: level, top: topHeading(nodes) }, 'm')}</>
  );
}

function withoutLinks(nodes: readonly MarkdownNode[]): MarkdownNode[] {
  return nodes.flatMap((node) => {
    if (typeof node === 'string') return [node];
    const children = withoutLinks(node.children);
    return node.tag === 'a' ? children : [{ ...node, children }];
  });
}

/**
 * The content of a text that is a single paragraph (inline: or heading, the title's own element
 * being the heading), or has no blocks at all.
 */
function loneBlock(nodes: MarkdownNode[], inline: boolean): MarkdownNode[] | undefined {
  const content = nodes.filter((node) => typeof node !== 'string' || node.trim() !== '');
  if (content.every((node) => typeof node === 'string' || !isMarkdownBlock(node.tag))) return nodes;
  const [only] = content;
  const lone = inline ? /^(p|h[1-6])$/ : /^p$/;
  if (content.length === 1 && typeof only !== 'string' && lone.test(only.tag)) return only.children;
  return undefined;
}

interface Headings {
  /** The level a heading of the text's top depth gets. */
  base: HeadingLevel;
  /** The text's top heading depth (`#` is 1). */
  top: number;
}

function topHeading(nodes: readonly MarkdownNode[]): number {
  let top = 6;
  const visit = (node: MarkdownNode) => {
    if (typeof node === 'string') return;
    const depth = headingDepth(node);
    if (depth !== undefined) top = Math.min(top, depth);
    node.children.forEach(visit);
  };
  nodes.forEach(visit);
  return top;
}

function headingDepth(element: MarkdownElement): number | undefined {
  return /^h[1-6]$/.test(element.tag) ? Number(element.tag[1]) : undefined;
}

// The author's `#`…`######` sets the size; the outline level follows the page (see TextHeadingLevel).
const HEADING_SIZE = { 1: 'md', 2: 'sm', 3: 'xs', 4: '2xs', 5: '2xs', 6: '2xs' } as const;

function render(nodes: readonly MarkdownNode[], headings: Headings, key: string): ReactNode[] {
  return nodes.map((node, index) => (typeof node === 'string' ? node : element(node, headings, `${key}.${index}`)));
}

function element(node: MarkdownElement, headings: Headings, key: string): ReactNode {
  const children = render(node.children, headings, key);
  const shared = { title: node.title, lang: node.lang, dir: node.dir };
  const block = 'skjema-markdown-block';
  const depth = headingDepth(node);
  if (depth !== undefined) {
    const level = Math.min(6, headings.base + depth - headings.top) as HeadingLevel;
    return (
      <Heading key={key} {...shared} level={level} data-size={HEADING_SIZE[depth as 1]} className={block}>
        {children}
      </Heading>
    );
  }
  switch (node.tag) {
    case 'a':
      return link(node, key, children);
    case 'ul':
      return (
        <ListUnordered key={key} {...shared} className={block}>
          {children}
        </ListUnordered>
      );
    case 'ol':
      return (
        <ListOrdered key={key} {...shared} start={node.start} className={block}>
          {children}
        </ListOrdered>
      );
    case 'table':
      return (
        <Table key={key} {...shared} data-size="sm" className={block}>
          {children}
        </Table>
      );
    case 'td':
    case 'th':
      return createElement(node.tag, { key, ...shared, colSpan: node.colSpan, rowSpan: node.rowSpan }, ...children);
    case 'code':
      return createElement('code', { key, ...shared, className: 'skjema-markdown-code' }, ...children);
    case 'details':
      return createElement('details', { key, ...shared, open: node.open, className: block }, ...children);
    default:
      return createElement(
        node.tag,
        { key, ...shared, className: isMarkdownBlock(node.tag) && !inContainer(node.tag) ? block : undefined },
        ...children,
      );
  }
}

/** Parts of a list, table or disclosure, spaced by their container rather than as blocks of the text. */
function inContainer(tag: MarkdownElement['tag']): boolean {
  return /^(li|dt|dd|tr|td|th|thead|tbody|tfoot|caption|summary)$/.test(tag);
}

/**
 * A link, if its address is safe to follow; else only its text. Links open in a new tab (the form
 * keeps what the user typed) unless the text asks for the same one; links made by `linkToComponent`
 * and `linkToPage` move within the form.
 */
function link(node: MarkdownElement, key: string, children: ReactNode[]): ReactNode {
  if (node.href === undefined || !isSafeUrl(node.href)) return <Fragment key={key}>{children}</Fragment>;
  if (node.linkType !== undefined) {
    return (
      <FormLink key={key} href={node.href} title={node.title} lang={node.lang} dir={node.dir}>
        {children}
      </FormLink>
    );
  }
  const newTab = !node.sameWindow;
  return (
    <Link
      key={key}
      href={node.href}
      title={node.title}
      lang={node.lang}
      dir={node.dir}
      target={newTab ? '_blank' : undefined}
      rel={newTab ? 'noopener noreferrer' : undefined}
    >
      {children}
    </Link>
  );
}

/**
 * `…/{page}?focusComponentId={id}` from `linkToComponent` (or `…/{page}` from `linkToPage`): in a
 * form that has the page, a plain click goes there and focuses the component instead of leaving.
 */
function FormLink({ href, children, ...rest }: ComponentProps<typeof Link> & { href: string }) {
  const form = useContext(FormContext);
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!form || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const url = new URL(href, 'https://form.invalid');
    const page = decodeURIComponent(url.pathname.slice(url.pathname.lastIndexOf('/') + 1));
    if (!form.navigation.pages.includes(page)) return;
    event.preventDefault();
    const component = url.searchParams.get('focusComponentId');
    if (component) form.focusNode(component, page);
    else form.navigation.goTo(page);
  };
  return (
    <Link {...rest} href={href} onClick={onClick}>
      {children}
    </Link>
  );
}

/**
 * Inline mode: blocks become lines (`display: block` spans, allowed in a label or heading) with a
 * space between them so an accessible name keeps its words apart; list items keep their bullet or
 * number as text.
 */
function lines(nodes: readonly MarkdownNode[], key: string): ReactNode[] {
  const out: ReactNode[] = [];
  let afterLine = false;
  const add = (parts: ReactNode[], endsWithLine: boolean) => {
    if (parts.length === 0) return;
    if (out.length > 0 && (afterLine || endsWithLine)) out.push(' ');
    out.push(...parts);
    afterLine = endsWithLine;
  };
  const line = (content: ReactNode[], lineKey: string) =>
    add(
      [
        <span key={lineKey} className="skjema-markdown-line">
          {content}
        </span>,
      ],
      true,
    );
  nodes.forEach((node, index) => {
    const itemKey = `${key}.${index}`;
    if (typeof node === 'string' && node.trim() === '') {
      // Whitespace between blocks is not content; between words it is.
      if (out.length > 0 && !afterLine) out.push(node);
    } else if (typeof node === 'string' || !isMarkdownBlock(node.tag)) {
      add(flatten([node], itemKey), false);
    } else if (node.tag === 'ul' || node.tag === 'ol') {
      let number = node.start ?? 1;
      node.children.forEach((item, itemIndex) => {
        if (typeof item === 'string') return;
        const marker = node.tag === 'ol' ? `${number++}. ` : '\u2022 ';
        line([marker, ...inlineContent(item.children, `${itemKey}.${itemIndex}`)], `${itemKey}.${itemIndex}`);
      });
    } else if (node.tag === 'tr') {
      line(
        node.children.flatMap((cell, cellIndex) => [
          ...(cellIndex > 0 ? [' '] : []),
          ...(typeof cell === 'string' ? [] : inlineContent(cell.children, `${itemKey}.${cellIndex}`)),
        ]),
        itemKey,
      );
    } else if (/^(table|thead|tbody|tfoot|dl|details|div|blockquote)$/.test(node.tag)) {
      add(lines(node.children, itemKey), true);
    } else if (node.tag !== 'hr') {
      line(inlineContent(node.children, itemKey), itemKey);
    }
  });
  return out;
}

/** A block's content as inline content: nested blocks become lines of their own. */
function inlineContent(nodes: readonly MarkdownNode[], key: string): ReactNode[] {
  return nodes.some((node) => typeof node !== 'string' && isMarkdownBlock(node.tag))
    ? lines(nodes, key)
    : flatten(nodes, key);
}

/** Inline elements as elements; any block inside one becomes a line. */
function flatten(nodes: readonly MarkdownNode[], key: string): ReactNode[] {
  return nodes.flatMap((node, index) => {
    if (typeof node === 'string') return [node];
    const itemKey = `${key}.${index}`;
    if (isMarkdownBlock(node.tag)) return lines([node], itemKey);
    const children = inlineContent(node.children, itemKey);
    if (node.tag === 'a') return [link(node, itemKey, children)];
    return [createElement(node.tag, { key: itemKey, title: node.title, lang: node.lang, dir: node.dir }, ...children)];
  });
}
