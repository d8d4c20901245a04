/** RFC 7807 body the preview server answers errors with, as the app backend does. */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  [extension: string]: unknown;
}

const STATUS_TYPES: Record<number, string> = {
  400: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
  401: 'https://tools.ietf.org/html/rfc9110#section-15.5.2',
  403: 'https://tools.ietf.org/html/rfc9110#section-15.5.4',
  404: 'https://tools.ietf.org/html/rfc9110#section-15.5.5',
  405: 'https://tools.ietf.org/html/rfc9110#section-15.5.6',
  409: 'https://tools.ietf.org/html/rfc9110#section-15.5.10',
  413: 'https://tools.ietf.org/html/rfc9110#section-15.5.14',
  415: 'https://tools.ietf.org/html/rfc9110#section-15.5.16',
  422: 'https://tools.ietf.org/html/rfc4918#section-11.2',
  500: 'https://tools.ietf.org/html/rfc9110#section-15.6.1',
};

/**
 * An error a route throws to answer with a ProblemDetails body. Routes throw instead of writing
 * the response themselves so that a failed request never leaves half its writes behind: the
 * transaction around the route is rolled back by the same throw.
 */
export class HttpProblem extends Error {
  readonly status: number;
  readonly body: ProblemBody;

  constructor(status: number, title: string, detail?: string, extensions: Record<string, unknown> = {}) {
    super(detail ? `${title}: ${detail}` : title);
    this.status = status;
    this.body = {
      type: STATUS_TYPES[status] ?? 'about:blank',
      title,
      status,
      ...(detail === undefined ? {} : { detail }),
      ...extensions,
    };
  }
}

export const badRequest = (detail: string, extensions?: Record<string, unknown>) =>
  new HttpProblem(400, 'Bad Request', detail, extensions);
export const unauthorized = (detail: string) => new HttpProblem(401, 'Unauthorized', detail);
export const forbidden = (detail: string, extensions?: Record<string, unknown>) =>
  new HttpProblem(403, 'Forbidden', detail, extensions);
export const notFound = (detail: string) => new HttpProblem(404, 'Not Found', detail);
export const conflict = (title: string, detail: string, extensions?: Record<string, unknown>) =>
  new HttpProblem(409, title, detail, extensions);
