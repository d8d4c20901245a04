import { fireEvent, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { FULL_AT_TOP } from '../../../src/react/render/light/lightFieldsPart.ts';
import { renderForm } from '../support/renderForm.tsx';

const fields: RawComponent[] = Array.from({ length: FULL_AT_TOP + 10 }, (_, index) => ({
  id: `field${index}`,
  type: 'Input',
  dataModelBindings: { simpleBinding: `field${index}` },
  textResourceBindings: { title: `Felt ${index}` },
}));

// Inside <skjema-form> the form lives in a shadow root, where `document.activeElement` is the host.
describe('a light field in a shadow root', () => {
  it('stays the same element when the window, not the user, takes the focus from it', async () => {
    const { container } = renderForm(fields, { inShadowRoot: true });
    const inputs = await within(container).findAllByRole('textbox');
    const light = inputs[inputs.length - 1];
    light.focus();
    expect((container.getRootNode() as ShadowRoot).activeElement).toBe(light);
    expect(light.closest('ds-field')).toBeNull();

    // Leaving the window blurs the field but leaves it the active element of its root: swapped
    // now, it would not have the focus when the user comes back.
    fireEvent.focusOut(light);
    expect(light.isConnected).toBe(true);
    expect((container.getRootNode() as ShadowRoot).activeElement).toBe(light);
  });
});
