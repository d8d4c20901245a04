import { Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import type { ConnectedApp } from '../../connected/index.ts';
import type { Party } from '../../wire/index.ts';
import { ServerActionsProvider, type ServerActions } from '../context/ServerActionsContext.ts';
import type { ComponentRegistry } from '../registry/ComponentRegistry.ts';
import type { ComponentDefinition } from '../registry/types.ts';
import { SkjemaForm } from '../SkjemaForm.tsx';
import { useAppTexts } from './AppTexts.ts';
import { ErrorPage } from './ErrorPage.tsx';
import { problemOf } from './problemOf.ts';
import { useLayoutSets } from './useLayoutSets.ts';

export interface StatelessViewProps {
  app: ConnectedApp;
  layoutSetId: string;
  party: Party | undefined;
  language: string;
  /** InstantiationButton: start an instance prefilled from the stateless form. */
  onInstantiate(prefill: Record<string, string>): void;
  registry?: ComponentRegistry;
  components?: readonly ComponentDefinition[];
}

/**
 * A stateless app (`onEntry.show` names a layout set): the form runs without an instance, on a
 * model the backend prefilled; an InstantiationButton starts a real instance from it.
 */
export function StatelessView({ app, layoutSetId, party, language, onInstantiate, ...form }: StatelessViewProps) {
  const { text } = useAppTexts();
  const sets = useLayoutSets(app, [layoutSetId]);
  const layoutSet = sets.status === 'ready' ? sets.layoutSets[0] : undefined;
  const [model, setModel] = useState<{ data: Record<string, unknown> } | { error: unknown }>();
  useEffect(() => {
    if (!layoutSet) return;
    let active = true;
    app.getStatelessData(layoutSet.dataType, { party: party?.partyId }).then(
      (data) => active && setModel({ data }),
      (error: unknown) => active && setModel({ error }),
    );
    return () => {
      active = false;
    };
  }, [app, layoutSet, party]);
  const [actions] = useState<ServerActions>(() => ({
    onInstantiate: (prefill) => onInstantiate(stringValues(prefill)),
  }));

  if (sets.status === 'failed') return <ErrorPage problem={problemOf(sets.error)} />;
  if (model && 'error' in model) return <ErrorPage problem={problemOf(model.error)} />;
  if (!layoutSet || !model) return <Paragraph role="status">{text('general.loading')}</Paragraph>;
  return (
    <ServerActionsProvider actions={actions}>
      <SkjemaForm
        layoutSet={layoutSet}
        initialData={model.data}
        language={language}
        environment={{ stateless: true }}
        {...form}
      />
    </ServerActionsProvider>
  );
}

// `instances/create` takes prefill values as strings, keyed by data model path.
function stringValues(prefill: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(prefill)
      .filter(([, value]) => value !== undefined && value !== null)
      .map(([path, value]) => [path, typeof value === 'string' ? value : JSON.stringify(value)]),
  );
}
