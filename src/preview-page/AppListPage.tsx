import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { previewPageTextsFor } from '../core/texts/builtin/previewPage/index.ts';
import type { PreviewAppListConfig } from './appList.ts';

interface Props {
  config: PreviewAppListConfig;
  language: string;
}

/** The apps one preview server runs, each a link to its own page at `/{org}/{app}/`. */
export function AppListPage({ config, language }: Props) {
  const texts = previewPageTextsFor(language);
  const text = (key: string) => texts[key] ?? key;
  return (
    <main>
      <Heading level={1} data-size="lg">
        {text('preview.apps.heading')}
      </Heading>
      <Paragraph>{text('preview.apps.intro').replace('{0}', String(config.apps.length))}</Paragraph>
      <ul className="preview-apps">
        {config.apps.map(({ org, app, title }) => (
          <li key={`${org}/${app}`}>
            <Card asChild data-color="neutral">
              <a href={`/${org}/${app}/`}>
                <Heading level={2} data-size="sm">
                  {title[language] ?? title.nb ?? title.en ?? app}
                </Heading>
                <Paragraph data-size="sm">
                  {org}/{app}
                </Paragraph>
              </a>
            </Card>
          </li>
        ))}
      </ul>
    </main>
  );
}
