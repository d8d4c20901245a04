/** Wide enough for the navigation beside a form of full width; narrower screens fold it into a button. */
export const SIDEBAR_MEDIA = '(min-width: 64rem)';
