import { useTextResolver } from '../../i18n/useTexts.ts';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { AttachmentField } from '../FileUpload/AttachmentField.tsx';

/**
 * One image, uploaded through the form services and shown as a preview. Cropping (`crop`) is not
 * offered: the image is stored as chosen.
 */
export function ImageUpload({ node }: SkjemaComponentProps) {
  const texts = useTextResolver();
  return (
    <AttachmentField
      node={node}
      accept="image/*"
      maxCount={1}
      preview={(file) =>
        file.url ? (
          <img
            className="skjema-image-preview"
            src={file.url}
            alt={texts.resolve('image_upload.preview', { params: [file.filename] })}
          />
        ) : null
      }
    />
  );
}
