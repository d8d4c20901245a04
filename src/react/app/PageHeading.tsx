import { Heading } from '../render/formHeadings.tsx';
import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import './app.css';

/**
 * Whether a page that mounts should take focus. The first page of a session leaves focus where the
 * host page has it; after that, every move (a party chosen, a process step taken) lands keyboard
 * and screen-reader users on the new page's heading instead of on a button that no longer exists.
 */
export const FocusOnMountContext = createContext<{ readonly current: boolean }>({ current: false });

/** The `h1` of an app page; focused when it mounts after a move. */
export function PageHeading({ children }: { children?: ReactNode }) {
  const focusOnMount = useContext(FocusOnMountContext);
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Read at mount only: the heading of a page already on screen must not grab focus later.
    if (!focusOnMount.current) return;
    ref.current?.focus();
    ref.current?.scrollIntoView?.({ block: 'start' });
  }, [focusOnMount]);
  return (
    <Heading level={1} data-size="lg" ref={ref} tabIndex={-1} className="skjema-app-heading">
      {children}
    </Heading>
  );
}
