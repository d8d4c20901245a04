import type { ComponentDefinition } from '../registry/types.ts';
import { ActionButton } from './ActionButton/ActionButton.tsx';
import { Button } from './Button/Button.tsx';
import { CustomButton } from './CustomButton/CustomButton.tsx';
import { InstantiationButton } from './InstantiationButton/InstantiationButton.tsx';
import { Link } from './Link/Link.tsx';
import { NavigationBar } from './NavigationBar/NavigationBar.tsx';
import { NavigationButtons } from './NavigationButtons/NavigationButtons.tsx';
import { PrintButton } from './PrintButton/PrintButton.tsx';
import './actions.css';

/** Buttons and navigation. */
export const actionComponents: readonly ComponentDefinition[] = [
  { type: 'NavigationButtons', render: NavigationButtons, category: 'action' },
  { type: 'Button', render: Button, category: 'action' },
  { type: 'NavigationBar', render: NavigationBar, category: 'action' },
  { type: 'PrintButton', render: PrintButton, category: 'action' },
  { type: 'CustomButton', render: CustomButton, category: 'action' },
  { type: 'ActionButton', render: ActionButton, category: 'action' },
  { type: 'InstantiationButton', render: InstantiationButton, category: 'action' },
  { type: 'Link', render: Link, category: 'action' },
];
