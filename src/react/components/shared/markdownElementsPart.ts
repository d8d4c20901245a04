import { onDemandPart } from '../../render/onDemandPart.tsx';

/**
 * How a text with mark-up becomes elements, loaded like the Markdown reader only when a text
 * needs it: `SkjemaForm` awaits it before the first render when the reader was loaded for the
 * app's texts (`preloadParts`), so those show formatted at once.
 */
export const markdownElementsPart = onDemandPart(() => import('./markdownElements.tsx'));
