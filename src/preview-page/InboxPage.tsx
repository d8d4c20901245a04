import { Link } from '@digdir/designsystemet-react';
import type { AppClient } from '../client/index.ts';
import { AppTextsProvider, useAppTexts } from '../react/app/AppTexts.ts';
import { CaseList } from '../react/index.ts';

interface Props {
  client: AppClient;
  language: string;
}

/** The preview's inbox (`#/inbox`): the signed-in user's cases of this app, each opening in the service page. */
export function InboxPage({ client, language }: Props) {
  return (
    <AppTextsProvider language={language}>
      <main>
        <InboxContent client={client} />
      </main>
    </AppTextsProvider>
  );
}

function InboxContent({ client }: Pick<Props, 'client'>) {
  const { text } = useAppTexts();
  return (
    <>
      <nav className="preview-nav" aria-label={text('inbox.back_to_service')}>
        <Link href="#/">{text('inbox.back_to_service')}</Link>
      </nav>
      <CaseList
        headingLevel={1}
        load={(request) => client.listInstances(request)}
        href={(instance) => `#/instance/${instance.id}`}
      />
    </>
  );
}

/** The link from the service page to the inbox. */
export function InboxLink({ language }: { language: string }) {
  return (
    <AppTextsProvider language={language}>
      <InboxLinkText />
    </AppTextsProvider>
  );
}

function InboxLinkText() {
  const { text } = useAppTexts();
  return (
    <nav className="preview-nav" aria-label={text('inbox.title')}>
      <Link href="#/inbox">{text('inbox.title')}</Link>
    </nav>
  );
}
