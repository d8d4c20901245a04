import type { ComponentType } from 'react';
import type { FormNode } from '../../core/form/index.ts';

/** What every component receives: its node in the form tree (indexed id, transposed bindings, evaluated properties). */
export interface SkjemaComponentProps {
  node: FormNode;
}

/**
 * How one layout component type renders. Agencies register their own definitions to add types or
 * to replace a built-in one; the renderer looks types up case-insensitively.
 */
export interface ComponentDefinition {
  /** The layout `type` this definition renders, e.g. `Input` or an agency's own `OrgNumberLookup`. */
  type: string;
  render: ComponentType<SkjemaComponentProps>;
  /**
   * `form` components hold data (they get the required marker banner and, later, validation);
   * `container` components render their children themselves.
   */
  category: 'form' | 'presentation' | 'action' | 'container';
  /**
   * True when the component shows its own error messages in its field (from `useNodeValidation`),
   * so the renderer does not repeat them under it. Soft messages are always shown by the renderer.
   */
  showsOwnErrors?: boolean;
}
