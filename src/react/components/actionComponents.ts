import type { ComponentDefinition } from '../registry/types.ts';
import { withRenderer } from '../registry/withRenderer.ts';
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
  withRenderer('NavigationButtons', NavigationButtons),
  withRenderer('Button', Button),
  withRenderer('NavigationBar', NavigationBar),
  withRenderer('PrintButton', PrintButton),
  withRenderer('CustomButton', CustomButton),
  withRenderer('ActionButton', ActionButton),
  withRenderer('InstantiationButton', InstantiationButton),
  withRenderer('Link', Link),
];
