import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { useTextResolver } from '../../i18n/useTexts.ts';
import { languageSource } from '../shared/languageSource.ts';
import { useHelp } from '../shared/useHelp.tsx';
import { plainText } from '../../../core/texts/textValues.ts';

interface ImageConfig {
  src?: unknown;
  width?: string;
  align?: 'flex-start' | 'center' | 'flex-end' | 'space-between' | 'space-around' | 'space-evenly';
}

/**
 * An image in the form's language. Without `altTextImg` the image is taken as decorative and gets
 * an empty alt text, so screen readers skip it instead of reading out its file name. A `help` text
 * sits behind a button beside the image and opens below it.
 */
export function Image({ node }: SkjemaComponentProps) {
  const { language } = useTextResolver();
  const alt = useNodeText(node, 'altTextImg');
  const { src, width = '100%', align = 'flex-start' } = (node.component as { image?: ImageConfig }).image ?? {};
  const help = useHelp(node, alt);
  const url = languageSource(src, language);
  if (!url) return null;
  return (
    <div id={node.id} className="skjema-image" style={{ justifyContent: align }}>
      <img src={url} alt={plainText(alt) ?? ''} style={{ width }} />
      {help.button}
      {help.text && <div className="skjema-image-help">{help.text}</div>}
    </div>
  );
}
