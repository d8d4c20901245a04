import { useId, useState, type ReactNode } from 'react';
import type {
  NavigationGroupEntry,
  NavigationMark,
  NavigationPageEntry,
  PageNavigationModel,
  TaskStep,
} from '../../core/navigation/index.ts';
import './navigation.css';

export interface AppNavigationProps {
  /** The navigation's label (Settings' `navigationTitle`, default `navigation.form_pages`), resolved. */
  title: string;
  /** Resolves a text key (app texts first, then the built-in ones). */
  text(key: string, params?: readonly unknown[]): string;
  /** The process steps (`taskNavigation`); the current one holds the page groups. */
  steps?: readonly TaskStep[];
  /** Whether the user may open a step that is not the current one. */
  canOpenStep?(step: TaskStep): boolean;
  onOpenStep?(step: TaskStep): void;
  /** The current task's pages, grouped; undefined outside a form. */
  pages?: PageNavigationModel;
  onOpenPage?(page: string): void;
  /**
   * `sidebar`: always open beside the form. `collapsible`: a button saying where the user is, which
   * opens the navigation under it (small screens, `expandedWidth`).
   */
  variant: 'sidebar' | 'collapsible';
  /** The step the user is looking at when it is not the current one (a completed task shown read-only). */
  viewing?: string;
  /** Say "Side X av Y" here too; off where the form says it already (Settings' `showProgress`). */
  pageProgress?: boolean;
}

/**
 * The navigation the app asked for: the process steps of `taskNavigation`, the current one opened
 * into Settings' page groups, with what is completed, what has errors, and where the user is.
 */
export function AppNavigation(props: AppNavigationProps) {
  const { title, text, steps, pages, variant } = props;
  const titleId = useId();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const stepIndex = steps?.findIndex((step) => step.state === 'current') ?? -1;
  const currentStep = stepIndex >= 0 ? steps?.[stepIndex] : undefined;
  // The pages belong to the step shown: the current one, or a completed one the user opened.
  const pagesStep = props.viewing ?? currentStep?.key;
  const holdsPages = steps?.some((step) => step.key === pagesStep) ?? false;
  const progress = [
    currentStep && steps && steps.length > 1 && text('navigation.step_x_of_y', [stepIndex + 1, steps.length]),
    props.pageProgress !== false &&
      pages?.page &&
      text('navigation.page_x_of_y', [pages.page.number, pages.page.total]),
  ].filter((part): part is string => !!part);
  const currentPage = pages?.groups.flatMap((group) => group.pages).find((page) => page.current);
  // Pages are named by their text resource, whose id is the page name.
  const here = currentPage ? text(currentPage.page) : currentStep ? text(currentStep.name) : undefined;
  const collapsible = variant === 'collapsible';
  const close = () => setOpen(false);
  const groups = pages && (
    <PageGroups
      model={pages}
      text={text}
      onOpenPage={(page) => {
        close();
        props.onOpenPage?.(page);
      }}
    />
  );
  const taskList = steps && steps.length > 0 && (
    <ol className="skjema-appnav-list">
      {steps.map((step, index) => (
        <TaskEntry
          key={step.key}
          step={step}
          number={index + 1}
          text={text}
          viewing={props.viewing === step.key}
          openable={step.key !== pagesStep && (props.canOpenStep?.(step) ?? false)}
          onOpen={() => {
            close();
            props.onOpenStep?.(step);
          }}
        >
          {step.key === pagesStep && groups}
        </TaskEntry>
      ))}
    </ol>
  );
  return (
    <nav
      className="skjema-appnav"
      data-variant={variant}
      aria-labelledby={collapsible ? undefined : titleId}
      aria-label={collapsible ? title : undefined}
    >
      {collapsible ? (
        <button
          type="button"
          className="skjema-appnav-toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          <span>{[progress.join(', '), here].filter(Boolean).join(': ') || title}</span>
          <Chevron />
        </button>
      ) : (
        <div className="skjema-appnav-head">
          <p id={titleId} className="skjema-appnav-title">
            {title}
          </p>
          {progress.length > 0 && <p className="skjema-appnav-progress">{progress.join(', ')}</p>}
        </div>
      )}
      <div id={panelId} className="skjema-appnav-panel" hidden={collapsible && !open}>
        {taskList}
        {/* Pages of a task the steps do not list (or a form without steps) stand on their own. */}
        {(!taskList || !holdsPages) && groups}
      </div>
    </nav>
  );
}

function TaskEntry({
  step,
  number,
  text,
  openable,
  viewing,
  onOpen,
  children,
}: {
  step: TaskStep;
  number: number;
  text: AppNavigationProps['text'];
  openable: boolean;
  viewing: boolean;
  onOpen(): void;
  children?: ReactNode;
}) {
  const name = text(step.name);
  const state =
    step.state === 'completed'
      ? text('navigation.completed')
      : step.state === 'upcoming'
        ? text('navigation.not_started')
        : undefined;
  const content = (
    <>
      <Symbol
        kind={step.state === 'completed' ? 'completed' : 'number'}
        number={number}
        active={step.state === 'current' || viewing}
      />
      <span className="skjema-appnav-name">
        {name}
        {state && <StateText said={state} />}
      </span>
    </>
  );
  return (
    <li className="skjema-appnav-task" data-state={step.state}>
      {openable ? (
        <button
          type="button"
          className="skjema-appnav-item"
          aria-current={step.state === 'current' ? 'step' : undefined}
          onClick={onOpen}
        >
          {content}
        </button>
      ) : (
        // A completed step being looked at is where the user is; the process stays on its current step.
        <span
          className="skjema-appnav-item"
          aria-current={viewing ? 'location' : step.state === 'current' ? 'step' : undefined}
        >
          {content}
        </span>
      )}
      {children}
    </li>
  );
}

