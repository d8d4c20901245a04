import type { Issue } from '../../../core/validation/index.ts';
import { messageOf } from '../../../core/validation/messages.ts';
import { useFormContext } from '../../context/FormContext.ts';
import { useFormLanguage } from '../../i18n/FormLanguage.ts';
import { Markdown } from './Markdown.tsx';

/**
 * A validation message in the form's language. Its params (the value typed, a backend's text
 * parameters) show as text inside the message's own Markdown, never as markup of their own.
 */
export function IssueMessage({ issue, links = true }: { issue: Issue; links?: boolean }) {
  const { engine } = useFormContext();
  const language = useFormLanguage();
  return <Markdown text={messageOf(engine, issue, language, true)} inline links={links} />;
}
