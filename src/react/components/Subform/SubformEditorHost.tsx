import { Activity, useEffect, useMemo, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { FormEngine } from '../../../core/form/index.ts';
import {
  OpenSubformEntryContext,
  SubformEditorHostContext,
  type OpenSubformEntry,
  type SubformEditorHost as Host,
  type SubformEditRequest,
} from '../../context/SubformEditor.ts';
import { ParentEntryProvider } from '../../context/SubformScope.ts';
import { searchRoot } from '../../render/searchRoot.ts';
import type { SkjemaFormProps } from '../../SkjemaForm.tsx';

/** What the entry's own form shares with the main form: how components render, and the environment. */
type SharedFormProps = Pick<
  SkjemaFormProps,
  'components' | 'registry' | 'showLanguageSelector' | 'environment' | 'taskLayoutSets' | 'subformLayoutSets'
>;

/**
 * Shows an opened subform entry in place of the main form, as the reference does under its
 * `{componentId}/{dataElementId}/{subformPageKey}` routes: an inner form over the subform's layout
 * set with the entry's data and its own pages. The main form stays mounted but hidden, so its page,
 * its data and what it shows come back unchanged when the entry is closed; focus then returns to
 * the entry's edit button.
 */
export function SubformEditorHost({
  form: Form,
  formProps,
  engine,
  children,
}: {
  /** `SkjemaForm`, passed in rather than imported: SkjemaForm renders this host. */
  form: ComponentType<SkjemaFormProps>;
  formProps: SharedFormProps;
  /** The main form's engine, for the host's own texts. */
  engine: FormEngine;
  children: ReactNode;
}) {
  const { i18n } = useTranslation();
  const [request, setRequest] = useState<SubformEditRequest | undefined>(undefined);
  const [saveFailed, setSaveFailed] = useState(false);
  // Set when an entry closes: the main form's edit button is focused once it is shown again.
  const [returnFocusTo, setReturnFocusTo] = useState<string | undefined>(undefined);
  const editorRef = useRef<HTMLDivElement>(null);
  const returnRoot = useRef<Document | ShadowRoot | undefined>(undefined);
  const host: Host = useMemo(
    () => ({
      open: (next) => {
        setSaveFailed(false);
        setReturnFocusTo(undefined);
        setRequest(next);
      },
    }),
    [],
  );
  const openEntry: OpenSubformEntry | null = useMemo(
    () =>
      request
        ? {
            close: async (data) => {
              try {
                await request.save(data);
              } catch {
                setSaveFailed(true);
                return false;
              }
              setReturnFocusTo(request.returnFocusTo);
              setRequest(undefined);
              return true;
            },
          }
        : null,
    [request],
  );
  useEffect(() => {
    // Keyboard and screen-reader users start at the top of the entry, as after a page change.
    if (!request) return;
    // The entry's list is hidden, not gone, while the editor is open: focus returns to the same root.
    returnRoot.current = searchRoot(editorRef.current);
    editorRef.current?.querySelector<HTMLElement>('.skjema-form-title')?.focus();
  }, [request]);
  useEffect(() => {
    if (!request && returnFocusTo) (returnRoot.current ?? document).getElementById(returnFocusTo)?.focus();
  }, [request, returnFocusTo]);
  const saveFailedText = engine.texts(i18n.language).resolve('subform.save_failed');
  return (
    <SubformEditorHostContext.Provider value={host}>
      <Activity mode={request ? 'hidden' : 'visible'}>{children}</Activity>
      {request && openEntry && (
        <div ref={editorRef} className="skjema-subform-editor">
          <OpenSubformEntryContext.Provider value={openEntry}>
            {/* A Subform on the entry's pages lists and adds the entry's own entries. */}
            <ParentEntryProvider entryId={request.entry.id}>
              <Form
                key={request.entry.id}
                components={formProps.components}
                registry={formProps.registry}
                showLanguageSelector={formProps.showLanguageSelector}
                environment={formProps.environment}
                taskLayoutSets={formProps.taskLayoutSets}
                // A Subform on the entry's pages opens its own entries from the same app's sets.
                subformLayoutSets={formProps.subformLayoutSets}
                layoutSet={request.layoutSet}
                initialData={request.entry.data}
                language={i18n.language}
                onLanguageChange={(language) => void i18n.changeLanguage(language)}
              />
            </ParentEntryProvider>
          </OpenSubformEntryContext.Provider>
          <div role="alert">
            {saveFailed && (
              <Alert data-color="danger">
                <Paragraph>{saveFailedText}</Paragraph>
              </Alert>
            )}
          </div>
        </div>
      )}
    </SubformEditorHostContext.Provider>
  );
}