function PageGroups({
  model,
  text,
  onOpenPage,
}: {
  model: PageNavigationModel;
  text: AppNavigationProps['text'];
  onOpenPage(page: string): void;
}) {
  return (
    <ol className="skjema-appnav-list skjema-appnav-groups">
      {model.groups.map((group) =>
        group.name === undefined ? (
          group.pages.map((page) => (
            <li key={page.page} className="skjema-appnav-group">
              <PageButton page={page} group={group} text={text} onOpen={onOpenPage} />
            </li>
          ))
        ) : (
          <PageGroupEntry key={group.id} group={group} text={text} onOpenPage={onOpenPage} />
        ),
      )}
    </ol>
  );
}

function PageGroupEntry({
  group,
  text,
  onOpenPage,
}: {
  group: NavigationGroupEntry;
  text: AppNavigationProps['text'];
  onOpenPage(page: string): void;
}) {
  const listId = useId();
  // The current group opens by itself; what the user opened or closed stays so until they change it.
  const [toggled, setToggled] = useState<boolean | undefined>(undefined);
  const expanded = toggled ?? (group.expandedByDefault || group.current);
  return (
    <li className="skjema-appnav-group" data-current={group.current || undefined}>
      <button
        type="button"
        className="skjema-appnav-item"
        aria-expanded={expanded}
        aria-controls={listId}
        onClick={() => setToggled(!expanded)}
      >
        <Symbol
          kind={symbolKind(group.mark, group.type === 'info' ? 'info' : 'number')}
          number={group.number}
          active={group.current}
        />
        <span className="skjema-appnav-name">
          {text(group.name ?? '')}
          <MarkText mark={group.mark} info={group.type === 'info'} text={text} />
        </span>
        <Chevron />
      </button>
      <ol id={listId} className="skjema-appnav-list skjema-appnav-pages" hidden={!expanded}>
        {group.pages.map((page) => (
          <li key={page.page}>
            <PageButton page={page} text={text} onOpen={onOpenPage} small />
          </li>
        ))}
      </ol>
    </li>
  );
}

function PageButton({
  page,
  group,
  text,
  onOpen,
  small = false,
}: {
  page: NavigationPageEntry;
  /** A one-page group: the page is shown with the group's symbol. */
  group?: NavigationGroupEntry;
  text: AppNavigationProps['text'];
  onOpen(page: string): void;
  small?: boolean;
}) {
  const info = group?.type === 'info';
  return (
    <button
      type="button"
      className="skjema-appnav-item"
      data-size={small ? 'sm' : undefined}
      aria-current={page.current ? 'page' : undefined}
      onClick={() => {
        if (!page.current) onOpen(page.page);
      }}
    >
      <Symbol
        kind={symbolKind(page.mark, info ? 'info' : small ? 'dot' : 'number')}
        number={group?.number}
        active={page.current}
        small={small}
      />
      <span className="skjema-appnav-name">
        {text(page.page)}
        <MarkText mark={page.mark} info={info} text={text} />
      </span>
    </button>
  );
}

type SymbolKind = 'number' | 'dot' | 'info' | NavigationMark;

function symbolKind(mark: NavigationMark | undefined, otherwise: SymbolKind): SymbolKind {
  return mark ?? otherwise;
}

/** What the symbol says by colour and shape, for screen readers. */
function MarkText({
  mark,
  info,
  text,
}: {
  mark: NavigationMark | undefined;
  info: boolean;
  text: AppNavigationProps['text'];
}) {
  const said =
    mark === 'error'
      ? text('navigation.has_errors')
      : mark === 'completed'
        ? text('navigation.completed')
        : info
          ? text('navigation.information')
          : undefined;
  return said ? <StateText said={said} /> : null;
}

/** A state for screen readers only; the space stays outside, so every name computation keeps it. */
function StateText({ said }: { said: string }) {
  return (
    <>
      {' '}
      <span className="skjema-visually-hidden">{`(${said})`}</span>
    </>
  );
}

function Symbol({
  kind,
  number,
  active,
  small = false,
}: {
  kind: SymbolKind;
  number?: number;
  active: boolean;
  small?: boolean;
}) {
  return (
    <span
      className="skjema-appnav-symbol"
      data-kind={kind}
      data-active={active || undefined}
      data-size={small ? 'sm' : undefined}
      aria-hidden="true"
    >
      {kind === 'completed' ? (
        <svg viewBox="0 0 16 16" focusable="false">
          <path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      ) : kind === 'error' ? (
        '!'
      ) : kind === 'info' ? (
        'i'
      ) : kind === 'number' ? (
        number
      ) : null}
    </span>
  );
}

function Chevron() {
  return (
    <svg className="skjema-appnav-chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  );
}
