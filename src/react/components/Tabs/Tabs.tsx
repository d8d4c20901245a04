import { Tabs as DsTabs, TabsList, TabsPanel, TabsTab } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { FormNode } from '../../../core/form/index.ts';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useNodeState } from '../../hooks/useNodeState.ts';
import { useText } from '../../i18n/useTexts.ts';
import { RenderChildren } from '../../render/RenderChildren.tsx';
import { Markdown } from '../shared/Markdown.tsx';

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

/** Children split over tabs; only the chosen tab's components are shown (`tabs`, `defaultTab`, `size`). */
export function Tabs({ node }: SkjemaComponentProps) {
  useNodeState(node);
  const config = node.component as TabsConfig;
  const tabs = (config.tabs ?? []).filter((tab) => tab && typeof tab.id === 'string');
  const initial = tabs.some((tab) => tab.id === config.defaultTab) ? config.defaultTab : tabs[0]?.id;
  const [current, setCurrent] = useState(initial);
  if (tabs.length === 0) return null;
  return (
    <DsTabs id={node.id} value={current} onChange={setCurrent} data-size={SIZES[config.size ?? 'medium']}>
      <TabsList>
        {tabs.map((tab) => (
          <TabsTab key={tab.id} value={tab.id}>
            {tab.icon && <img src={tab.icon} alt="" className="skjema-tab-icon" />}
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

function TabTitle({ text }: { text: string }) {
  const resolved = useText(text) ?? text;
  return <Markdown text={resolved} inline />;
}

function childrenOf(node: FormNode, tab: TabConfig): FormNode[] {
  const ids = Array.isArray(tab.children) ? tab.children : [];
  return ids.flatMap((id) => node.children.filter((child) => child.baseId === id));
}
