import { render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { formOf } from '../../../stories/support/formOf.ts';
import { groupedForm, processSteps } from '../../../stories/support/navigationForm.ts';

// Fresh module instances: the test setup loaded the app navigation into the shared ones.
async function freshSkjemaForm() {
  vi.resetModules();
  return (await import('../../../src/react/SkjemaForm.tsx')).SkjemaForm;
}

describe('the app navigation, loaded only by forms that show it (issue 14)', () => {
  it('is there in the first render of a form with page groups and process steps', async () => {
    const SkjemaForm = await freshSkjemaForm();
    render(
      createElement(SkjemaForm, { layoutSet: groupedForm(), taskNavigation: { steps: processSteps }, page: 'person' }),
    );
    await screen.findAllByRole('textbox');
    expect(screen.getByRole('navigation', { name: 'Sider i skjemaet' })).toBeInTheDocument();
  });

  it('is not shown for a plain page order, and the form shows without it', async () => {
    const SkjemaForm = await freshSkjemaForm();
    const layoutSet = formOf([{ id: 'name', type: 'Input', dataModelBindings: { simpleBinding: 'name' } }]);
    render(createElement(SkjemaForm, { layoutSet }));
    await screen.findByRole('textbox');
    expect(screen.queryByRole('navigation', { name: 'Sider i skjemaet' })).toBeNull();
  });
});
