import type { ReactNode } from 'react';
import { plainText } from '../../../core/texts/textValues.ts';

/**
 * Lets a wide table scroll sideways on a phone. The region is focusable (and therefore named) so
 * keyboard users can scroll it too; without a name it stays a plain wrapper.
 */
export function ScrollRegion({
  label,
  className,
  children,
}: {
  label?: string;
  /** Added to the region's own class. */
  className?: string;
  children: ReactNode;
}) {
  const classes = className ? `skjema-scroll-region ${className}` : 'skjema-scroll-region';
  if (!label) return <div className={classes}>{children}</div>;
  return (
    // A scrollable region must be reachable by keyboard (WCAG 2.1.1, axe `scrollable-region-focusable`).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className={classes} role="region" aria-label={plainText(label)} tabIndex={0}>
      {children}
    </div>
  );
}
