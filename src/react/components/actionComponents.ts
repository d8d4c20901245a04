import type { ComponentDefinition } from '../registry/types.ts';
import { withLazyRenderer } from '../registry/withLazyRenderer.ts';
import './actions.css';

/** Buttons and navigation. */
export const actionComponents: readonly ComponentDefinition[] = [
  withLazyRenderer('NavigationButtons', () =>
    import('./NavigationButtons/NavigationButtons.tsx').then((m) => ({ render: m.NavigationButtons })),
  ),
  withLazyRenderer('Button', () => import('./Button/Button.tsx').then((m) => ({ render: m.Button }))),
  withLazyRenderer('NavigationBar', () =>
    import('./NavigationBar/NavigationBar.tsx').then((m) => ({ render: m.NavigationBar })),
  ),
  withLazyRenderer('PrintButton', () =>
    import('./PrintButton/PrintButton.tsx').then((m) => ({ render: m.PrintButton })),
  ),
  withLazyRenderer('CustomButton', () =>
    import('./CustomButton/CustomButton.tsx').then((m) => ({ render: m.CustomButton })),
  ),
  withLazyRenderer('ActionButton', () =>
    import('./ActionButton/ActionButton.tsx').then((m) => ({ render: m.ActionButton })),
  ),
  withLazyRenderer('InstantiationButton', () =>
    import('./InstantiationButton/InstantiationButton.tsx').then((m) => ({ render: m.InstantiationButton })),
  ),
  withLazyRenderer('Link', () => import('./Link/Link.tsx').then((m) => ({ render: m.Link }))),
];
