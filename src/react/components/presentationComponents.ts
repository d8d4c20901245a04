import type { ComponentDefinition } from '../registry/types.ts';
import { withLazyRenderer } from '../registry/withLazyRenderer.ts';
import './presentation.css';

/** Components that only show something. */
export const presentationComponents: readonly ComponentDefinition[] = [
  withLazyRenderer('Header', () => import('./Header/Header.tsx').then((m) => ({ render: m.Header }))),
  // v9 renamed Header to Heading; both names render the same component.
  withLazyRenderer('Header', () => import('./Header/Header.tsx').then((m) => ({ render: m.Header })), {}, 'Heading'),
  withLazyRenderer('Paragraph', () => import('./Paragraph/Paragraph.tsx').then((m) => ({ render: m.Paragraph }))),
  withLazyRenderer('Text', () => import('./Text/Text.tsx').then((m) => ({ render: m.Text }))),
  withLazyRenderer('Number', () => import('./Number/Number.tsx').then((m) => ({ render: m.NumberValue }))),
  withLazyRenderer('Date', () => import('./Date/Date.tsx').then((m) => ({ render: m.DateValue }))),
  withLazyRenderer('Option', () => import('./Option/Option.tsx').then((m) => ({ render: m.OptionValue }))),
  withLazyRenderer('Panel', () => import('./Panel/Panel.tsx').then((m) => ({ render: m.Panel }))),
  withLazyRenderer('Alert', () => import('./Alert/Alert.tsx').then((m) => ({ render: m.Alert }))),
  withLazyRenderer('Image', () => import('./Image/Image.tsx').then((m) => ({ render: m.Image }))),
  withLazyRenderer('Divider', () => import('./Divider/Divider.tsx').then((m) => ({ render: m.Divider }))),
  withLazyRenderer('IFrame', () => import('./IFrame/IFrame.tsx').then((m) => ({ render: m.IFrame }))),
  withLazyRenderer('Audio', () => import('./Audio/Audio.tsx').then((m) => ({ render: m.Audio }))),
  withLazyRenderer('Video', () => import('./Video/Video.tsx').then((m) => ({ render: m.Video }))),
  withLazyRenderer('InstanceInformation', () =>
    import('./InstanceInformation/InstanceInformation.tsx').then((m) => ({ render: m.InstanceInformation })),
  ),
  withLazyRenderer('AttachmentList', () =>
    import('./AttachmentList/AttachmentList.tsx').then((m) => ({ render: m.AttachmentList })),
  ),
  withLazyRenderer('Summary', () => import('./Summary/Summary.tsx').then((m) => ({ render: m.Summary }))),
  withLazyRenderer('Summary2', () => import('./Summary2/Summary2.tsx').then((m) => ({ render: m.Summary2 }))),
];
