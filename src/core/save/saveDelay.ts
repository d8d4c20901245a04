/**
 * When a change wants to be saved: after that many milliseconds without further changes, or
 * (`'onLeave'`) only once the user leaves the field.
 */
export type SaveDelay = number | 'onLeave';

/** Quiet period after the last keystroke when a field's `saveWhileTyping` is `true` or absent. */
export const DEFAULT_TYPING_DELAY = 400;

/**
 * Reads a component's `saveWhileTyping` (schema `SaveWhileTyping`): `true` or absent waits the
 * default quiet period, a number waits that many milliseconds, `false` waits until the field is left.
 */
export function saveDelayOf(saveWhileTyping: unknown): SaveDelay {
  if (saveWhileTyping === false) return 'onLeave';
  if (typeof saveWhileTyping === 'number' && Number.isFinite(saveWhileTyping) && saveWhileTyping >= 0) {
    return saveWhileTyping;
  }
  return DEFAULT_TYPING_DELAY;
}
