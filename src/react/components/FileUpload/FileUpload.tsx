import type { SkjemaComponentProps } from '../../registry/types.ts';
import { AttachmentField } from './AttachmentField.tsx';

/** Uploads files as attachments through the form services; the bound field keeps their ids. */
export function FileUpload({ node }: SkjemaComponentProps) {
  return <AttachmentField node={node} />;
}
