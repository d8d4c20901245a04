import { Heading as DesignsystemetHeading } from '@digdir/designsystemet-react';
import { createContext, useContext, useMemo, type ComponentProps, type ReactNode } from 'react';

/** A heading level, h1 to h6. */
export type TitleLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** Where the host page puts the form in its outline. */
export interface FormHeadings {
  /** The level of the form's title; every heading inside the form follows below it. */
  readonly titleLevel: TitleLevel;
  /** The host shows the form's title itself: the form shows none (its place stays, for focus). */
  readonly hideTitle: boolean;
}

const FormHeadingsContext = createContext<FormHeadings>({ titleLevel: 1, hideTitle: false });

/** The form's place in the host's outline: as given, else as the enclosing form or app has it. */
export function FormHeadingsProvider({
  titleLevel,
  hideTitle,
  children,
}: {
  titleLevel?: TitleLevel;
  hideTitle?: boolean;
  children: ReactNode;
}) {
  const outer = useContext(FormHeadingsContext);
  const level = titleLevel ?? outer.titleLevel;
  const hidden = hideTitle ?? outer.hideTitle;
  const value = useMemo(() => ({ titleLevel: level, hideTitle: hidden }), [level, hidden]);
  return <FormHeadingsContext.Provider value={value}>{children}</FormHeadingsContext.Provider>;
}

export function useFormHeadings(): FormHeadings {
  return useContext(FormHeadingsContext);
}

/**
 * Designsystemet's `Heading`, placed in the host's outline: components give the level they have
 * under a form title that is an h1, and a host that puts the title at h2 gets every heading one
 * level lower, so the outline a screen reader lists stays without gaps or a second h1. The look
 * (`data-size`) stays as the component chose it.
 */
export function Heading({ level = 2, ...props }: ComponentProps<typeof DesignsystemetHeading>) {
  const { titleLevel } = useContext(FormHeadingsContext);
  return <DesignsystemetHeading {...props} level={Math.min(6, level + titleLevel - 1) as TitleLevel} />;
}
