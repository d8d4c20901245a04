import { useEffect, useState, type ReactNode } from 'react';
import { loadBuiltinTexts, loadedBuiltinTexts } from '../../core/texts/builtin/builtinTextsLoader.ts';

/**
 * Renders `children` once skjema's own texts in `language` have loaded, so the form's first render
 * shows them and never their keys (the renderers of the first page are awaited the same way). A
 * later switch of language is loaded by the form's i18next before it switches. Should they fail to
 * load, the form shows anyway (with the keys) rather than not at all.
 */
export function BuiltinTextsLoaded({ language, children }: { language: string; children: ReactNode }) {
  const [loaded, setLoaded] = useState(() => loadedBuiltinTexts(language) !== undefined);
  useEffect(() => {
    if (loaded) return;
    let mounted = true;
    const show = () => {
      if (mounted) setLoaded(true);
    };
    loadBuiltinTexts(language).then(show, show);
    return () => {
      mounted = false;
    };
  }, [language, loaded]);
  return loaded ? children : null;
}
