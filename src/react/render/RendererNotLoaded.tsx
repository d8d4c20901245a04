import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useEffect } from 'react';
import type { FormNode } from '../../core/form/index.ts';
import { useFormContext } from '../context/FormContext.ts';
import { useText } from '../i18n/useTexts.ts';
import { Heading } from './formHeadings.tsx';
import { useRenderProblemReporter } from './renderProblems.ts';

/**
 * Shown in place of a component whose renderer could not be fetched (the network failed while the
 * form loaded that type's code): the rest of the page keeps working, and the message names the
 * component and its file. The next time the page is shown, the load is tried again.
 */
export function RendererNotLoaded({ node, error }: { node: FormNode; error: Error }) {
  const { engine } = useFormContext();
  const reportProblem = useRenderProblemReporter();
  useEffect(() => reportProblem?.({ kind: 'crash', node, error }), [reportProblem, node, error]);
  const file = engine.layoutSet.layoutFiles[node.page] ?? node.page;
  const title = useText('component_load_error.title');
  const description = useText('component_load_error.description', { params: [node.baseId, file] });
  return (
    <Alert data-color="danger" data-skjema-error={node.id} data-skjema-not-loaded={node.type}>
      <Heading level={2} data-size="xs">
        {title}
      </Heading>
      <Paragraph>{description}</Paragraph>
    </Alert>
  );
}
