import { useEffect, useState } from 'react';
import type { FormNode } from '../../../core/form/index.ts';
import { useFormContext } from '../../context/FormContext.ts';
import { usesColumns } from '../../responsiveGrid/gridAttributes.ts';
import { RenderChildren } from '../RenderChildren.tsx';
import { RenderNode } from '../RenderNode.tsx';
import { LightField } from './LightField.tsx';
import { FULL_AT_TOP } from './lightFieldsPart.ts';
import { mayRenderLight } from './lightField.ts';
import { LightFieldUpgrades } from './lightFieldUpgrades.ts';
import { whenIdle, whenIdleAfterFrame } from './whenIdle.ts';

/** Light fields upgraded in one idle callback. */
export const UPGRADE_BATCH = 50;

/**
 * The components of a page. On a long page the fields below the first `FULL_AT_TOP` components
 * that `mayRenderLight` allows render first as light fields: rendering a thousand full fields
 * took most of the time to show such a form. They upgrade to their full component in batches when
 * the browser is idle, and all at once (but the one with the focus) as soon as the form shows any
 * issue: messages and the error report's links are always the full field's.
 */
export function PageChildren({ nodes }: { nodes: readonly FormNode[] }) {
  const { session, validator } = useFormContext();
  // Decided once, when the page mounts: later, every field renders in full.
  const [light] = useState(() =>
    nodes.length <= FULL_AT_TOP || usesColumns(nodes.map((node) => node.component))
      ? undefined
      : new Set(
          nodes
            .slice(FULL_AT_TOP)
            .filter((node) => mayRenderLight(node, (field) => session.wasPrefilled(field)))
            .map((node) => node.id),
        ),
  );
  const [upgrades] = useState(() => new LightFieldUpgrades());
  useEffect(() => {
    if (!light || light.size === 0) return;
    let cancel = () => {};
    let stopped = false;
    const stop = () => {
      stopped = true;
      cancel();
      off();
    };
    const step = () => {
      upgrades.upgrade(UPGRADE_BATCH, true);
      if (upgrades.remaining > 0) cancel = whenIdle(step);
      else stop();
    };
    const off = validator.subscribe(() => {
      if (stopped || upgrades.remaining === 0 || validator.visibleIssues().length === 0) return;
      upgrades.upgrade(Infinity, false);
    });
    cancel = whenIdleAfterFrame(step);
    return stop;
  }, [light, upgrades, validator]);
  if (!light || light.size === 0) return <RenderChildren nodes={nodes} />;
  return (
    <>
      {nodes.map((node) =>
        light.has(node.id) ? (
          <LightField key={node.id} node={node} upgrades={upgrades} />
        ) : (
          <RenderNode key={node.id} node={node} />
        ),
      )}
    </>
  );
}
