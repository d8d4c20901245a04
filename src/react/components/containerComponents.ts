import type { ComponentDefinition } from '../registry/types.ts';
import { withLazyRenderer } from '../registry/withLazyRenderer.ts';
import './containers.css';

/** Components that render other components: groups, repeating groups, grids, tabs… */
export const containerComponents: readonly ComponentDefinition[] = [
  withLazyRenderer('RepeatingGroup', () =>
    import('./RepeatingGroup/RepeatingGroup.tsx').then((m) => ({ render: m.RepeatingGroup })),
  ),
  withLazyRenderer('Group', () => import('./Group/Group.tsx').then((m) => ({ render: m.Group }))),
  withLazyRenderer('Grid', () => import('./Grid/Grid.tsx').then((m) => ({ render: m.Grid }))),
  withLazyRenderer('Tabs', () => import('./Tabs/Tabs.tsx').then((m) => ({ render: m.Tabs }))),
  withLazyRenderer('Accordion', () => import('./Accordion/Accordion.tsx').then((m) => ({ render: m.Accordion }))),
  withLazyRenderer('AccordionGroup', () =>
    import('./AccordionGroup/AccordionGroup.tsx').then((m) => ({ render: m.AccordionGroup })),
  ),
  withLazyRenderer('Likert', () => import('./Likert/Likert.tsx').then((m) => ({ render: m.Likert }))),
  withLazyRenderer('Cards', () => import('./Cards/Cards.tsx').then((m) => ({ render: m.Cards }))),
  withLazyRenderer('ButtonGroup', () =>
    import('./ButtonGroup/ButtonGroup.tsx').then((m) => ({ render: m.ButtonGroup })),
  ),
  // Holds data, but is only ever rendered by its Likert (one per question row).
  withLazyRenderer('LikertItem', () => import('./LikertItem/LikertItem.tsx').then((m) => ({ render: m.LikertItem }))),
];
