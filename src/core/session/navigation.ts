import { navigationSettingsOf } from '../app/navigationSettings.ts';
import type { FormEngine } from '../form/formEngine.ts';
import { pageNavigationModel, type PageNavigationModel } from '../navigation/pageNavigation.ts';
import type { FormValidator, PageValidationConfig } from '../validation/index.ts';
import { bindMethods } from './bindMethods.ts';
import type { NavigationResult, NavigationValidation, SessionNavigation } from './types.ts';

const NOT_MOVED: NavigationResult = { moved: false, blocking: [] };

/**
 * Which page the form is on. The requested page is kept even while it is hidden, and the form
 * shows the first visible page meanwhile; every change of the page shown is announced once (the
 * session saves on it), keystrokes that change nothing about the pages are not.
 */
export class PageNavigation implements SessionNavigation {
  private requested: string | undefined;
  private shownPages: readonly string[];
  private shown: string | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly unsubscribeEngine: () => void;
  /** Pages the user has been on, for the navigation's "completed" marks. */
  private readonly visited = new Set<string>();
  private cachedModel: { key: string; model: PageNavigationModel } | undefined;

  constructor(
    private readonly engine: FormEngine,
    private readonly validator: FormValidator,
    initialPage: string | undefined,
    private readonly onPageChanged: (page: string | undefined) => void,
  ) {
    // Hosts pass `next`, `goTo`… on as handlers; they must not depend on their receiver.
    bindMethods(this, PageNavigation.prototype);
    this.requested = initialPage;
    this.shownPages = engine.navigablePages();
    this.shown = this.pick();
    if (this.shown) {
      engine.setCurrentPage(this.shown);
      this.visited.add(this.shown);
    }
    this.unsubscribeEngine = engine.subscribe(() => this.sync());
  }

  pages(): readonly string[] {
    return this.shownPages;
  }

  current(): string | undefined {
    return this.shown;
  }

  goTo(page: string): boolean {
    // A hidden page stays requested: the form moves there if it becomes visible.
    this.requested = page;
    this.sync();
    return this.shown === page;
  }

  navigate(page: string, validation: NavigationValidation = {}): NavigationResult {
    const from = this.shown ? this.shownPages.indexOf(this.shown) : -1;
    const to = this.shownPages.indexOf(page);
    if (to < 0 || to === from) return NOT_MOVED;
    return to > from ? this.move('next', page, validation.forward) : this.move('previous', page, validation.backward);
  }

  model(): PageNavigationModel {
    const { validator } = this;
    const key = [this.shownPages.join('/'), this.shown, this.visited.size, validator.version].join('\n');
    if (this.cachedModel?.key !== key) {
      const errorPages = (issues: readonly { severity: string; page: string }[]) =>
        new Set(issues.filter((issue) => issue.severity === 'error').map((issue) => issue.page));
      this.cachedModel = {
        key,
        model: pageNavigationModel({
          groups: navigationSettingsOf(this.engine.layoutSet).groups,
          pages: this.shownPages,
          current: this.shown,
          visited: this.visited,
          pagesWithErrors: errorPages(validator.allIssues()),
          pagesWithShownErrors: errorPages(validator.visibleIssues()),
        }),
      };
    }
    return this.cachedModel.model;
  }

  next(validation?: PageValidationConfig): NavigationResult {
    const index = this.shown ? this.shownPages.indexOf(this.shown) : -1;
    return this.move('next', this.shownPages[index + 1], validation);
  }

  previous(validation?: PageValidationConfig): NavigationResult {
    const index = this.shown ? this.shownPages.indexOf(this.shown) : -1;
    return this.move('previous', index > 0 ? this.shownPages[index - 1] : undefined, validation);
  }

  validate(validation: PageValidationConfig): NavigationResult {
    // Pages' and Settings' `validationOnNavigation` govern going forward only; an action that does
    // not move forward is checked by its own config alone.
    return { moved: false, blocking: this.check('previous', validation) };
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    this.unsubscribeEngine();
    this.listeners.clear();
  }

  private move(
    direction: 'next' | 'previous',
    target: string | undefined,
    validation: PageValidationConfig | undefined,
  ): NavigationResult {
    if (!this.shown || !target) return NOT_MOVED;
    const blocking = this.check(direction, validation);
    if (blocking.length > 0) return { moved: false, blocking };
    this.goTo(target);
    return { moved: true, blocking };
  }

  private check(direction: 'next' | 'previous', validation: PageValidationConfig | undefined) {
    if (!this.shown) return [];
    return this.validator.validateOnNavigation({ from: this.shown, direction, buttonConfig: validation }).blocking;
  }

  private pick(): string | undefined {
    const { requested, shownPages } = this;
    return requested && shownPages.includes(requested) ? requested : shownPages[0];
  }

  /** Re-reads the visible pages after a change; announces only when they or the shown page differ. */
  private sync(): void {
    const pages = this.engine.navigablePages();
    const samePages = pages.length === this.shownPages.length && pages.every((page, i) => page === this.shownPages[i]);
    if (!samePages) this.shownPages = pages;
    const shown = this.pick();
    const pageChanged = shown !== this.shown;
    if (samePages && !pageChanged) return;
    this.shown = shown;
    if (pageChanged) {
      if (shown) {
        this.engine.setCurrentPage(shown);
        this.visited.add(shown);
      }
      this.onPageChanged(shown);
    }
    for (const listener of this.listeners) listener();
  }
}
