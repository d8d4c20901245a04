import type { ComponentDefinition } from '../registry/types.ts';
import { withRenderer } from '../registry/withRenderer.ts';
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
  withRenderer('RepeatingGroup', RepeatingGroup),
  withRenderer('Group', Group),
  withRenderer('Grid', Grid),
  withRenderer('Tabs', Tabs),
  withRenderer('Accordion', Accordion),
  withRenderer('AccordionGroup', AccordionGroup),
  withRenderer('Likert', Likert),
  withRenderer('Cards', Cards),
  withRenderer('ButtonGroup', ButtonGroup),
  // Holds data, but is only ever rendered by its Likert (one per question row).
  withRenderer('LikertItem', LikertItem),
];
