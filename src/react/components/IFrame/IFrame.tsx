import { escapeHtml } from '../../../core/expressions/escape-html.ts';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { useText } from '../../i18n/useTexts.ts';

interface SandboxConfig {
  allowPopups?: boolean;
  allowPopupsToEscapeSandbox?: boolean;
}

/**
 * The HTML in `textResourceBindings.title`, in a sandboxed frame. The sandbox is always on and only
 * opened as far as `sandbox` asks: app texts may hold any HTML, and without scripts or same-origin
 * access it cannot reach the form, its data or the user's session.
 */
export function IFrame({ node }: SkjemaComponentProps) {
  // The app's own HTML is the frame's page; values filled in from the data are text in it, never markup.
  const content = useNodeText(node, 'title', { formatValue: escapeHtml });
  const frameTitle = useText('iframe.title');
  const sandbox = (node.component as { sandbox?: SandboxConfig }).sandbox ?? {};
  const tokens = [
    sandbox.allowPopups && 'allow-popups',
    sandbox.allowPopupsToEscapeSandbox && 'allow-popups-to-escape-sandbox',
  ].filter((token): token is string => typeof token === 'string');
  if (content === undefined) return null;
  return (
    <iframe id={node.id} className="skjema-iframe" srcDoc={content} sandbox={tokens.join(' ')} title={frameTitle} />
  );
}
