import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** Exported GraphML read back with a real XML parser (fast-xml-parser): validated first, then turned into a tree. */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The character data directly inside this element, concatenated. */
  text: string;
}

type Ordered = Array<Record<string, unknown>>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  processEntities: true,
  // Numeric character references (&#13;) are decoded with the HTML entity set on.
  htmlEntities: true,
});

function toElement(entry: Record<string, unknown>): XmlElement | null {
  const name = Object.keys(entry).find((k) => k !== ':@');
  if (!name || name === '#text' || name.startsWith('?')) return null;
  const attributes = (entry[':@'] as Record<string, string> | undefined) ?? {};
  const content = entry[name] as Ordered;
  const children: XmlElement[] = [];
  let text = '';
  for (const child of content) {
    if ('#text' in child) text += String(child['#text']);
    else {
      const element = toElement(child);
      if (element) children.push(element);
    }
  }
  return { name, attributes: { ...attributes }, children, text };
}

/** Parses `source` (a whole document) into its root element, or throws when it is not well-formed XML. */
export function parseXml(source: string): XmlElement {
  const valid = XMLValidator.validate(source);
  if (valid !== true) throw new Error(`XML error at line ${valid.err.line}: ${valid.err.msg}`);
  const roots = (parser.parse(source) as Ordered).map(toElement).filter((e): e is XmlElement => e !== null);
  if (roots.length !== 1) throw new Error(`XML error: ${roots.length} root elements`);
  return roots[0]!;
}

/** The direct children of `element` named `name`. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}
