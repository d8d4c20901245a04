import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { RawComponent } from '../../../src/core/index.ts';
import { AppInstanceProvider, type AppInstance } from '../../../src/react/context/AppInstanceContext.ts';
import { FormServicesProvider, type FormServices } from '../../../src/react/context/FormServices.ts';
import { ServerActionsProvider, type ServerActions } from '../../../src/react/context/ServerActionsContext.ts';
import { SkjemaForm, type SkjemaFormProps } from '../../../src/react/SkjemaForm.tsx';
import { formOf, type StoryAppOptions } from '../../../stories/support/formOf.ts';

export interface ProvidedFormOptions extends StoryAppOptions, Omit<SkjemaFormProps, 'layoutSet'> {
  server?: ServerActions;
  /** Given: the form runs on these services, as inside the app's `FormServicesProvider`. */
  services?: FormServices;
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
    services,
    instance = {},
    applicationMetadata,
    ...props
  } = options;
  const layoutSet = formOf(components, { texts, options: codeLists, schema, pages });
  if (applicationMetadata) layoutSet.applicationMetadata = applicationMetadata;
  const user = userEvent.setup();
  const form = <SkjemaForm layoutSet={layoutSet} {...props} />;
  const result = render(
    <ServerActionsProvider actions={server}>
      <AppInstanceProvider {...instance}>
        {services ? <FormServicesProvider services={services}>{form}</FormServicesProvider> : form}
      </AppInstanceProvider>
    </ServerActionsProvider>,
  );
  return { ...result, user };
}
