import type { ComponentDefinition } from '../registry/types.ts';
import { Header } from './Header/Header.tsx';
import { Paragraph } from './Paragraph/Paragraph.tsx';

/** Components that only show something. */
export const presentationComponents: readonly ComponentDefinition[] = [
  { type: 'Header', render: Header, category: 'presentation' },
  // v9 renamed Header to Heading; both names render the same component.
  { type: 'Heading', render: Header, category: 'presentation' },
  { type: 'Paragraph', render: Paragraph, category: 'presentation' },
];
