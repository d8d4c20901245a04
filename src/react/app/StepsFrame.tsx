import type { ReactNode } from 'react';
import type { TaskStep } from '../../core/navigation/index.ts';
import { useMediaQuery } from '../components/shared/useMediaQuery.ts';
import { AppNavigation } from '../navigation/AppNavigation.tsx';
import { SIDEBAR_MEDIA } from '../navigation/layout.ts';
import { useAppTexts } from './AppTexts.ts';

export interface StepsFrameProps {
  steps: readonly TaskStep[];
  canOpen?(step: TaskStep): boolean;
  onOpen?(step: TaskStep): void;
  children?: ReactNode;
}

/**
 * A task page without a form of its own (confirmation, feedback) inside the process steps of
 * `taskNavigation`, placed as a form places them: beside the page on wide screens, above it on small ones.
 */
export function StepsFrame({ steps, canOpen, onOpen, children }: StepsFrameProps) {
  const { text } = useAppTexts();
  const sidebar = useMediaQuery(SIDEBAR_MEDIA);
  if (steps.length === 0) return <>{children}</>;
  const navigation = (
    <AppNavigation
      variant={sidebar ? 'sidebar' : 'collapsible'}
      title={text('navigation.form_pages')}
      text={text}
      steps={steps}
      canOpenStep={canOpen}
      onOpenStep={onOpen}
    />
  );
  return (
    <div className={sidebar ? 'skjema-form-layout skjema-with-sidebar' : 'skjema-form-layout skjema-steps-frame'}>
      {navigation}
      <div>{children}</div>
    </div>
  );
}
