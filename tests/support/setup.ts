import '@testing-library/jest-dom/vitest';
import './preloadMarkdown.ts';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

afterEach(() => cleanup());
