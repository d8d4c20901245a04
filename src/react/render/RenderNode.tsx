import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { Heading } from './formHeadings.tsx';
import { useContext, useMemo } from 'react';
import type { FormNode } from '../../core/form/index.ts';
import { useFormContext } from '../context/FormContext.ts';
import { useNodeState } from '../hooks/useNodeState.ts';
import { useNodeValidation } from '../hooks/useNodeValidation.tsx';
import { useText } from '../i18n/useTexts.ts';
import { UnknownComponent } from '../components/Unknown/UnknownComponent.tsx';
import { headingLevelOf } from '../components/shared/headingLevel.ts';
import { TextHeadingLevel } from '../components/shared/Markdown.tsx';
import { gridAttributes } from '../responsiveGrid/gridAttributes.ts';
import { ComponentErrorBoundary } from './ComponentErrorBoundary.tsx';
import { nodeMessages } from './NodeMessages.tsx';
import { useRenderProblemReporter } from './renderProblems.ts';

/** Renders one node with the definition registered for its type, unless it is hidden. */
export function RenderNode({ node }: { node: FormNode }) {
  const { registry } = useFormContext();
  const reportProblem = useRenderProblemReporter();
  const { hidden } = useNodeState(node);
  // The node's messages are rendered here, not by a component of their own: one component less for
  // every node of a form.
  const validation = useNodeValidation(node);
  const inheritedLevel = useContext(TextHeadingLevel);
  const grid = useMemo(
    () => gridAttributes(node.component.grid, registry.get(node.type)?.category === 'form'),
    [node.component, node.type, registry],
  );
  if (hidden) return null;
  const definition = registry.get(node.type);
  const Rendered = definition?.render ?? UnknownComponent;
  // Fixed for a node (its containers' types and whether they have a title), so this never swaps.
  const level = headingLevelOf(node);
  return (
    <div
      className={`skjema-component${grid.className}`}
      style={grid.style}
      data-componentid={node.id}
      data-componenttype={node.type}
    >
      <ComponentErrorBoundary
        fallback={(error) => <ComponentCrashed node={node} error={error} />}
        onError={reportProblem && ((error) => reportProblem({ kind: 'crash', node, error }))}
      >
        {/* Headings written in the component's texts sit at its level of the page outline. Most
            components sit at the level around them already: they mount no provider of their own. */}
        {level === inheritedLevel ? (
          <Rendered node={node} />
        ) : (
          <TextHeadingLevel value={level}>
            <Rendered node={node} />
          </TextHeadingLevel>
        )}
      </ComponentErrorBoundary>
      {nodeMessages(node, validation, !definition?.showsOwnErrors)}
    </div>
  );
}

function ComponentCrashed({ node, error }: { node: FormNode; error: Error }) {
  const { engine } = useFormContext();
  const file = engine.layoutSet.layoutFiles[node.page] ?? node.page;
  const title = useText('layout_error.title');
  const description = useText('unknown_component.description', { params: [node.baseId, file] });
  return (
    <Alert data-color="danger" data-skjema-error={node.id}>
      <Heading level={2} data-size="xs">
        {title}
      </Heading>
      <Paragraph>{description}</Paragraph>
      <Paragraph data-size="sm">{error.message}</Paragraph>
    </Alert>
  );
}
