import type {
  DataPatchError,
  ProblemDetails,
  UserActionResponse,
  ValidationIssueWithSource as ValidationIssue,
} from '../wire/index.ts';

export interface AppApiErrorInit {
  status: number;
  statusText?: string;
  method: string;
  url: string;
  body?: unknown;
  cause?: unknown;
  /** Overrides the generated message; used for failures that are not an HTTP status. */
  message?: string;
}

/**
 * Any failed call to the app backend. `status` is the HTTP status, or 0 when no response arrived
 * (network failure, CORS rejection). `body` is the parsed JSON body, or the raw text when it is
 * not JSON, or undefined when there was none.
 */
export class AppApiError extends Error {
  override readonly name = 'AppApiError';
  readonly status: number;
  readonly statusText: string;
  readonly method: string;
  readonly url: string;
  readonly body: unknown;
  /**
   * The issues that blocked the move when process next answers 409 "Validation failed for task".
   * Undefined for every other failure, including a 409 because another process next holds the lock.
   */
  readonly validationIssues: ValidationIssue[] | undefined;

  constructor(init: AppApiErrorInit) {
    const statusText = init.statusText || REASON_PHRASES[init.status] || '';
    super(init.message ?? describe(init.method, init.url, init.status, statusText, init.body), { cause: init.cause });
    this.status = init.status;
    this.statusText = statusText;
    this.method = init.method;
    this.url = init.url;
    this.body = init.body;
    this.validationIssues = init.status === 409 ? validationIssuesOf(init.body) : undefined;
  }

  /**
   * The body of a refused patch (409 when a `test` operation failed, 422 when another did), with the
   * server's current model in `previousModel`. Undefined for every other failure.
   */
  get dataPatchError(): DataPatchError | undefined {
    const body = this.problem;
    return (this.status === 409 || this.status === 422) && body && 'previousModel' in body
      ? (body as DataPatchError)
      : undefined;
  }

  /** The server's current model when a patch was refused; see `dataPatchError`. */
  get previousModel(): unknown {
    return this.dataPatchError?.previousModel;
  }

  /** Why an upload was refused: the file validators' issues of a 400 `DataPostErrorResponse`. */
  get uploadValidationIssues(): ValidationIssue[] | undefined {
    const issues = this.status === 400 ? this.problem?.uploadValidationIssues : undefined;
    return Array.isArray(issues) ? (issues as ValidationIssue[]) : undefined;
  }

  /**
   * The `UserActionResponse` a failed user action answers with (its `error.code` tells why, e.g.
   * `ActionNotFound`). Undefined when the body is not one.
   */
  get actionResponse(): UserActionResponse | undefined {
    const body = this.problem;
    return body && (isObject(body.instance) || isObject(body.error))
      ? (body as unknown as UserActionResponse)
      : undefined;
  }

  /** The body as RFC 7807 problem details, when it is a JSON object. */
  get problem(): ProblemDetails | undefined {
    return isObject(this.body) ? this.body : undefined;
  }
}

export function isAppApiError(error: unknown): error is AppApiError {
  return error instanceof AppApiError;
}

// HTTP/2 responses carry no reason phrase, so messages would otherwise read "failed: 409".
const REASON_PHRASES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Content Too Large',
  422: 'Unprocessable Content',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

const MAX_TEXT_IN_MESSAGE = 200;

function describe(method: string, url: string, status: number, statusText: string, body: unknown): string {
  const head = `${method} ${url} failed: ${status}${statusText ? ` ${statusText}` : ''}`;
  const reason = reasonOf(body);
  // Framework-made problem details only repeat the status ("Not Found"); that adds nothing.
  return reason && reason !== statusText ? `${head} (${reason})` : head;
}

function reasonOf(body: unknown): string | undefined {
  if (isObject(body)) {
    const { detail, title } = body;
    if (typeof detail === 'string' && detail) return detail;
    if (typeof title === 'string' && title) return title;
    return undefined;
  }
  if (typeof body === 'string' && body.trim()) {
    const text = body.trim();
    return text.length > MAX_TEXT_IN_MESSAGE ? `${text.slice(0, MAX_TEXT_IN_MESSAGE)}…` : text;
  }
  return undefined;
}

function validationIssuesOf(body: unknown): ValidationIssue[] | undefined {
  if (!isObject(body) || !Array.isArray(body.validationIssues)) return undefined;
  return body.validationIssues as ValidationIssue[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
