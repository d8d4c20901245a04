import type { IncomingMessage, ServerResponse } from 'node:http';

export type RouteParams = Readonly<Record<string, string>>;

export interface RouteContext {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly url: URL;
  readonly params: RouteParams;
}

export type RouteHandler = (context: RouteContext) => Promise<void> | void;

interface Route {
  readonly method: string;
  readonly pattern: string;
  readonly segments: readonly string[];
  readonly handler: RouteHandler;
}

/** Runs a route's writes to an instance (`:party/:guid`) after the earlier writes to it. */
export function serialPerInstance(
  serial: <T>(instanceId: string, work: () => Promise<T>) => Promise<T>,
  handler: RouteHandler,
): RouteHandler {
  return (context) => serial(`${context.params.party}/${context.params.guid}`, async () => handler(context));
}

export type RouteMatch =
  | { handler: RouteHandler; params: RouteParams; /** As registered, for metrics and logs. */ pattern: string }
  | { allowed: string[] }
  | undefined;

/**
 * Matches `METHOD /a/:b/c` patterns segment by segment; a `:name` segment captures one decoded
 * path segment. Literal segments compare case-insensitively, because ASP.NET routing does and
 * the Altinn frontend mixes cases (`allowedtoinstantiatefilter`, `api/authentication`).
 */
export class Router {
  private readonly routes: Route[] = [];

  add(method: string, pattern: string, handler: RouteHandler): this {
    this.routes.push({ method, pattern, segments: split(pattern), handler });
    return this;
  }

  get(pattern: string, handler: RouteHandler) {
    return this.add('GET', pattern, handler);
  }
  post(pattern: string, handler: RouteHandler) {
    return this.add('POST', pattern, handler);
  }
  put(pattern: string, handler: RouteHandler) {
    return this.add('PUT', pattern, handler);
  }
  patch(pattern: string, handler: RouteHandler) {
    return this.add('PATCH', pattern, handler);
  }
  delete(pattern: string, handler: RouteHandler) {
    return this.add('DELETE', pattern, handler);
  }

  /** The handler for a request, `{ allowed }` when the path exists for other methods only, else undefined. */
  match(method: string, path: string): RouteMatch {
    let segments: string[];
    try {
      segments = split(path).map((segment) => decodeURIComponent(segment));
    } catch {
      return undefined;
    }
    const allowed: string[] = [];
    for (const route of this.routes) {
      const params = matchSegments(route.segments, segments);
      if (!params) continue;
      const sameMethod = route.method === method || (method === 'HEAD' && route.method === 'GET');
      if (sameMethod) return { handler: route.handler, params, pattern: route.pattern };
      allowed.push(route.method);
    }
    return allowed.length > 0 ? { allowed } : undefined;
  }
}

function split(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

function matchSegments(pattern: readonly string[], segments: readonly string[]): Record<string, string> | undefined {
  if (pattern.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let index = 0; index < pattern.length; index++) {
    const expected = pattern[index]!;
    const actual = segments[index]!;
    if (expected.startsWith(':')) params[expected.slice(1)] = actual;
    else if (expected.toLowerCase() !== actual.toLowerCase()) return undefined;
  }
  return params;
}
