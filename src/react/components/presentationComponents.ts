import type { ComponentDefinition } from '../registry/types.ts';
import { Alert } from './Alert/Alert.tsx';
import { AttachmentList } from './AttachmentList/AttachmentList.tsx';
import { Audio } from './Audio/Audio.tsx';
import { DateValue } from './Date/Date.tsx';
import { Divider } from './Divider/Divider.tsx';
import { Header } from './Header/Header.tsx';
import { IFrame } from './IFrame/IFrame.tsx';
import { Image } from './Image/Image.tsx';
import { InstanceInformation } from './InstanceInformation/InstanceInformation.tsx';
import { NumberValue } from './Number/Number.tsx';
import { OptionValue } from './Option/Option.tsx';
import { Panel } from './Panel/Panel.tsx';
import { Paragraph } from './Paragraph/Paragraph.tsx';
import { Summary } from './Summary/Summary.tsx';
import { Summary2 } from './Summary2/Summary2.tsx';
import { Text } from './Text/Text.tsx';
import { Video } from './Video/Video.tsx';
import './presentation.css';

/** Components that only show something. */
export const presentationComponents: readonly ComponentDefinition[] = [
  { type: 'Header', render: Header, category: 'presentation' },
  // v9 renamed Header to Heading; both names render the same component.
  { type: 'Heading', render: Header, category: 'presentation' },
  { type: 'Paragraph', render: Paragraph, category: 'presentation' },
  { type: 'Text', render: Text, category: 'presentation' },
  { type: 'Number', render: NumberValue, category: 'presentation' },
  { type: 'Date', render: DateValue, category: 'presentation' },
  { type: 'Option', render: OptionValue, category: 'presentation' },
  { type: 'Panel', render: Panel, category: 'presentation' },
  { type: 'Alert', render: Alert, category: 'presentation' },
  { type: 'Image', render: Image, category: 'presentation' },
  { type: 'Divider', render: Divider, category: 'presentation' },
  { type: 'IFrame', render: IFrame, category: 'presentation' },
  { type: 'Audio', render: Audio, category: 'presentation' },
  { type: 'Video', render: Video, category: 'presentation' },
  { type: 'InstanceInformation', render: InstanceInformation, category: 'presentation' },
  { type: 'AttachmentList', render: AttachmentList, category: 'presentation' },
  { type: 'Summary', render: Summary, category: 'presentation' },
  { type: 'Summary2', render: Summary2, category: 'presentation' },
];
