import { Markdown, Source } from '@storybook/addon-docs/blocks';
import {
  isValidElement,
  type AnchorHTMLAttributes,
  type ComponentProps,
  type HTMLAttributes,
  type ReactNode,
} from 'react';
import { siteHref } from './docPages';

function DocLink({ from, href = '', children, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { from: string }) {
  const target = siteHref(from, href);
  return (
    <a {...rest} href={target.href} target={target.target} rel={target.target === '_blank' ? 'noreferrer' : undefined}>
      {children}
    </a>
  );
}

// The languages the docs' fences name, as Storybook's highlighter calls them.
const LANGUAGES: Readonly<Record<string, ComponentProps<typeof Source>['language']>> = {
  ts: 'typescript',
  tsx: 'tsx',
  js: 'jsx',
  sh: 'bash',
  json: 'json',
};

/** A fenced block, highlighted and scrolling sideways in its own box, as the stories' source is. */
function CodeBlock({ children }: HTMLAttributes<HTMLPreElement>) {
  const code = isValidElement<{ className?: string; children?: ReactNode }>(children) ? children.props : undefined;
  const language = /lang-(\w+)/.exec(code?.className ?? '')?.[1] ?? '';
  return (
    <Source
      code={String(code?.children ?? children ?? '').replace(/\n$/, '')}
      language={LANGUAGES[language] ?? 'text'}
      dark
    />
  );
}

/** One Markdown file of the repository as a page of the docs site. */
export function DocPage({ file, markdown }: { file: string; markdown: string }) {
  return (
    <Markdown options={{ overrides: { a: { component: DocLink, props: { from: file } }, pre: CodeBlock } }}>
      {markdown}
    </Markdown>
  );
}
