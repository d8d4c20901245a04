import type { FormNode } from '../../core/form/index.ts';
import { RenderNode } from './RenderNode.tsx';

/** Renders nodes through the registry; containers use it for their children. */
export function RenderChildren({ nodes }: { nodes: readonly FormNode[] }) {
  return (
    <>
      {nodes.map((node) => (
        <RenderNode key={node.id} node={node} />
      ))}
    </>
  );
}
