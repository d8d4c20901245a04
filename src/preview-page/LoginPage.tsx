import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { previewPageTextsFor } from '../core/texts/builtin/previewPage/index.ts';
import type { PreviewPageConfig } from './config.ts';

interface Props {
  config: PreviewPageConfig;
  language: string;
}

/**
 * Who to be: the preview's test users, as localtest's start page offers them. Each is a plain link
 * to the login route, which sets the session cookie and comes back here.
 */
export function LoginPage({ config, language }: Props) {
  const texts = previewPageTextsFor(language);
  const text = (key: string) => texts[key] ?? key;
  return (
    <main>
      <Heading level={1} data-size="lg">
        {text('preview.login.heading')}
      </Heading>
      <Paragraph>{text('preview.login.intro').replace('{0}', `${config.org}/${config.app}`)}</Paragraph>
      <ul className="preview-users">
        {config.testUsers.map((user) => (
          <li key={user.userId}>
            <Link
              href={`/Home/LogInTestUser?userId=${user.userId}&authenticationLevel=2&goto=${encodeURIComponent(window.location.pathname)}`}
            >
              {user.name}
            </Link>{' '}
            ({text('preview.login.user')} {user.userId}, {text('preview.login.party')} {user.partyId})
          </li>
        ))}
      </ul>
    </main>
  );
}
