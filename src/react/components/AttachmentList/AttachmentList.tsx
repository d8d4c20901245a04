import { Link, ListItem, ListUnordered, Paragraph } from '@digdir/designsystemet-react';
import { Heading } from '../../render/formHeadings.tsx';
import type { DataElement } from '../../../core/tree/index.ts';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useFormContext } from '../../context/FormContext.ts';
import { useDataElements } from '../../context/AppInstanceContext.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { useText, useTextResolver } from '../../i18n/useTexts.ts';
import { Markdown } from '../shared/Markdown.tsx';
import { attachmentUrl, selectAttachments, type DataTypeInfo } from './selectAttachments.ts';

interface AttachmentListConfig {
  dataTypeIds?: string[];
  links?: boolean;
  groupByDataTypeGrouping?: boolean;
  showDataTypeDescriptions?: boolean;
}

/** The instance's attachments as a plain list, each a download link unless `links` is false. */
export function AttachmentList({ node }: SkjemaComponentProps) {
  const { engine } = useFormContext();
  const texts = useTextResolver();
  const title = useNodeText(node, 'title');
  const emptyText = useText('attachment_list.empty');
  const config = node.component as AttachmentListConfig;
  const dataTypes = (engine.layoutSet.applicationMetadata?.dataTypes ?? []) as DataTypeInfo[];
  const attachments = selectAttachments(useDataElements(), dataTypes, config.dataTypeIds);
  const typeOf = (element: DataElement) => dataTypes.find((type) => type.id === element.dataType);
  const groups = new Map<string, DataElement[]>();
  for (const element of attachments) {
    const grouping = config.groupByDataTypeGrouping ? (typeOf(element)?.grouping ?? '') : '';
    groups.set(grouping, [...(groups.get(grouping) ?? []), element]);
  }
  const item = (element: DataElement) => {
    const name = element.filename ?? element.id;
    const url = config.links === false ? undefined : attachmentUrl(element);
    const description = config.showDataTypeDescriptions ? typeOf(element)?.description : undefined;
    const describedBy = description?.[texts.language] ?? description?.nb ?? description?.en;
    return (
      <ListItem key={element.id}>
        {url ? (
          <Link href={url} download={name}>
            {name}
          </Link>
        ) : (
          name
        )}
        {describedBy && <span className="skjema-attachment-description">{texts.resolve(describedBy)}</span>}
      </ListItem>
    );
  };
  return (
    <div id={node.id} className="skjema-attachment-list">
      {title !== undefined && (
        <Heading level={2} data-size="xs">
          <Markdown text={title} inline />
        </Heading>
      )}
      {attachments.length === 0 && <Paragraph>{emptyText}</Paragraph>}
      {[...groups.entries()].map(([grouping, elements]) => (
        <div key={grouping}>
          {grouping !== '' && (
            <Heading level={3} data-size="2xs">
              {texts.resolve(grouping)}
            </Heading>
          )}
          <ListUnordered>{elements.map(item)}</ListUnordered>
        </div>
      ))}
    </div>
  );
}
