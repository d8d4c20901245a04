import { useLayoutEffect, useRef, useState } from 'react';
import type { FormNode } from '../../../core/form/index.ts';
import { plainContent } from '../../../core/texts/plainMarkdown.ts';
import { fieldLabelContent } from '../../components/shared/FieldLabel.tsx';
import { useFieldTexts } from '../../components/shared/useFieldTexts.ts';
import { useBinding } from '../../hooks/useBinding.ts';
import { useNodeState } from '../../hooks/useNodeState.ts';
import { useNodeValidation } from '../../hooks/useNodeValidation.tsx';
import { nodeMessages } from '../NodeMessages.tsx';
import { RenderNode } from '../RenderNode.tsx';
import type { LightFieldUpgrades } from './lightFieldUpgrades.ts';

/**
 * A field far below the top of a page: shown first as a light field (see `mayRenderLight`), then
 * as its full component once `upgrades` asks, or when it loses the focus.
 */
export function LightField({ node, upgrades }: { node: FormNode; upgrades: LightFieldUpgrades }) {
  const [full, setFull] = useState(false);
  useLayoutEffect(
    () => (full ? undefined : upgrades.register(node.id, () => setFull(true))),
    [full, upgrades, node.id],
  );
  if (full) return <RenderNode node={node} />;
  return <LightInput node={node} upgrades={upgrades} upgrade={() => setFull(true)} />;
}

/**
 * The DOM the full Input renders for a field with a title alone, with Designsystemet's classes, in
 * a `div` for its `ds-field` element (whose work, linking the label, is done here by `htmlFor`).
 * It writes through the same gate as the full field. Anything it cannot show as the full field
 * would (a title with Markdown, read-only, messages) makes it upgrade, unless it has the focus:
 * then it shows its messages and upgrades when the focus leaves.
 */
function LightInput({
  node,
  upgrades,
  upgrade,
}: {
  node: FormNode;
  upgrades: LightFieldUpgrades;
  upgrade: () => void;
}) {
  const { hidden, required, readOnly } = useNodeState(node);
  const { title } = useFieldTexts(node);
  const { text, setText } = useBinding(node);
  const validation = useNodeValidation(node);
  const [focused, setFocused] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const plain = title === undefined ? undefined : plainContent(title);
  const fits = plain !== undefined && !readOnly && (focused || validation.issues.length === 0);
  useLayoutEffect(() => {
    if (!fits && !hidden) upgrade();
  });
  if (hidden || !fits) return null;
  const invalid = validation.issues.some((issue) => issue.severity === 'error');
  return (
    <div
      className="skjema-component"
      data-componentid={node.id}
      data-componenttype={node.type}
      onFocus={() => {
        upgrades.setFocused(node.id);
        setFocused(true);
      }}
      onBlur={() => {
        // The window losing the focus blurs the field too but leaves it the active element (of
        // its root: the document, or the shadow root of <skjema-form>), to get the focus back: it
        // must stay the same element.
        const root = input.current?.getRootNode() as Document | ShadowRoot | undefined;
        if (root?.activeElement === input.current) return;
        upgrades.setFocused(undefined);
        upgrade();
      }}
    >
      <div className="ds-field">
        <label className="ds-label" htmlFor={node.id}>
          {fieldLabelContent(title, required)}
        </label>
        <div className="ds-field-affixes">
          <input
            ref={input}
            className="ds-input"
            id={node.id}
            type="text"
            value={text}
            aria-invalid={invalid ? true : undefined}
            aria-describedby={invalid ? `${node.id}-messages` : undefined}
            onChange={(event) => setText(event.target.value)}
            required={required}
            autoComplete={(node.component as { autocomplete?: string }).autocomplete}
            maxLength={(node.component as { maxLength?: number }).maxLength}
          />
        </div>
      </div>
      {nodeMessages(node, validation, true)}
    </div>
  );
}
