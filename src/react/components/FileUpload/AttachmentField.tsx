import {
  Button,
  Field,
  Label,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useState, type ReactNode } from 'react';
import type { FormNode } from '../../../core/form/index.ts';
import { useFormServices } from '../../context/FormServices.ts';
import type { Attachment, AttachmentService, UploadProgress } from '../../../core/services/attachments.ts';
import { useNodeState } from '../../hooks/useNodeState.ts';
import { useNodeValidation } from '../../hooks/useNodeValidation.tsx';
import type { ResolvedOption } from '../../hooks/useOptions.ts';
import { useTextResolver } from '../../i18n/useTexts.ts';
import { DescriptionWithHints } from '../shared/FieldDescription.tsx';
import { FieldHeading } from '../shared/FieldHeading.tsx';
import { useFieldTexts } from '../shared/useFieldTexts.ts';
import { allowedEndings, formatFileSize, hasAllowedEnding } from './fileRules.ts';
import { InfectedFileAlert } from './InfectedFileAlert.tsx';
import { ScanStatus } from './ScanStatus.tsx';
import { useAttachments } from './useAttachments.ts';
import { isSafeUrl } from '../shared/safeUrl.ts';

/** Why a chosen file was not uploaded: a text key and its values. */
interface Problem {
  key: string;
  params: (string | number)[];
}

interface UploadConfig {
  maxFileSizeInMB?: number;
  displayMode?: 'simple' | 'list';
  hasCustomFileEndings?: boolean;
  validFileEndings?: unknown;
  alertOnDelete?: unknown;
}

export interface AttachmentFieldProps {
  node: FormNode;
  /** FileUploadWithTag: the tags a file can get, and the label of the tag choice. */
  tags?: { options: ResolvedOption[]; title: string };
  /** ImageUpload: a preview per file. */
  preview?: (file: Attachment) => ReactNode;
  accept?: string;
  /** Overrides `maxNumberOfAttachments` (ImageUpload holds one image). */
  maxCount?: number;
  /**
   * Takes the chosen files before they are checked and uploaded (ImageUpload `crop`), and hands
   * what should be uploaded to `upload` when ready.
   */
  onChoose?: (chosen: File[], upload: (files: File[]) => Promise<void>) => void;
}

