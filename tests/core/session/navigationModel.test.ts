import { describe, expect, it } from 'vitest';
import type { LoadedLayoutSet, RawComponent } from '../../../src/core/app/types.ts';
import { createFormSession } from '../../../src/core/session/index.ts';

const input = (id: string, required = false): RawComponent => ({
  id,
  type: 'Input',
  dataModelBindings: { simpleBinding: `form.${id}` },
  ...(required && { required: true }),
});

/** Intro, then "about you" (name, a page hidden while `skip` is set, contact), then the summary. */
function grouped(pagesSettings: Record<string, unknown> = {}): LoadedLayoutSet {
  const layouts: LoadedLayoutSet['layouts'] = {
    intro: { data: { layout: [{ id: 'intro-text', type: 'Paragraph' }] } },
    name: { data: { layout: [input('name', true), input('skip')] } },
    extra: { data: { layout: [input('extra')], hidden: ['equals', ['dataModel', 'form.skip'], 'yes'] } },
    contact: { data: { layout: [input('email', true)] } },
    summary: { data: { layout: [{ id: 'summary-text', type: 'Paragraph' }] } },
  };
  return {
    id: 'grouped',
    dataType: 'model',
    pageOrder: Object.keys(layouts),
    layouts,
    layoutFiles: {},
    settings: {
      pages: {
        groups: [
          { order: ['intro'], type: 'info' },
          { name: 'about', order: ['name', 'extra', 'contact'], markWhenCompleted: true },
          { order: ['summary'] },
        ],
        ...pagesSettings,
      },
    },
    dataModelSchemas: {},
    texts: {},
    options: {},
  };
}

describe("the session's navigation model", () => {
  it('follows hidden pages, the current page and what the user has filled in', () => {
    const session = createFormSession({ layoutSet: grouped() });
    const { navigation } = session;
    const first = navigation.model();
    expect(first.page).toEqual({ number: 1, total: 5 });
    expect(first.groups[1].pages.map((page) => page.page)).toEqual(['name', 'extra', 'contact']);
    // Nothing changed: the same object, so a renderer can compare by identity.
    expect(navigation.model()).toBe(first);

    session.write({ node: 'skip', text: 'yes' });
    expect(navigation.model().groups[1].pages.map((page) => page.page)).toEqual(['name', 'contact']);
    expect(navigation.model().page).toEqual({ number: 1, total: 4 });

    navigation.goTo('name');
    session.write({ node: 'name', text: 'Kari' });
    expect(navigation.model().groups[1].pages.map((page) => page.mark)).toEqual(['completed', undefined]);
    navigation.goTo('contact');
    // Visited, but the required e-mail is missing: not completed, and not marked as an error until shown.
    expect(navigation.model().groups[1].pages[1].mark).toBeUndefined();
    session.write({ node: 'email', text: 'kari@example.no' });
    expect(navigation.model().groups[1].mark).toBe('completed');
    expect(navigation.model().page).toEqual({ number: 3, total: 4 });
  });

  it("marks a page whose errors were shown, and checks the page's rules when the user jumps forward", () => {
    const session = createFormSession({
      layoutSet: grouped({ validationOnNavigation: { page: 'current', show: ['Required'] } }),
      page: 'name',
    });
    const { navigation } = session;
    const blocked = navigation.navigate('summary');
    expect(blocked.moved).toBe(false);
    expect(blocked.blocking.map((issue) => issue.nodeId)).toEqual(['name']);
    expect(navigation.current()).toBe('name');
    expect(navigation.model().groups[1].pages[0].mark).toBe('error');
    expect(navigation.model().groups[1].mark).toBe('error');

    // Going back never checks the page being left (no backward rule given).
    expect(navigation.navigate('intro')).toEqual({ moved: true, blocking: [] });
    session.write({ node: 'name', text: 'Kari' });
    expect(navigation.navigate('contact').moved).toBe(true);
    // A navigation's own backward rule is used when it has one.
    const back = navigation.navigate('name', { backward: { page: 'current', show: ['Required'] } });
    expect(back.blocking.map((issue) => issue.nodeId)).toEqual(['email']);
    expect(navigation.navigate('nowhere').moved).toBe(false);
  });
});
