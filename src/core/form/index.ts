export { createFormEngine, FormEngine, type FormEngineOptions, type FormNode } from './formEngine.ts';
