import { createContext } from 'react';

/**
 * Tells `<AltinnApp>` that the user chose another language in a form's language selector, so the
 * pages around the form (confirmation, receipt, save status) follow it too.
 */
export const LanguageChoiceContext = createContext<((language: string) => void) | undefined>(undefined);
