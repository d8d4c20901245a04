import type { FormNode } from '../../../core/form/index.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { useHelp } from './useHelp.tsx';
import { Markdown } from './Markdown.tsx';
import { isSafeMediaUrl } from './safeUrl.ts';

interface DisplayConfig {
  direction?: 'horizontal' | 'vertical';
  icon?: string;
}

/**
 * A read-only value with its title, shared by Text, Number, Date and Option. A description list
 * keeps the title and the value paired for screen readers, which a label without a control would not.
 */
export function ValueDisplay({ node, value }: { node: FormNode; value: string }) {
  const title = useNodeText(node, 'title');
  const description = useNodeText(node, 'description');
  const { direction = 'horizontal', icon } = node.component as DisplayConfig;
  const help = useHelp(node, title);
  const body = (
    <span className="skjema-value-body">
      {icon && isSafeMediaUrl(icon) && <img className="skjema-value-icon" src={icon} alt="" />}
      <span>{value}</span>
    </span>
  );
  if (title === undefined) {
    return (
      <div id={node.id} className="skjema-value">
        {body}
      </div>
    );
  }
  return (
    <dl id={node.id} className={`skjema-value skjema-value--${direction === 'vertical' ? 'vertical' : 'horizontal'}`}>
      <dt className="skjema-value-title">
        {help.button ? (
          <span className="skjema-label-row">
            <Markdown text={title} inline />
            {help.button}
          </span>
        ) : (
          <Markdown text={title} inline />
        )}
        {help.text}
        {description !== undefined && (
          <span className="skjema-value-description">
            <Markdown text={description} inline />
          </span>
        )}
      </dt>
      <dd className="skjema-value-content">{body}</dd>
    </dl>
  );
}
