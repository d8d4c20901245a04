import '@testing-library/jest-dom/vitest';
import './preloadParts.ts';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

afterEach(() => cleanup());
