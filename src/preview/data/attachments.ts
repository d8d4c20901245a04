import { extname } from 'node:path';
import type { ValidationIssueWithSource } from '../../wire/validation.ts';
import type { DataTypeConfig } from '../app/dataTypes.ts';
import { HttpProblem } from '../http/problem.ts';

/** The MIME types of the extensions people upload; an extension not listed here is not checked against the content type. */
const MIME_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.bmp': 'image/bmp',
  '.tif': 'image/tiff',
  '.tiff': 'image/tiff',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.html': 'text/html',
  '.xml': 'application/xml',
  '.json': 'application/json',
  '.zip': 'application/zip',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.odt': 'application/vnd.oasis.opendocument.text',
};

/** The file name of `Content-Disposition: attachment; filename=…` (or `filename*=UTF-8''…`), URI-decoded as the frontend encodes it. */
export function fileNameOf(disposition: string | undefined): string | undefined {
  if (!disposition) return undefined;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition)?.[1];
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/.exec(disposition);
  const raw = extended ?? plain?.[2] ?? plain?.[1];
  if (!raw) return undefined;
  try {
    return decodeURIComponent(raw.trim());
  } catch {
    return raw.trim();
  }
}

function rejected(title: string, code: string, description: string, status = 400): HttpProblem {
  const issue: ValidationIssueWithSource = {
    severity: 1,
    source: 'File',
    code,
    description,
    customTextKey: null,
    field: null,
  };
  return new HttpProblem(status, title, description, { uploadValidationIssues: [issue] });
}

/**
 * The reference's checks of an uploaded file (app-api §5.4): a name with an extension that fits
 * the content type, an allowed content type, not empty, not above `maxSize` MB (413).
 */
export function checkUpload(
  type: DataTypeConfig,
  fileName: string | undefined,
  contentType: string,
  size: number,
): void {
  if (!fileName) {
    throw rejected(
      'File validation failed',
      'ContentDispositionMissing',
      'Send the file name as "Content-Disposition: attachment; filename=<name.ext>".',
    );
  }
  const extension = extname(fileName).toLowerCase();
  if (!extension)
    throw rejected('File validation failed', 'InvalidFileNameFormat', `"${fileName}" has no file extension.`);
  const expected = MIME_TYPES[extension];
  const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
  if (expected && mediaType !== 'application/octet-stream' && mediaType !== expected) {
    throw rejected(
      'File validation failed',
      'ContentTypeNotAllowed',
      `"${fileName}" is ${expected}, but was sent as ${mediaType}.`,
    );
  }
  const allowed = type.allowedContentTypes.map((value) => value.toLowerCase());
  const effective = mediaType === 'application/octet-stream' && expected ? expected : mediaType;
  if (allowed.length > 0 && !allowed.includes(effective) && !allowed.includes('application/octet-stream')) {
    throw rejected(
      'File validation failed',
      'ContentTypeNotAllowed',
      `"${type.id}" accepts ${allowed.join(', ')}; "${fileName}" is ${effective}.`,
    );
  }
  if (size === 0) throw rejected('File validation failed', 'FileEmpty', `"${fileName}" is empty (0 bytes).`);
  if (type.maxSize !== undefined && size > type.maxSize * 1024 * 1024) {
    throw rejected(
      'Max Size Exceeded',
      'DataElementTooLarge',
      `"${fileName}" is ${size} bytes; "${type.id}" allows at most ${type.maxSize} MB.`,
      413,
    );
  }
}

/** The content type a stored file is served with: the one sent, or the extension's when it was sent as octet-stream. */
export function storedContentType(fileName: string, contentType: string): string {
  const mediaType = contentType.split(';')[0]!.trim();
  return mediaType.toLowerCase() === 'application/octet-stream'
    ? (MIME_TYPES[extname(fileName).toLowerCase()] ?? mediaType)
    : mediaType;
}
