import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useId, type CSSProperties } from 'react';
import { useText } from '../../i18n/useTexts.ts';
import type { AddButtonSettings } from './config.ts';

interface AddButtonProps {
  text: string;
  settings: AddButtonSettings;
  maxCount: number;
  atMax: boolean;
  onAdd(): void;
}

const JUSTIFY = { left: 'flex-start', center: 'center', right: 'flex-end' } as const;

/** Adds a row; at `maxCount` it is disabled and says why. */
export function AddButton({ text, settings, maxCount, atMax, onAdd }: AddButtonProps) {
  const reasonId = useId();
  const reason = useText('group.max_rows_reached', { params: [maxCount] });
  const wrapper: CSSProperties = { justifyContent: JUSTIFY[settings.position ?? 'left'] };
  const style: CSSProperties = {};
  if (settings.fullWidth) style.width = '100%';
  if (settings.textAlign) style.justifyContent = JUSTIFY[settings.textAlign];
  return (
    <div className="skjema-add-row" style={wrapper}>
      <Button
        type="button"
        variant="secondary"
        data-size={settings.size}
        data-group-action="add"
        style={style}
        disabled={atMax}
        aria-describedby={atMax ? reasonId : undefined}
        onClick={onAdd}
      >
        {text}
      </Button>
      {atMax && (
        <Paragraph id={reasonId} data-size="sm">
          {reason}
        </Paragraph>
      )}
    </div>
  );
}
