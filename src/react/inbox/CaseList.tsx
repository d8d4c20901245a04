import {
  Alert,
  Button,
  Card,
  Heading,
  Link,
  Paragraph,
  Spinner,
  Tag,
  Textfield,
  ToggleGroup,
  ToggleGroupItem,
} from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { TextResource } from '../../core/app/types.ts';
import type { InboxInstance, InboxPage, InboxView } from '../../wire/inbox.ts';
import { AppTextsProvider, useAppTexts } from '../app/AppTexts.ts';
import { formatDateTime } from '../app/formatDate.ts';
import { progressText, statusColor, statusText, stepText, waitingText } from './caseStatusText.ts';
import './caseList.css';

/** What `CaseList` asks its loader for; `client.listInstances` takes exactly this. */
export interface CaseListRequest {
  partyId?: string | number;
  query?: string;
  view?: InboxView;
  page?: number;
  pageSize?: number;
  language?: string;
  signal?: AbortSignal;
}

export interface CaseListProps {
  /** Loads a page of cases: `(request) => client.listInstances(request)` from `skjema/client`. */
  load(request: CaseListRequest): Promise<InboxPage>;
  /** The party whose cases to show; default the signed-in user's own. */
  partyId?: string | number;
  /** Default 10. */
  pageSize?: number;
  /** The address of a case: its title becomes a link. */
  href?(instance: InboxInstance): string;
  /** Called when a case is opened (after a click on its link, or on its title when there is no `href`). */
  onOpen?(instance: InboxInstance): void;
  /** The language of the list; default the surrounding `AltinnApp`'s, else Bokmål. */
  language?: string;
  /** The app's text resources per language, which override the built-in texts by key. */
  appTexts?: Readonly<Record<string, readonly TextResource[]>>;
  /** Level of the list's heading; default 2. */
  headingLevel?: 1 | 2 | 3;
  /** Quiet time after the last key before searching, in ms; default 300. */
  searchDelay?: number;
}

const VIEWS: readonly InboxView[] = ['all', 'active', 'archived', 'deleted'];

interface LoadOutcome {
  /** The request it answered. */
  key: string;
  /** The cases to show: this load's, or after a failure the last ones shown. */
  page?: InboxPage;
  failed: boolean;
}

/**
 * "Your cases": a party's instances with where each stands (step, who it waits for, what remains,
 * last change), a free-text search over titles and form data, views and paging. The data comes
 * from `load`, so a portal can show its users' cases from the app's inbox route.
 */
export function CaseList(props: CaseListProps) {
  if (props.language === undefined) return <CaseListView {...props} />;
  return (
    <AppTextsProvider language={props.language} appTexts={props.appTexts}>
      <CaseListView {...props} />
    </AppTextsProvider>
  );
}

