import { Markdown } from '@storybook/addon-docs/blocks';
import type { AnchorHTMLAttributes } from 'react';
import { siteHref } from './docPages';

function DocLink({ from, href = '', children, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { from: string }) {
  const target = siteHref(from, href);
  return (
    <a {...rest} href={target.href} target={target.target} rel={target.target === '_blank' ? 'noreferrer' : undefined}>
      {children}
    </a>
  );
}

/** One Markdown file of the repository as a page of the docs site. */
export function DocPage({ file, markdown }: { file: string; markdown: string }) {
  return <Markdown options={{ overrides: { a: { component: DocLink, props: { from: file } } } }}>{markdown}</Markdown>;
}
