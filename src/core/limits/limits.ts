/**
 * The most of each thing skjema reads from an app. Each is far above what real apps use (the
 * largest in the corpus of public Altinn apps is given beside it), so only a broken or hostile app
 * meets one; past it, the loader, `skjema check`, the dev server and the renderer report a located
 * `limit-*` diagnostic and leave the excess out instead of working without end or overflowing the
 * call stack. docs/limits.md gives the reason for each.
 */
export const LIMITS = {
  /** Levels of arrays and objects in one JSON file, expressions included (corpus: 11). */
  depth: 100,
  /** Components in one page file (corpus: 62). */
  componentsPerPage: 1_000,
  /** Options in one list, written in a component or a code-list file, or fetched (corpus: 12). */
  optionsPerList: 2_000,
  /** Characters of one text: a text resource, or a text given to the Markdown reader (corpus: 1,398). */
  textLength: 50_000,
  /** Containers inside containers (a group in a group in …) on one page (corpus: 4). */
  componentNesting: 50,
  /** Page files in one layout set (corpus: 32). */
  layoutFilesPerSet: 500,
} as const;

export type LimitName = keyof typeof LIMITS;
