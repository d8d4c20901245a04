import { useRef, useState } from 'react';
import { useTextResolver } from '../../i18n/useTexts.ts';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { AttachmentField } from '../FileUpload/AttachmentField.tsx';
import { ImageCropper, type CropConfig } from './ImageCropper.tsx';
import { isSafeMediaUrl } from '../shared/safeUrl.ts';

function cropOf(value: unknown): CropConfig | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const shape = (value as { shape?: unknown }).shape;
  return shape === 'circle' || shape === 'rectangle' ? (value as CropConfig) : undefined;
}

/**
 * One image, uploaded through the form services and shown as a preview. With `crop` the chosen
 * image is first framed (circle or rectangle of the configured size) and only the framed part is
 * uploaded, as a PNG of exactly that size.
 */
export function ImageUpload({ node }: SkjemaComponentProps) {
  const texts = useTextResolver();
  const crop = cropOf(node.component.crop);
  const [pending, setPending] = useState<{ file: File; upload: (files: File[]) => Promise<void> } | undefined>(
    undefined,
  );
  const rootRef = useRef<HTMLDivElement>(null);
  // Back where the user chose the file, or on the uploaded image once it is there.
  const refocus = () =>
    requestAnimationFrame(() =>
      rootRef.current?.querySelector<HTMLElement>(`#${CSS.escape(`${node.id}-file`)}, button`)?.focus(),
    );
  return (
    <div ref={rootRef} className="skjema-field-stack">
      <AttachmentField
        node={node}
        accept="image/*"
        maxCount={1}
        onChoose={
          crop
            ? (chosen, upload) => {
                const [file] = chosen;
                if (file) setPending({ file, upload });
              }
            : undefined
        }
        preview={(file) =>
          // The address comes from the attachment service; a preview loads only what media may load.
          file.url && isSafeMediaUrl(file.url) ? (
            <img
              className="skjema-image-preview"
              data-shape={crop?.shape}
              src={file.url}
              alt={texts.resolve('image_upload.preview', { params: [file.filename] })}
            />
          ) : null
        }
      />
      {crop && pending && (
        <ImageCropper
          key={`${pending.file.name}-${pending.file.lastModified}`}
          id={node.id}
          file={pending.file}
          crop={crop}
          onCropped={(file) => {
            setPending(undefined);
            void pending.upload([file]).then(refocus);
          }}
          onCancel={() => {
            setPending(undefined);
            refocus();
          }}
        />
      )}
    </div>
  );
}
