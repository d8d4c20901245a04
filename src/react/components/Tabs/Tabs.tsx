import { Tabs as DsTabs, TabsList, TabsPanel, TabsTab } from '@digdir/designsystemet-react';
import { useCallback, useState, useSyncExternalStore } from 'react';
import type { FormNode } from '../../../core/form/index.ts';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useFormContext } from '../../context/FormContext.ts';
import { useNodeState } from '../../hooks/useNodeState.ts';
import { useText } from '../../i18n/useTexts.ts';
import { RenderChildren } from '../../render/RenderChildren.tsx';
import { Markdown } from '../shared/Markdown.tsx';
import { isSafeMediaUrl } from '../shared/safeUrl.ts';

interface TabConfig {
  id: string;
  title: string;
  icon?: string;
  children: string[];
}

interface TabsConfig {
  tabs?: TabConfig[];
  defaultTab?: string;
  size?: 'small' | 'medium' | 'large';
}

const SIZES = { small: 'sm', medium: 'md', large: 'lg' } as const;

/**
 * Children split over tabs; only the chosen tab's components are shown (`tabs`, `defaultTab`,
 * `size`). A tab whose children are all hidden is left out, as in the reference; when the open tab
 * goes that way, the first one still shown opens instead.
 */
export function Tabs({ node }: SkjemaComponentProps) {
  useNodeState(node);
  const config = node.component as TabsConfig;
  const tabs = useShownTabs(
    node,
    (config.tabs ?? []).filter((tab) => tab && typeof tab.id === 'string'),
  );
  const initial = tabs.some((tab) => tab.id === config.defaultTab) ? config.defaultTab : tabs[0]?.id;
  const [chosen, setChosen] = useState(initial);
  const current = tabs.some((tab) => tab.id === chosen) ? chosen : tabs[0]?.id;
  if (tabs.length === 0) return null;
  return (
    <DsTabs id={node.id} value={current} onChange={setChosen} data-size={SIZES[config.size ?? 'medium']}>
      <TabsList>
        {tabs.map((tab) => (
          <TabsTab key={tab.id} value={tab.id}>
            {tab.icon && isSafeMediaUrl(tab.icon) && <img src={tab.icon} alt="" className="skjema-tab-icon" />}
            <TabTitle text={tab.title} />
          </TabsTab>
        ))}
      </TabsList>
      {tabs.map((tab) => (
        <TabsPanel key={tab.id} value={tab.id}>
          {tab.id === current && (
            <div className="skjema-tab-panel">
              <RenderChildren nodes={childrenOf(node, tab)} />
            </div>
          )}
        </TabsPanel>
      ))}
    </DsTabs>
  );
}

/**
 * A child's hidden state changes without the tree reporting the Tabs node, so this listens to the
 * whole tree and re-renders only when the list of shown tab ids changes.
 */
function useShownTabs(node: FormNode, tabs: readonly TabConfig[]): TabConfig[] {
  const { engine } = useFormContext();
  const subscribe = useCallback((onChange: () => void) => engine.subscribe(onChange), [engine]);
  const read = () =>
    tabs
      .filter((tab) => {
        const children = childrenOf(node, tab);
        return children.length === 0 || children.some((child) => !child.isHidden());
      })
      .map((tab) => tab.id)
      .join('\u0000');
  const shown = new Set(useSyncExternalStore(subscribe, read, read).split('\u0000'));
  return tabs.filter((tab) => shown.has(tab.id));
}

const MARKED = { markValues: true };

function TabTitle({ text }: { text: string }) {
  const resolved = useText(text, MARKED) ?? text;
  return <Markdown text={resolved} inline links={false} />;
}

function childrenOf(node: FormNode, tab: TabConfig): FormNode[] {
  const ids = Array.isArray(tab.children) ? tab.children : [];
  return ids.flatMap((id) => node.children.filter((child) => child.baseId === id));
}
