import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { useTextResolver } from '../../i18n/useTexts.ts';
import { languageSource } from '../shared/languageSource.ts';

interface VideoConfig {
  src?: unknown;
  /** Captions (WebVTT) per language; a skjema addition, the Altinn schema has no captions. */
  captions?: unknown;
}

/** A video player for the form's language, with a captions track when one is given. */
export function Video({ node }: SkjemaComponentProps) {
  const { language } = useTextResolver();
  const altText = useNodeText(node, 'altText', { plain: true });
  const config = (node.component as { video?: VideoConfig }).video ?? {};
  const src = languageSource(config.src, language);
  const captions = languageSource(config.captions, language);
  if (!src) return null;
  return (
    // eslint-disable-next-line jsx-a11y/media-has-caption -- the track is there whenever the app gives captions
    <video id={node.id} className="skjema-media" controls src={src} aria-label={altText}>
      {captions && <track kind="captions" src={captions} srcLang={language} default />}
    </video>
  );
}
