// Shared by the process parser and the policy loader of the preview server.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** One XML element with namespace prefixes removed, so `bpmn:task`, `bpmn2:task` and `task` all read as `task`. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** The element's own text, trimmed (CDATA included). */
  readonly text: string;
}

export interface XmlSyntaxError {
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

const TEXT = '#text';
const ATTRIBUTES = ':@';

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  cdataPropName: '#cdata',
  processEntities: true,
});

type OrderedNode = Record<string, unknown>;

function toElement(node: OrderedNode): XmlElement | null {
  const name = Object.keys(node).find((key) => key !== ATTRIBUTES);
  if (name === undefined || name === TEXT || name.startsWith('?') || name === '#comment') return null;
  const rawChildren = Array.isArray(node[name]) ? (node[name] as OrderedNode[]) : [];
  const attributes: Record<string, string> = {};
  const rawAttributes = node[ATTRIBUTES];
  if (rawAttributes && typeof rawAttributes === 'object') {
    for (const [key, value] of Object.entries(rawAttributes)) attributes[key] = String(value);
  }
  const children: XmlElement[] = [];
  let text = '';
  for (const child of rawChildren) {
    if (TEXT in child) text += String(child[TEXT]);
    else if ('#cdata' in child) text += cdataText(child['#cdata']);
    else {
      const element = toElement(child);
      if (element) children.push(element);
    }
  }
  return { name, attributes, children, text: text.trim() };
}

function cdataText(value: unknown): string {
  if (!Array.isArray(value)) return '';
  return value.map((part: OrderedNode) => (TEXT in part ? String(part[TEXT]) : '')).join('');
}

/**
 * Parses an XML document into its root element, or returns the first syntax error with its
 * position. A leading byte order mark (common in files saved by Visual Studio) is ignored; a
 * DOCTYPE is refused.
 */
export function parseXml(text: string): { root: XmlElement } | { error: XmlSyntaxError } {
  const source = text.replace(/^\uFEFF/, '');
  const doctype = /<!DOCTYPE/i.exec(source);
  if (doctype) {
    // Process and policy files never need one, and entity definitions can expand without bound.
    const before = source.slice(0, doctype.index).split('\n');
    return {
      error: {
        message: 'A DOCTYPE is not allowed (entity definitions are not expanded)',
        line: before.length,
        column: (before.at(-1)?.length ?? 0) + 1,
      },
    };
  }
  const validation = XMLValidator.validate(source);
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    return { error: { message: msg, line, column: col } };
  }
  const nodes = parser.parse(source) as OrderedNode[];
  const root = nodes.map(toElement).find((element): element is XmlElement => element !== null);
  if (!root) return { error: { message: 'The document has no root element', line: 1, column: 1 } };
  return { root };
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

export function firstChild(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((child) => child.name === name);
}

/** Text of the first child named `name`, or null when it is missing or empty. */
export function childText(element: XmlElement, name: string): string | null {
  const text = firstChild(element, name)?.text;
  return text ? text : null;
}
