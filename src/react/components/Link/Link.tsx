import { Button, Link as DsLink } from '@digdir/designsystemet-react';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { useText } from '../../i18n/useTexts.ts';
import { buttonLayoutClasses, buttonSize, type ButtonLayout } from '../shared/buttonLayout.ts';
import { Markdown } from '../shared/Markdown.tsx';
import { isSafeUrl } from '../shared/safeUrl.ts';
import { hrefOf } from '../../../core/texts/textValues.ts';

interface LinkConfig extends ButtonLayout {
  style?: 'primary' | 'secondary' | 'link';
  openInNewTab?: boolean;
}

/** A link to `target`, looking like a primary or secondary button or like a plain link (`style`). */
export function Link({ node }: SkjemaComponentProps) {
  const title = useNodeText(node, 'title');
  // Values in the target are URL-encoded and may not pick its scheme or host.
  const marked = useNodeText(node, 'target');
  const target = marked === undefined ? undefined : hrefOf(marked);
  const downloadName = useNodeText(node, 'download', { plain: true });
  const newTabText = useText('link.new_tab');
  const config = node.component as LinkConfig;
  if (!target || !isSafeUrl(target)) return null;
  const hasDownload = node.component.textResourceBindings?.download !== undefined;
  const newTab = config.openInNewTab === true;
  const anchor = {
    href: target,
    download: hasDownload ? (downloadName ?? '') : undefined,
    target: newTab ? '_blank' : undefined,
    rel: newTab ? 'noopener noreferrer' : undefined,
  };
  const content = (
    <>
      {title !== undefined ? <Markdown text={title} inline links={false} /> : target}
      {newTab && <span className="skjema-sr-only">{` ${newTabText}`}</span>}
    </>
  );
  const { wrapper, button } = buttonLayoutClasses(config);
  if (config.style === 'primary' || config.style === 'secondary') {
    return (
      <div className={wrapper}>
        <Button
          id={node.id}
          asChild
          variant={config.style}
          data-size={buttonSize(config)}
          className={button || undefined}
        >
          <a {...anchor}>{content}</a>
        </Button>
      </div>
    );
  }
  return (
    <div className={wrapper}>
      <DsLink id={node.id} {...anchor} data-size={buttonSize(config)}>
        {content}
      </DsLink>
    </div>
  );
}
