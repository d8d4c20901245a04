import type { ComponentDefinition } from '../registry/types.ts';
import { withRenderer } from '../registry/withRenderer.ts';
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
  withRenderer('Header', Header),
  // v9 renamed Header to Heading; both names render the same component.
  withRenderer('Header', Header, {}, 'Heading'),
  withRenderer('Paragraph', Paragraph),
  withRenderer('Text', Text),
  withRenderer('Number', NumberValue),
  withRenderer('Date', DateValue),
  withRenderer('Option', OptionValue),
  withRenderer('Panel', Panel),
  withRenderer('Alert', Alert),
  withRenderer('Image', Image),
  withRenderer('Divider', Divider),
  withRenderer('IFrame', IFrame),
  withRenderer('Audio', Audio),
  withRenderer('Video', Video),
  withRenderer('InstanceInformation', InstanceInformation),
  withRenderer('AttachmentList', AttachmentList),
  withRenderer('Summary', Summary),
  withRenderer('Summary2', Summary2),
];
