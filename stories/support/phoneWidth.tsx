import type { Decorator } from '@storybook/react-vite';

/** Renders the story in a 375 px wide column, the width of a small phone. */
export const phoneWidth: Decorator = (Story) => (
  <div style={{ width: 375, maxWidth: '100%' }} data-testid="phone-frame">
    <Story />
  </div>
);
