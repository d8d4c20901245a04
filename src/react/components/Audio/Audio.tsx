import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { useTextResolver } from '../../i18n/useTexts.ts';
import { languageSource } from '../shared/languageSource.ts';

/** An audio player for the form's language; `altText` names it for screen readers. */
export function Audio({ node }: SkjemaComponentProps) {
  const { language } = useTextResolver();
  const altText = useNodeText(node, 'altText', { plain: true });
  const src = languageSource((node.component as { audio?: { src?: unknown } }).audio?.src, language);
  if (!src) return null;
  // eslint-disable-next-line jsx-a11y/media-has-caption -- the Altinn schema gives audio no captions; a transcript belongs in the page text
  return <audio id={node.id} className="skjema-media" controls src={src} aria-label={altText} />;
}
