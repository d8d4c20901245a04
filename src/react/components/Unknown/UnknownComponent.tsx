import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { Heading } from '../../render/formHeadings.tsx';
import { useEffect } from 'react';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useFormContext } from '../../context/FormContext.ts';
import { useText } from '../../i18n/useTexts.ts';
import { useRenderProblemReporter } from '../../render/renderProblems.ts';

/**
 * Stands in for a component type nobody registered: the page keeps working, and the placeholder
 * names the type, the component id and the file so the app developer can find it.
 */
export function UnknownComponent({ node }: SkjemaComponentProps) {
  const { engine } = useFormContext();
  const reportProblem = useRenderProblemReporter();
  useEffect(() => reportProblem?.({ kind: 'unknown-component', node }), [reportProblem, node]);
  const file = engine.layoutSet.layoutFiles[node.page] ?? node.page;
  const title = useText('unknown_component.title', { params: [node.type] });
  const description = useText('unknown_component.description', { params: [node.baseId, file] });
  return (
    <Alert data-color="warning" data-skjema-unknown={node.type} id={node.id}>
      <Heading level={2} data-size="xs">
        {title}
      </Heading>
      <Paragraph>{description}</Paragraph>
    </Alert>
  );
}
