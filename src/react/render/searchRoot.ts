/**
 * The document or shadow root that holds `near`. Inside `<skjema-form>` the form lives in a
 * shadow root, where `document.getElementById` does not look.
 */
export function searchRoot(near: Node | null | undefined): Document | ShadowRoot {
  const root = near?.getRootNode();
  return root instanceof ShadowRoot || root instanceof Document ? root : document;
}
