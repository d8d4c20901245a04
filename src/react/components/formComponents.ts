import type { ComponentDefinition } from '../registry/types.ts';
import { Checkboxes } from './Checkboxes/Checkboxes.tsx';
import { Dropdown } from './Dropdown/Dropdown.tsx';
import { Input } from './Input/Input.tsx';
import { RadioButtons } from './RadioButtons/RadioButtons.tsx';
import { TextArea } from './TextArea/TextArea.tsx';

/** Components that hold data through `dataModelBindings`. */
export const formComponents: readonly ComponentDefinition[] = [
  { type: 'Input', render: Input, category: 'form' },
  { type: 'TextArea', render: TextArea, category: 'form' },
  { type: 'RadioButtons', render: RadioButtons, category: 'form' },
  { type: 'Checkboxes', render: Checkboxes, category: 'form' },
  { type: 'Dropdown', render: Dropdown, category: 'form' },
];
