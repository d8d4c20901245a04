import { Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useState, useSyncExternalStore } from 'react';
import { useFormContext } from '../context/FormContext.ts';
import { useRenderersLoaded } from '../hooks/useRenderersLoaded.ts';
import { useText } from '../i18n/useTexts.ts';
import { lightFieldsPart } from './light/lightFieldsPart.ts';
import { RenderChildren } from './RenderChildren.tsx';
import { rendererTypesOfLayoutSet, rendererTypesOfPage } from './rendererTypes.ts';

/**
 * The components of one page, with the "required fields are marked" note when the page has any.
 * Shown once the renderers of its component types are loaded, all together, so no component
 * waits on its own; then the form's other types load in the background.
 */
export function FormPage({ pageKey }: { pageKey: string }) {
  const { engine, registry } = useFormContext();
  const subscribe = useCallback((onChange: () => void) => engine.subscribe(onChange), [engine]);
  const tree = useSyncExternalStore(subscribe, () => engine.tree);
  const page = tree.page(pageKey);
  const hasRequired = page?.children.some(
    (node) =>
      registry.get(node.type)?.category === 'form' &&
      node.component.required !== undefined &&
      node.component.required !== false,
  );
  const requiredNote = useText('form_filler.required_label');
  // Read once: a part that arrives later must not swap the page's components (and the focus) under the user.
  const [light] = useState(lightFieldsPart.loaded);
  const renderersLoaded = useRenderersLoaded(
    registry,
    rendererTypesOfPage(engine.layoutSet, pageKey),
    rendererTypesOfLayoutSet(engine.layoutSet),
  );
  if (!page || !renderersLoaded) return null;
  return (
    <div className="skjema-page" data-page={pageKey}>
      {hasRequired && (
        <Paragraph data-size="sm" className="skjema-required-note">
          {requiredNote}
        </Paragraph>
      )}
      {/* Loaded by `SkjemaForm` for a layout set with a long page (`hasLongPages`). */}
      {light ? <light.PageChildren nodes={page.children} /> : <RenderChildren nodes={page.children} />}
    </div>
  );
}
