import { Link, Spinner } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
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
  // The party the user acts for now (the AltinnPartyId cookie), as the service uses it.
  const [partyId, setPartyId] = useState<number | 'own'>();
  useEffect(() => {
    let current = true;
    client.getCurrentParty().then(
      (party) => current && setPartyId(party.partyId),
      () => current && setPartyId('own'),
    );
    return () => {
      current = false;
    };
  }, [client]);
  if (partyId === undefined) return <Spinner aria-label={text('inbox.loading')} />;
  return (
    <>
      <nav className="preview-nav" aria-label={text('inbox.back_to_service')}>
        <Link href="#/">{text('inbox.back_to_service')}</Link>
      </nav>
      <CaseList
        headingLevel={1}
        partyId={partyId === 'own' ? undefined : partyId}
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
