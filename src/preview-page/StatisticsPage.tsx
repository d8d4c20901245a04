import {
  Heading,
  Link,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '@digdir/designsystemet-react';
import { createContext, use, useEffect, useId, useState, type ReactNode } from 'react';
import { previewPageTextsFor } from '../core/texts/builtin/previewPage/index.ts';
import type { PreviewStatistics } from '../preview/analytics/statistics.ts';
import type { PreviewPageConfig } from './config.ts';

interface Props {
  config: PreviewPageConfig;
  language: string;
  /** Where the figures come from: the page's own server, signed in by its cookie, unless given. */
  load?: (language: string) => Promise<PreviewStatistics>;
}

/** Where the statistics page is: the preview page's own address with this hash. */
export const STATISTICS_HASH = '#/statistics';

type Loaded =
  { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'loaded'; statistics: PreviewStatistics };

/**
 * The service owner's view of the preview: instances per task (from the store), the average time
 * on each page, the validation messages users meet most (in the page's language), saves and
 * conflicts — from the events the forms on this page sent.
 */
export function StatisticsPage({ config, language, load }: Props) {
  const texts = previewPageTextsFor(language);
  const text = (key: string, value?: string | number) =>
    (texts[`preview.statistics.${key}`] ?? key).replace('{0}', value === undefined ? '' : String(value));
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  useEffect(() => {
    (load ?? sameOriginStatistics(config))(language)
      .then((statistics) => setLoaded({ kind: 'loaded', statistics }))
      .catch((error: unknown) =>
        setLoaded({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
      );
  }, [config, load, language]);
  const duration = (ms: number | null) =>
    ms === null ? '–' : ms < 1000 ? text('milliseconds', ms) : text('seconds', (ms / 1000).toFixed(1));

  return (
    <main className="preview-statistics">
      <Heading level={1} data-size="lg">
        {text('heading')}
      </Heading>
      <Paragraph>{text('intro', `${config.org}/${config.app}`)}</Paragraph>
      <Paragraph>
        <Link href="/">{text('back')}</Link>
      </Paragraph>
      {loaded.kind === 'failed' && <Paragraph role="alert">{text('failed', loaded.message)}</Paragraph>}
      {loaded.kind === 'loaded' && (
        <>
          <Section title={text('instances')}>
            <Rows
              empty={text('none')}
              head={[text('task'), text('count')]}
              numeric={[1]}
              rows={loaded.statistics.instancesPerTask.map((task) => [
                task.taskId === null ? text('ended') : (task.name ?? task.taskId),
                task.count,
              ])}
            />
          </Section>
          <Section title={text('pages')}>
            <Rows
              empty={text('none')}
              head={[text('task'), text('page'), text('views'), text('average_time')]}
              numeric={[2, 3]}
              rows={loaded.statistics.pages.map((page) => [
                page.taskName ?? page.taskId ?? '–',
                page.pageName,
                page.views,
                duration(page.averageMs),
              ])}
            />
          </Section>
          <Section title={text('messages')}>
            <Rows
              empty={text('none')}
              head={[text('message'), text('field'), text('severity'), text('times')]}
              numeric={[3]}
              rows={loaded.statistics.validationMessages.map((message) => [
                message.text,
                message.field,
                text(`severity.${message.severity}`),
                message.times,
              ])}
            />
          </Section>
          <Section title={text('saves')}>
            <Rows
              empty={text('none')}
              numeric={[1]}
              rows={[
                [text('saved'), loaded.statistics.saves.saved],
                [text('conflicts'), loaded.statistics.saves.conflicts],
                [text('browser_saves'), loaded.statistics.saves.browser.count],
                [text('failed_saves'), loaded.statistics.saves.browser.failed],
                [text('save_latency'), duration(loaded.statistics.saves.browser.averageMs)],
                [text('submitted'), loaded.statistics.submitted],
                [text('abandoned'), loaded.statistics.abandoned],
              ]}
            />
          </Section>
        </>
      )}
    </main>
  );
}

function sameOriginStatistics(config: PreviewPageConfig) {
  return async (language: string) => {
    const response = await fetch(
      `/${config.org}/${config.app}/skjema/statistics?language=${encodeURIComponent(language)}`,
      {
        credentials: 'same-origin',
      },
    );
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    return (await response.json()) as PreviewStatistics;
  };
}

/** The id of the section's heading, so its table is named by it. */
const SectionHeading = createContext<string | undefined>(undefined);

function Section({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="preview-statistics-section" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {title}
      </Heading>
      <SectionHeading value={headingId}>{children}</SectionHeading>
    </section>
  );
}

function Rows({
  head,
  rows,
  empty,
  numeric,
}: {
  head?: string[];
  rows: (string | number)[][];
  empty: string;
  /** Columns of counts and durations, aligned at the end so their digits line up. */
  numeric: number[];
}) {
  const headingId = use(SectionHeading);
  if (rows.length === 0) return <Paragraph>{empty}</Paragraph>;
  const align = (index: number) => (numeric.includes(index) ? 'number' : undefined);
  return (
    <Table data-size="sm" border zebra aria-labelledby={headingId}>
      {head && (
        <TableHead>
          <TableRow>
            {head.map((cell, index) => (
              <TableHeaderCell key={cell} className={align(index)}>
                {cell}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHead>
      )}
      <TableBody>
        {rows.map((row, rowIndex) => (
          <TableRow key={rowIndex}>
            {row.map((cell, index) => (
              <TableCell key={index} className={align(index)}>
                {cell}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
