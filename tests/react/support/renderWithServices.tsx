import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, vi } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { FormServicesProvider, type FormServices } from '../../../src/react/context/FormServices.ts';
import { SkjemaForm } from '../../../src/react/SkjemaForm.tsx';
import { formOf } from '../../../stories/support/formOf.ts';
import { shadowContainer, type RenderedForm, type RenderFormOptions, type SubmitHandler } from './renderForm.tsx';

/** `renderForm` with the form inside a `FormServicesProvider`, for components that talk to a server. */
export function renderWithServices(
  components: RawComponent[],
  services: FormServices,
  options: Omit<RenderFormOptions, 'hiddenPages' | 'pageSettings'> = {},
): RenderedForm {
  const { texts, options: codeLists, schema, pages, withSubmit, inShadowRoot, ...props } = options;
  const withButton: RawComponent[] = withSubmit ? [...components, { id: 'submit', type: 'Button' }] : components;
  const layoutSet = formOf(withButton, { texts, options: codeLists, schema, pages });
  const onSubmit = vi.fn<SubmitHandler>();
  const user = userEvent.setup();
  const result = render(
    <FormServicesProvider services={services}>
      <SkjemaForm layoutSet={layoutSet} onSubmit={onSubmit} {...props} />
    </FormServicesProvider>,
    inShadowRoot ? shadowContainer() : undefined,
  );
  const submitted = async () => {
    const before = onSubmit.mock.calls.length;
    await user.click(result.getByRole('button', { name: props.language === 'en' ? 'Submit' : 'Send inn' }));
    expect(onSubmit).toHaveBeenCalledTimes(before + 1);
    return onSubmit.mock.calls[before][0];
  };
  return { ...result, user, onSubmit, submitted };
}
