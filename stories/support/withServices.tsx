import type { Decorator } from '@storybook/react-vite';
import { useState } from 'react';
import { FormServicesProvider } from '../../src/react/context/FormServices.ts';
import { createInMemoryFormServices, type InMemorySeed } from '../../src/core/services/inMemoryFormServices.ts';

/** Wraps a story's form in in-memory form services seeded with `seed`, fresh for every render of the story. */
export function withServices(seed: InMemorySeed): Decorator {
  return function ServicesDecorator(Story) {
    const [services] = useState(() => createInMemoryFormServices(seed));
    return (
      <FormServicesProvider services={services}>
        <Story />
      </FormServicesProvider>
    );
  };
}
