import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { RawComponent } from '../../../src/core/index.ts';
import { AppInstanceProvider, type AppInstance } from '../../../src/react/context/AppInstanceContext.ts';
import { ServerActionsProvider, type ServerActions } from '../../../src/react/context/ServerActionsContext.ts';
import { SkjemaForm, type SkjemaFormProps } from '../../../src/react/SkjemaForm.tsx';
import { formOf, type StoryAppOptions } from '../../../stories/support/formOf.ts';

export interface ProvidedFormOptions extends StoryAppOptions, Omit<SkjemaFormProps, 'layoutSet'> {
  server?: ServerActions;
  instance?: AppInstance;
  /** Extends the layout set's application metadata (data types for AttachmentList). */
  applicationMetadata?: Record<string, unknown>;
}

/** Like `renderForm`, inside the server-action and instance providers an app would wrap around the form. */
export function renderWithProviders(
  components: RawComponent[],
  options: ProvidedFormOptions = {},
): RenderResult & { user: UserEvent } {
  const {
    texts,
    options: codeLists,
    schema,
    pages,
    server = {},
    instance = {},
    applicationMetadata,
    ...props
  } = options;
  const layoutSet = formOf(components, { texts, options: codeLists, schema, pages });
  if (applicationMetadata) layoutSet.applicationMetadata = applicationMetadata;
  const user = userEvent.setup();
  const result = render(
    <ServerActionsProvider actions={server}>
      <AppInstanceProvider {...instance}>
        <SkjemaForm layoutSet={layoutSet} {...props} />
      </AppInstanceProvider>
    </ServerActionsProvider>,
  );
  return { ...result, user };
}
