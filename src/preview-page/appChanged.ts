/**
 * Whether an `app-changed` event from the preview (`{ app: "org/app", files }`) is about the app
 * this page shows. With several apps in one preview, a page reloads for its own app's files only;
 * an event that does not say which app (an older server) or cannot be read reloads every page.
 */
export function isAboutApp(eventData: string, org: string, app: string): boolean {
  let changed: unknown;
  try {
    changed = (JSON.parse(eventData) as { app?: unknown }).app;
  } catch {
    return true;
  }
  return typeof changed !== 'string' || changed.toLowerCase() === `${org}/${app}`.toLowerCase();
}
