import type { Decorator } from '@storybook/react-vite';
import { useState } from 'react';
import { FormServicesProvider, type FormServices } from '../../src/react/context/FormServices.ts';
import { createInMemoryFormServices, type InMemorySeed } from '../../src/core/services/inMemoryFormServices.ts';

/** In-memory services seeded with `seed` whose `failing` methods reject, as an unreachable server would. */
export function failingServices(seed: InMemorySeed, failing: readonly (keyof FormServices)[]): FormServices {
  const services = createInMemoryFormServices(seed);
  const broken = Object.fromEntries(
    failing.map((method) => [method, () => Promise.reject(new Error(`${method} failed (story)`))]),
  );
  return { ...services, ...broken };
}

/** A story decorator giving the form `failingServices(seed, failing)`. */
export function withFailingServices(seed: InMemorySeed, failing: readonly (keyof FormServices)[]): Decorator {
  return function FailingServicesDecorator(Story) {
    const [services] = useState(() => failingServices(seed, failing));
    return (
      <FormServicesProvider services={services}>
        <Story />
      </FormServicesProvider>
    );
  };
}
