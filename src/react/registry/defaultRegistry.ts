import { Button } from '../components/Button/Button.tsx';
import { Checkboxes } from '../components/Checkboxes/Checkboxes.tsx';
import { Dropdown } from '../components/Dropdown/Dropdown.tsx';
import { Header } from '../components/Header/Header.tsx';
import { Input } from '../components/Input/Input.tsx';
import { NavigationButtons } from '../components/NavigationButtons/NavigationButtons.tsx';
import { Paragraph } from '../components/Paragraph/Paragraph.tsx';
import { RadioButtons } from '../components/RadioButtons/RadioButtons.tsx';
import { TextArea } from '../components/TextArea/TextArea.tsx';
import { ComponentRegistry } from './ComponentRegistry.ts';
import type { ComponentDefinition } from './types.ts';

export const builtinComponents: readonly ComponentDefinition[] = [
  { type: 'Input', render: Input, category: 'form' },
  { type: 'TextArea', render: TextArea, category: 'form' },
  { type: 'RadioButtons', render: RadioButtons, category: 'form' },
  { type: 'Checkboxes', render: Checkboxes, category: 'form' },
  { type: 'Dropdown', render: Dropdown, category: 'form' },
  { type: 'Header', render: Header, category: 'presentation' },
  // v9 renamed Header to Heading; both names render the same component.
  { type: 'Heading', render: Header, category: 'presentation' },
  { type: 'Paragraph', render: Paragraph, category: 'presentation' },
  { type: 'NavigationButtons', render: NavigationButtons, category: 'action' },
  { type: 'Button', render: Button, category: 'action' },
];

/** A registry with every built-in component; extend it to add or replace types. */
export function createDefaultRegistry(): ComponentRegistry {
  return new ComponentRegistry(builtinComponents);
}
