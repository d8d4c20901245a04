import type { ComponentProps } from 'react';
import type { LoadedLayoutSet } from '../../../core/app/types.ts';
import { onDemandPart } from '../../render/onDemandPart.tsx';
import type { SubformEditorHost } from './SubformEditorHost.tsx';

/**
 * The subform editor (an entry's pages in place of the main form), loaded only by forms with a
 * Subform component. `SkjemaForm` loads it before its first render when the form has one.
 */
export const subformEditorHostPart = onDemandPart(() => import('./SubformEditorHost.tsx'));

/** Whether any page of the layout set has a Subform component. */
export function hasSubform(layoutSet: LoadedLayoutSet): boolean {
  return Object.values(layoutSet.layouts).some((file) => file.data.layout.some(({ type }) => type === 'Subform'));
}

/**
 * `SubformEditorHost` around a form with Subform components, once loaded (`SkjemaForm` awaits it);
 * the form alone otherwise, where no Subform can ask to open an entry, or should it have failed to
 * load, where a Subform says its entries cannot be opened.
 */
export function LazySubformEditorHost(props: ComponentProps<typeof SubformEditorHost> & { needed: boolean }) {
  const { needed, children, ...host } = props;
  const module = needed ? subformEditorHostPart.loaded() : undefined;
  return module ? <module.SubformEditorHost {...host}>{children}</module.SubformEditorHost> : children;
}
