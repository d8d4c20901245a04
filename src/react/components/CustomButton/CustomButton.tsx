import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useActionCheck } from '../../app/authorizedActions.ts';
import { useFormContext } from '../../context/FormContext.ts';
import { useTaskActions } from '../../context/ServerActionsContext.ts';
import { useOpenSubformEntry } from '../../context/SubformEditor.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { useText } from '../../i18n/useTexts.ts';
import { ActionControl } from '../shared/ActionControl.tsx';
import { Markdown } from '../shared/Markdown.tsx';
import { useActionRunner } from '../shared/useActionRunner.ts';
import { closesSubform, needsServer, runCustomActions, type CustomAction } from './customActions.ts';

interface CustomButtonConfig {
  actions?: CustomAction[];
  buttonStyle?: 'primary' | 'secondary' | 'tertiary';
  buttonColor?: 'first' | 'second' | 'success' | 'danger';
  buttonSize?: 'sm' | 'md' | 'lg' | 'small' | 'medium' | 'large';
}

// "first"/"second" are the theme's main and neutral colours in Designsystemet's naming.
const COLORS: Record<string, string> = { first: 'accent', second: 'neutral', success: 'success', danger: 'danger' };
const SIZES: Record<string, string> = { sm: 'sm', md: 'md', lg: 'lg', small: 'sm', medium: 'md', large: 'lg' };
const STYLES = new Set(['primary', 'secondary', 'tertiary']);

/**
 * A button running `actions`: page navigation in the browser, server actions through the
 * services (or `ServerActionsProvider`) followed by the client actions they answer with,
 * `closeSubform` in an opened subform entry. A close button is the entry's way out, so, as in the
 * reference, it is primary and says "Ferdig" unless the layout says otherwise. Other buttons without
 * a title say what their first page action does ("Neste", "Tilbake"), else "Utfør"; never their id.
 */
export function CustomButton({ node }: SkjemaComponentProps) {
  const { navigation, engine } = useFormContext();
  const { performServerAction } = useTaskActions();
  const subform = useOpenSubformEntry();
  const runner = useActionRunner();
  const title = useNodeText(node, 'title');
  const config = node.component as CustomButtonConfig;
  const actions = Array.isArray(config.actions) ? config.actions : [];
  const closing = closesSubform(actions);
  const untitled = useText(untitledKey(actions, closing));
  const available = !needsServer(actions) || performServerAction !== undefined;
  const fallbackStyle = closing ? 'primary' : 'secondary';
  const variant = config.buttonStyle && STYLES.has(config.buttonStyle) ? config.buttonStyle : fallbackStyle;
  const label = title ?? untitled ?? '';
  const data = () => engine.data.snapshot()[engine.layoutSet.dataType] ?? {};
  const isAuthorized = useActionCheck();
  // A server action the task's user actions do not authorise is not offered, as ActionButton.
  if (actions.some((action) => action.type === 'ServerAction' && !isAuthorized(action.id ?? ''))) return null;
  return (
    <ActionControl
      id={node.id}
      label={<Markdown text={label} inline links={false} />}
      runner={runner}
      variant={variant}
      color={config.buttonColor ? COLORS[config.buttonColor] : undefined}
      size={config.buttonSize ? SIZES[config.buttonSize] : undefined}
      onPress={
        available
          ? () =>
              runCustomActions(actions, {
                navigation,
                performServerAction,
                subform,
                data,
                source: { componentId: node.id },
              })
          : undefined
      }
    />
  );
}

/** The built-in text of a button without a title, by what it does. */
function untitledKey(actions: readonly CustomAction[], closing: boolean): string {
  if (closing) return 'general.done';
  const first = actions.find((action) => action.type === 'ClientAction');
  if (first?.id === 'nextPage') return 'navigation.next';
  if (first?.id === 'previousPage') return 'navigation.back';
  return 'custom_button.untitled';
}