/** A file input, its limits, and the uploaded files with delete (and tag) controls. */
export function AttachmentField({ node, tags, preview, accept, maxCount: fixedCount, onChoose }: AttachmentFieldProps) {
  const { required, readOnly } = useNodeState(node);
  const { title, description, unlabelledName } = useFieldTexts(node);
  const { error } = useNodeValidation(node);
  const texts = useTextResolver();
  const attachments: AttachmentService = useFormServices();
  const { files, add, remove, replace } = useAttachments(node);
  // Text keys with their values, resolved when shown, so that they follow a language switch.
  const [problems, setProblems] = useState<Problem[]>([]);
  const [uploading, setUploading] = useState(0);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [confirming, setConfirming] = useState<string | undefined>(undefined);
  const config = node.component as UploadConfig;
  const maxSize = typeof config.maxFileSizeInMB === 'number' ? config.maxFileSizeInMB : undefined;
  const maxCount = fixedCount ?? node.evaluate('maxNumberOfAttachments', 'number', null) ?? undefined;
  const endings = allowedEndings(config);
  const alertOnDelete = node.evaluate('alertOnDelete', 'boolean', false) === true;
  const full = maxCount !== undefined && maxCount > 0 && files.length >= maxCount;
  const t = (key: string, ...params: (string | number)[]) => texts.resolve(key, { params });

  const upload = async (chosen: File[]) => {
    const found: Problem[] = [];
    let room = maxCount !== undefined && maxCount > 0 ? maxCount - files.length : Infinity;
    const accepted = chosen.filter((file) => {
      if (maxSize !== undefined && file.size > maxSize * 1024 * 1024) {
        found.push({ key: 'file_uploader.too_large', params: [file.name, maxSize] });
      } else if (!hasAllowedEnding(file.name, endings)) {
        found.push({ key: 'file_uploader.wrong_type', params: [file.name] });
      } else if (room <= 0) {
        if (!found.some((problem) => problem.key === 'file_uploader.too_many'))
          found.push({ key: 'file_uploader.too_many', params: [maxCount ?? 0] });
      } else {
        room -= 1;
        return true;
      }
      return false;
    });
    setProblems(found);
    setUploading((n) => n + accepted.length);
    for (const file of accepted) {
      try {
        add(
          await attachments.uploadAttachment(
            {
              dataType: node.baseId,
              data: file,
              filename: file.name,
              contentType: file.type,
            },
            { onProgress: setProgress },
          ),
        );
      } catch {
        setProblems((previous) => [...previous, { key: 'file_uploader.upload_failed', params: [file.name] }]);
      } finally {
        setProgress(null);
        setUploading((n) => n - 1);
      }
    }
  };

  const inputId = `${node.id}-file`;
  const multiple = maxCount === undefined || maxCount - files.length > 1;
  const hints = [
    maxSize !== undefined ? t('file_uploader.max_size', maxSize) : undefined,
    endings.length ? t('file_uploader.valid_endings', endings.join(', ')) : undefined,
    maxCount !== undefined && maxCount > 0 ? t('file_uploader.count', files.length, maxCount) : undefined,
  ];
  const listMode = config.displayMode !== 'simple' || tags !== undefined;
  const tagTitle = tags?.title ?? '';

  const deleteControl = (file: Attachment) =>
    readOnly ? null : confirming === file.id ? (
      <span className="skjema-field-row" role="group" aria-label={t('file_uploader.confirm_delete', file.filename)}>
        <Paragraph data-size="sm">{t('file_uploader.confirm_delete', file.filename)}</Paragraph>
        <Button type="button" data-size="sm" data-color="danger" onClick={() => void remove(file.id)}>
          {t('general.delete')}
        </Button>
        <Button type="button" data-size="sm" variant="tertiary" onClick={() => setConfirming(undefined)}>
          {t('general.cancel')}
        </Button>
      </span>
    ) : (
      <Button
        type="button"
        data-size="sm"
        variant="tertiary"
        aria-label={t('file_uploader.delete_file', file.filename)}
        onClick={() => (alertOnDelete ? setConfirming(file.id) : void remove(file.id))}
      >
        {t('general.delete')}
      </Button>
    );

  return (
    <div className="skjema-field-stack" id={node.id}>
      <InfectedFileAlert files={files} t={t} />
      <Field>
        <FieldHeading node={node} title={title} required={required} htmlFor={inputId} />
        <DescriptionWithHints description={description} hints={hints} />
        {!readOnly && !full && (
          <div className="skjema-file-chooser">
            <input
              id={inputId}
              type="file"
              className="skjema-visually-hidden"
              multiple={multiple}
              accept={accept ?? (endings.length ? endings.join(',') : undefined)}
              aria-required={required && files.length === 0 ? true : undefined}
              aria-label={unlabelledName}
              onChange={(event) => {
                const chosen = [...(event.target.files ?? [])];
                event.target.value = '';
                if (onChoose) onChoose(chosen, upload);
                else void upload(chosen);
              }}
            />
            {/* The browser's own button speaks the browser's language ("Choose Files"), not the
                form's, and does not follow a language switch; this label opens the same chooser. */}
            <label htmlFor={inputId} className="ds-button" data-variant="secondary" data-size="sm">
              {t(multiple ? 'file_uploader.choose' : 'file_uploader.choose_one')}
            </label>
          </div>
        )}
        {error && <ValidationMessage>{error}</ValidationMessage>}
      </Field>
      <div role="alert">
        {problems.map((problem, index) => (
          <ValidationMessage key={index}>{t(problem.key, ...problem.params)}</ValidationMessage>
        ))}
      </div>
      <div role="status">
        {uploading > 0 && <Paragraph data-size="sm">{t('file_uploader.uploading')}</Paragraph>}
        {uploading > 0 && progress && progress.total > 0 && (
          <progress value={progress.loaded} max={progress.total} aria-label={t('file_uploader.uploading')} />
        )}
      </div>
      {files.length > 0 &&
        (listMode ? (
          <div className="skjema-table-scroll">
            <Table data-size="sm">
              <caption>{t('file_uploader.uploaded_files')}</caption>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>{t('file_uploader.file_name')}</TableHeaderCell>
                  <TableHeaderCell>{t('file_uploader.file_size')}</TableHeaderCell>
                  {tags && <TableHeaderCell>{tagTitle}</TableHeaderCell>}
                  {!readOnly && <TableHeaderCell>{t('general.actions')}</TableHeaderCell>}
                </TableRow>
              </TableHead>
              <TableBody>
                {files.map((file) => (
                  <TableRow key={file.id}>
                    <TableCell>
                      {preview?.(file)}
                      {fileName(file)} <ScanStatus file={file} t={t} />
                    </TableCell>
                    <TableCell>{formatFileSize(file.size, texts.language)}</TableCell>
                    {tags && (
                      <TableCell>
                        <TagChoice
                          file={file}
                          tags={tags.options}
                          label={t('file_uploader.tag_for', tagTitle, file.filename)}
                          readOnly={readOnly}
                          onTagged={replace}
                        />
                      </TableCell>
                    )}
                    {!readOnly && <TableCell>{deleteControl(file)}</TableCell>}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        ) : (
          <ul aria-label={t('file_uploader.uploaded_files')} className="skjema-field-stack">
            {files.map((file) => (
              <li key={file.id}>
                {preview?.(file)}
                <span>
                  {fileName(file)} ({formatFileSize(file.size, texts.language)})
                </span>{' '}
                <ScanStatus file={file} t={t} /> {deleteControl(file)}
              </li>
            ))}
          </ul>
        ))}
    </div>
  );
}

/** The file's name; a download link only once no virus scan holds it back (infected, or not scanned yet). */
function fileName(file: Attachment): ReactNode {
  const heldBack = file.fileScanResult === 'Infected' || file.fileScanResult === 'Pending';
  if (heldBack || !file.url || !isSafeUrl(file.url)) return file.filename;
  return <a href={file.url}>{file.filename}</a>;
}

function TagChoice(props: {
  file: Attachment;
  tags: ResolvedOption[];
  label: string;
  readOnly: boolean;
  onTagged(file: Attachment): void;
}) {
  const { file, tags, label, readOnly, onTagged } = props;
  const attachments: AttachmentService = useFormServices();
  const texts = useTextResolver();
  const id = `tag-${file.id}`;
  return (
    <Field>
      <Label htmlFor={id} className="skjema-label-hidden">
        {label}
      </Label>
      <Select
        id={id}
        data-size="sm"
        value={file.tags[0] ?? ''}
        readOnly={readOnly}
        onChange={(event) => {
          if (readOnly) return;
          const value = event.target.value;
          void attachments.tagAttachment(file.id, value ? [value] : []).then(onTagged, () => {});
        }}
      >
        <SelectOption value="">{texts.resolve('dropdown.choose')}</SelectOption>
        {tags.map((tag) => (
          <SelectOption key={tag.value} value={tag.value}>
            {tag.label}
          </SelectOption>
        ))}
      </Select>
    </Field>
  );
}
