import type { ComponentDefinition } from '../registry/types.ts';
import './containers.css';
import { Accordion } from './Accordion/Accordion.tsx';
import { AccordionGroup } from './AccordionGroup/AccordionGroup.tsx';
import { ButtonGroup } from './ButtonGroup/ButtonGroup.tsx';
import { Cards } from './Cards/Cards.tsx';
import { Grid } from './Grid/Grid.tsx';
import { Group } from './Group/Group.tsx';
import { Likert } from './Likert/Likert.tsx';
import { LikertItem } from './LikertItem/LikertItem.tsx';
import { RepeatingGroup } from './RepeatingGroup/RepeatingGroup.tsx';
import { Tabs } from './Tabs/Tabs.tsx';

/** Components that render other components: groups, repeating groups, grids, tabs… */
export const containerComponents: readonly ComponentDefinition[] = [
  { type: 'RepeatingGroup', render: RepeatingGroup, category: 'container' },
  { type: 'Group', render: Group, category: 'container' },
  { type: 'Grid', render: Grid, category: 'container' },
  { type: 'Tabs', render: Tabs, category: 'container' },
  { type: 'Accordion', render: Accordion, category: 'container' },
  { type: 'AccordionGroup', render: AccordionGroup, category: 'container' },
  { type: 'Likert', render: Likert, category: 'container' },
  { type: 'Cards', render: Cards, category: 'container' },
  { type: 'ButtonGroup', render: ButtonGroup, category: 'container' },
  // Holds data, but is only ever rendered by its Likert (one per question row).
  { type: 'LikertItem', render: LikertItem, category: 'form' },
];
