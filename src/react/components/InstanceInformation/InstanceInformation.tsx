import { Heading } from '../../render/formHeadings.tsx';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useAppInstance } from '../../context/AppInstanceContext.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { useText, useTextResolver } from '../../i18n/useTexts.ts';
import { Markdown } from '../shared/Markdown.tsx';
import { useHelp } from '../shared/useHelp.tsx';
import { instanceFacts, type InstanceFacts } from './instanceFacts.ts';

type Element = keyof InstanceFacts;

const ELEMENTS: readonly { key: Element; text: string }[] = [
  { key: 'dateSent', text: 'receipt.date_sent' },
  { key: 'sender', text: 'receipt.sender' },
  { key: 'receiver', text: 'receipt.receiver' },
  { key: 'referenceNumber', text: 'receipt.ref_num' },
];

/**
 * Date sent, sender, receiver and reference number of the instance (each on unless `elements`
 * turns it off). Without an instance every value reads "–". A `help` text opens under the title.
 */
export function InstanceInformation({ node }: SkjemaComponentProps) {
  const { instance } = useAppInstance();
  const texts = useTextResolver();
  const title = useNodeText(node, 'title');
  const description = useNodeText(node, 'description');
  const empty = useText('general.empty_value');
  const help = useHelp(node, title);
  const elements = (node.component as { elements?: Partial<Record<Element, boolean>> }).elements ?? {};
  // An app names itself as receiver with the `appOwner` text, as in the reference receipt.
  const receiverName = texts.has('appOwner') ? texts.resolve('appOwner') : undefined;
  const facts = instanceFacts(instance, texts.language, receiverName);
  const shown = ELEMENTS.filter(({ key }) => elements[key] !== false);
  return (
    <section id={node.id} className="skjema-instance-information">
      {title !== undefined && (
        <div className="skjema-heading-row">
          <Heading level={2} data-size="xs">
            <Markdown text={title} inline />
          </Heading>
          {help.button}
        </div>
      )}
      {title === undefined && help.button}
      {help.text}
      {description !== undefined && (
        <p>
          <Markdown text={description} inline />
        </p>
      )}
      <dl className="skjema-facts">
        {shown.map(({ key, text }) => (
          <div key={key}>
            <dt>{texts.resolve(text)}</dt>
            <dd>{facts[key] ?? empty}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
