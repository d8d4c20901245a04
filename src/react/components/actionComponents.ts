import type { ComponentDefinition } from '../registry/types.ts';
import { Button } from './Button/Button.tsx';
import { NavigationButtons } from './NavigationButtons/NavigationButtons.tsx';

/** Buttons and navigation. */
export const actionComponents: readonly ComponentDefinition[] = [
  { type: 'NavigationButtons', render: NavigationButtons, category: 'action' },
  { type: 'Button', render: Button, category: 'action' },
];
