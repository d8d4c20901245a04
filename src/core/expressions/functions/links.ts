import type { ExpressionContext } from '../context.ts';
import { defineFunction, optional, required } from '../define-function.ts';
import { ExpressionRuntimeError } from '../errors.ts';
import { escapeHtml } from '../escape-html.ts';
import { hostMethod } from '../host-method.ts';

/** `/instance/{partyId/guid}/{task}` for instances, nothing for stateless apps (pages then sit at the root). */
function basePath(context: ExpressionContext): string {
  const instanceId = context.instanceId?.() ?? null;
  if (instanceId === null) return '';
  const taskId = context.taskId?.() ?? null;
  return taskId === null ? `/instance/${instanceId}` : `/instance/${instanceId}/${taskId}`;
}

/** `backToPage` only makes sense when the link leaves the current page. */
function backToPage(context: ExpressionContext, targetPage: string, wanted: boolean | null | undefined): string | null {
  if (wanted !== true) return null;
  const current = context.currentPage?.() ?? null;
  return current === null || current === targetPage ? null : current;
}

function anchor(href: string, linkType: string, text: string | null): string {
  // Ids and page names go in as written (like the reference); only a quote could break the attribute.
  return `<a href="${href.replaceAll('"', '%22')}" data-link-type="${linkType}">${escapeHtml(text ?? '')}</a>`;
}

export const linkToComponent = defineFunction({
  args: [required('string'), required('string'), optional('boolean')],
  returns: 'string',
  impl: ({ context }, linkText, id, back) => {
    if (id === null) throw new ExpressionRuntimeError('Cannot lookup component null');
    const { page, indexedId } = hostMethod(context, 'componentLocation', 'linkToComponent')(id);
    const backTo = backToPage(context, page, back);
    const query = `?focusComponentId=${indexedId}${backTo === null ? '' : `&backToPage=${backTo}`}`;
    return anchor(`${basePath(context)}/${page}${query}`, 'LinkToPotentialNode', linkText);
  },
});

export const linkToPage = defineFunction({
  args: [required('string'), required('string'), optional('boolean')],
  returns: 'string',
  impl: ({ context }, linkText, page, back) => {
    if (page === null) throw new ExpressionRuntimeError('Cannot link to page null');
    const backTo = backToPage(context, page, back);
    const query = backTo === null ? '' : `?backToPage=${backTo}`;
    return anchor(`${basePath(context)}/${page}${query}`, 'LinkToPotentialPage', linkText);
  },
});