function CaseListView({
  load,
  partyId,
  pageSize = 10,
  href,
  onOpen,
  headingLevel = 2,
  searchDelay = 300,
}: CaseListProps) {
  const { text, language } = useAppTexts();
  const headingId = useId();
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  const [view, setView] = useState<InboxView>('all');
  const [pageNumber, setPageNumber] = useState(1);
  const [attempt, setAttempt] = useState(0);
  // The last finished load, by the request it answered; the list is busy while it answers an older one.
  const [outcome, setOutcome] = useState<LoadOutcome>();
  // The latest loader, so a host that passes a new function on every render does not reload the list.
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });

  // Only a changed search starts again at page 1; a page the user picked meanwhile stays.
  useEffect(() => {
    const search = typed.trim();
    if (search === query) return;
    const timer = setTimeout(() => {
      setQuery(search);
      setPageNumber(1);
    }, searchDelay);
    return () => clearTimeout(timer);
  }, [typed, query, searchDelay]);

  const requestKey = JSON.stringify([partyId, query, view, pageNumber, pageSize, language, attempt]);
  useEffect(() => {
    const controller = new AbortController();
    const request = { partyId, query: query === '' ? undefined : query, view, page: pageNumber, pageSize, language };
    loadRef.current({ ...request, signal: controller.signal }).then(
      (page) => {
        if (!controller.signal.aborted) setOutcome({ key: requestKey, page, failed: false });
      },
      () => {
        // The cases shown before stay, under the error, so nothing the user saw disappears.
        if (!controller.signal.aborted)
          setOutcome((previous) => ({ key: requestKey, page: previous?.page, failed: true }));
      },
    );
    return () => controller.abort();
  }, [requestKey, partyId, query, view, pageNumber, pageSize, language]);

  const page = outcome?.page;
  const busy = outcome?.key !== requestKey;
  const failed = !busy && outcome?.failed === true;

  return (
    <section className="skjema-case-list" aria-labelledby={headingId} aria-busy={busy}>
      <Heading level={headingLevel} data-size="md" id={headingId}>
        {text('inbox.title')}
      </Heading>
      <div className="skjema-case-list-filters">
        <Textfield
          className="skjema-case-list-search"
          type="search"
          label={text('inbox.search_label')}
          description={text('inbox.search_description')}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          autoComplete="off"
        />
        <ToggleGroup
          data-size="sm"
          aria-label={text('inbox.view_label')}
          value={view}
          onChange={(value) => {
            setView(value as InboxView);
            setPageNumber(1);
          }}
        >
          {VIEWS.map((candidate) => (
            <ToggleGroupItem key={candidate} value={candidate}>
              {text(`inbox.view.${candidate}`)}
            </ToggleGroupItem>
          ))}
        </ToggleGroup>
      </div>
      <div className="skjema-case-list-status" aria-live="polite">
        {busy ? (
          <Spinner aria-label={text('inbox.loading')} data-size="sm" />
        ) : page ? (
          <Paragraph data-size="sm">
            {page.total === 1 ? text('inbox.count_one') : text('inbox.count', [page.total])}
          </Paragraph>
        ) : null}
      </div>
      {failed ? (
        <Alert data-color="danger">
          <Paragraph>{text('inbox.error')}</Paragraph>
          <Button variant="secondary" data-size="sm" onClick={() => setAttempt((count) => count + 1)}>
            {text('inbox.retry')}
          </Button>
        </Alert>
      ) : null}
      {page && page.instances.length === 0 && !failed && !busy ? (
        <Paragraph>{page.query ? text('inbox.no_match', [page.query]) : text('inbox.empty')}</Paragraph>
      ) : null}
      {page && page.instances.length > 0 ? (
        <ul className="skjema-case-list-items" aria-labelledby={headingId}>
          {page.instances.map((instance) => (
            <li key={instance.id}>
              <CaseCard instance={instance} href={href} onOpen={onOpen} headingLevel={headingLevel} />
            </li>
          ))}
        </ul>
      ) : null}
      {page && page.hidden > 0 ? (
        <Paragraph data-size="sm" className="skjema-case-list-hidden">
          {text('inbox.hidden', [page.hidden])}
        </Paragraph>
      ) : null}
      {page && page.pageCount > 1 ? (
        <nav className="skjema-case-list-pages" aria-label={text('inbox.pagination_label')}>
          <Button
            variant="secondary"
            data-size="sm"
            disabled={busy || page.page <= 1}
            onClick={() => setPageNumber(page.page - 1)}
          >
            {text('inbox.previous')}
          </Button>
          <Paragraph data-size="sm">{text('navigation.page_x_of_y', [page.page, page.pageCount])}</Paragraph>
          <Button
            variant="secondary"
            data-size="sm"
            disabled={busy || page.page >= page.pageCount}
            onClick={() => setPageNumber(page.page + 1)}
          >
            {text('inbox.next')}
          </Button>
        </nav>
      ) : null}
    </section>
  );
}

function CaseCard({
  instance,
  href,
  onOpen,
  headingLevel,
}: {
  instance: InboxInstance;
  href?: (instance: InboxInstance) => string;
  onOpen?: (instance: InboxInstance) => void;
  headingLevel: 1 | 2 | 3;
}) {
  const { text, language } = useAppTexts();
  const title: ReactNode = href ? (
    <Link href={href(instance)} onClick={() => onOpen?.(instance)}>
      {instance.title}
    </Link>
  ) : onOpen ? (
    <Button variant="tertiary" className="skjema-case-open" onClick={() => onOpen(instance)}>
      {instance.title}
    </Button>
  ) : (
    instance.title
  );
  const details = [stepText(instance, text), waitingText(instance, text, language), progressText(instance, text)];
  return (
    <Card className="skjema-case" data-color="neutral">
      <div className="skjema-case-top">
        <Heading level={(headingLevel + 1) as 2 | 3 | 4} data-size="xs">
          {title}
        </Heading>
        <Tag data-color={statusColor(instance)} data-size="sm">
          {statusText(instance, text)}
        </Tag>
      </div>
      <ul className="skjema-case-details">
        {details
          .filter((detail): detail is string => detail !== undefined)
          .map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
      </ul>
      {instance.match ? (
        <Paragraph data-size="sm" className="skjema-case-match">
          <span className="skjema-case-match-label">{text('inbox.match')}: </span>
          {instance.match.map((part, index) => (part.hit ? <mark key={index}>{part.text}</mark> : part.text))}
        </Paragraph>
      ) : null}
      <Paragraph data-size="xs" className="skjema-case-dates">
        {instance.lastChanged ? text('inbox.last_changed', [formatDateTime(instance.lastChanged, language)]) : null}
        {instance.dueBefore ? ` · ${text('inbox.due', [formatDateTime(instance.dueBefore, language)])}` : null}
      </Paragraph>
    </Card>
  );
}
