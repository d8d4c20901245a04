import { Field, Label, Select, SelectOption } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useText, useTextResolver } from '../../i18n/useTexts.ts';

/** Lets the user switch among the languages the app has texts for. */
export function LanguageSelector({ languages }: { languages: readonly string[] }) {
  const { i18n } = useTranslation();
  const texts = useTextResolver();
  const label = useText('language.selector.label');
  const id = useId();
  if (languages.length < 2) return null;
  return (
    <Field className="skjema-language-selector">
      <Label htmlFor={id}>{label}</Label>
      <Select
        id={id}
        value={i18n.language}
        onChange={(event) => void i18n.changeLanguage(event.target.value)}
        width="auto"
      >
        {languages.map((language) => (
          // The names are in the current language ("Engelsk"), so they must not claim the language they name.
          <SelectOption key={language} value={language}>
            {texts.has(`language.full_name.${language}`) ? texts.resolve(`language.full_name.${language}`) : language}
          </SelectOption>
        ))}
      </Select>
    </Field>
  );
}
