import { useEffect, useState, type ReactNode } from 'react';
import { builtinTextsLoaded, loadBuiltinTexts } from '../../core/texts/builtin/builtinTextsLoader.ts';

/**
 * Renders `children` once skjema's own texts in `language` have loaded, so the form's first render
 * shows them and never their keys (the renderers of the first page are awaited the same way). A
 * later switch of language is loaded by the form's i18next before it switches. Should they fail to
 * load, the form shows anyway (with the keys) rather than not at all.
 */
export function BuiltinTextsLoaded({
  language,
  types,
  children,
}: {
  language: string;
  /** The form's component types: the texts of those that only some forms have are awaited too. */
  types: readonly string[];
  children: ReactNode;
}) {
  const [loaded, setLoaded] = useState(() => builtinTextsLoaded(language, types));
  useEffect(() => {
    if (loaded) return;
    let mounted = true;
    const show = () => {
      if (mounted) setLoaded(true);
    };
    loadBuiltinTexts(language, types).then(show, show);
    return () => {
      mounted = false;
    };
  }, [language, types, loaded]);
  return loaded ? children : null;
}
