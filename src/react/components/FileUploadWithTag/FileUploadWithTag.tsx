import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { useOptions } from '../../hooks/useOptions.ts';
import { useText } from '../../i18n/useTexts.ts';
import { AttachmentField } from '../FileUpload/AttachmentField.tsx';

/** FileUpload where each file gets a tag chosen from the component's options. */
export function FileUploadWithTag({ node }: SkjemaComponentProps) {
  const options = useOptions(node);
  const tagTitle = useNodeText(node, 'tagTitle', { plain: true });
  const fallback = useText('file_uploader.tag') ?? '';
  return <AttachmentField node={node} tags={{ options, title: tagTitle ?? fallback }} />;
}
