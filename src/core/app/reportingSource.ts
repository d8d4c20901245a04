import type { Diagnostic } from '../diagnostics.ts';
import type { AppSource } from './source.ts';

/**
 * An app source whose failures become located diagnostics instead of exceptions: a folder where a
 * file should be, a name too long for the file system, a file that may not be read. The file is
 * then taken as missing, so the rest of the app still loads and the problem is said once, where it is.
 */
export function reportingSource(source: AppSource, report: (diagnostic: Diagnostic) => void): AppSource {
  const guarded =
    <T>(read: (path: string) => Promise<T>, missing: T) =>
    async (path: string): Promise<T> => {
      try {
        return await read(path);
      } catch (error) {
        report({ severity: 'error', code: 'file-read', file: path, message: readFailure(error) });
        return missing;
      }
    };
  return {
    read: guarded((path) => source.read(path), undefined),
    list: guarded((dir) => source.list(dir), []),
    listFolders: guarded((dir) => source.listFolders(dir), []),
  };
}

const REASONS: Record<string, string> = {
  EISDIR: 'is a folder where a file should be',
  ENAMETOOLONG:
    'has a name too long for the file system (a layout set id or page name that long cannot be a folder or file)',
  EACCES: 'may not be read (no permission)',
  EPERM: 'may not be read (not permitted)',
  ELOOP: 'is a link that leads back to itself',
  EMFILE: 'could not be opened: too many files are open',
};

function readFailure(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const reason = typeof code === 'string' ? REASONS[code] : undefined;
  if (reason) return `Cannot be read: it ${reason}; it is taken as missing.`;
  const message = error instanceof Error ? error.message : String(error);
  return `Cannot be read (${message}); it is taken as missing.`;
}
