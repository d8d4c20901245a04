import { beforeAll } from 'vitest';

/**
 * jsdom has `<dialog>` but not its modal methods; this gives just enough of them for the open and
 * closed state. Call it where a `beforeAll` would go.
 */
export function withModalDialogs(): void {
  beforeAll(() => {
    const proto = HTMLDialogElement.prototype;
    proto.showModal ??= function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
    proto.close ??= function (this: HTMLDialogElement) {
      this.removeAttribute('open');
      this.dispatchEvent(new Event('close'));
    };
  });
}
