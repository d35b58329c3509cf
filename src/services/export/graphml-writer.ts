import type { Writable } from 'node:stream';
import { createChunkedOutput } from './chunked-output';
import {
  fitsAttributeType,
  flattenValue,
  type AttributeColumn,
  type ExportEdge,
  type ExportNode,
  type ExportValue,
  type GraphCounts,
} from './export-model';

/** Characters XML 1.0 forbids (controls other than tab and newlines, U+FFFE, U+FFFF, unpaired surrogates). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Parsers turn a raw CR into LF, and tabs and newlines in attributes into spaces: references keep them.
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;',
};

function clean(value: string): string {
  return value.normalize('NFC').replace(NOT_XML, '\uFFFD');
}

/** `value` as XML character data: NFC, markup escaped, characters XML cannot hold replaced by U+FFFD. */
export function escapeXmlText(value: string): string {
  return clean(value).replace(/[&<>"'\r]/g, (c) => ENTITIES[c]!);
}

/** `value` as an XML attribute value (in double quotes), keeping tabs and newlines as character references. */
export function escapeXmlAttribute(value: string): string {
  return clean(value).replace(/[&<>"'\r\n\t]/g, (c) => ENTITIES[c]!);
}

const HEADER = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
`;

interface DeclaredKey {
  id: string;
  column: AttributeColumn;
}

/**
 * Key ids are k0, k1, … for properties. Gephi maps some key ids to drawing properties whatever their name ("d3" is
 * yEd's node label, "d7" its edge label, "size", "color"…), so property keys never take the name as id.
 */
function declareKeys(nodeColumns: readonly AttributeColumn[], edgeColumns: readonly AttributeColumn[]) {
  let next = 0;
  const declare = (columns: readonly AttributeColumn[]) => columns.map((column) => ({ id: `k${next++}`, column }));
  return { node: declare(nodeColumns), edge: declare(edgeColumns) };
}

function keyElement(id: string, target: 'node' | 'edge', name: string, type: string): string {
  return `  <key id="${escapeXmlAttribute(id)}" for="${target}" attr.name="${escapeXmlAttribute(name)}" attr.type="${type}"/>\n`;
}

function data(key: string, value: string): string {
  return `<data key="${key}">${escapeXmlText(value)}</data>`;
}

function dataOf(keys: readonly DeclaredKey[], properties: Record<string, ExportValue>): string {
  let out = '';
  for (const { id, column } of keys) {
    const value = properties[column.property];
    if (!fitsAttributeType(value, column.type)) continue;
    const flat = flattenValue(value);
    if (flat !== '') out += data(id, flat);
  }
  return out;
}

/**
 * Writes a directed GraphML graph to `out`: a key for every column (declared before the graph, as GraphML requires),
 * `label` and `type` on nodes and edges, then nodes and edges as the iterables yield them. Leaves `out` open.
 */
export async function writeGraphml({
  nodes,
  edges,
  nodeColumns,
  edgeColumns,
  out,
}: {
  nodes: AsyncIterable<ExportNode>;
  edges: AsyncIterable<ExportEdge>;
  nodeColumns: readonly AttributeColumn[];
  edgeColumns: readonly AttributeColumn[];
  out: Writable;
}): Promise<GraphCounts> {
  const output = createChunkedOutput(out);
  const keys = declareKeys(nodeColumns, edgeColumns);
  let head = HEADER;
  head += keyElement('label', 'node', 'label', 'string');
  head += keyElement('type', 'node', 'type', 'string');
  for (const { id, column } of keys.node) head += keyElement(id, 'node', column.name, column.type);
  head += keyElement('edge_label', 'edge', 'label', 'string');
  head += keyElement('edge_type', 'edge', 'type', 'string');
  for (const { id, column } of keys.edge) head += keyElement(id, 'edge', column.name, column.type);
  head += '  <graph id="G" edgedefault="directed">\n';
  await output.write(head);

  const counts = { nodes: 0, edges: 0 };
  for await (const node of nodes) {
    counts.nodes++;
    await output.write(
      `    <node id="${escapeXmlAttribute(node.id)}">${data('label', node.label)}${data('type', node.type)}${dataOf(keys.node, node.properties)}</node>\n`,
    );
  }
  for await (const edge of edges) {
    const id = `e${counts.edges++}`;
    await output.write(
      `    <edge id="${id}" source="${escapeXmlAttribute(edge.source)}" target="${escapeXmlAttribute(edge.target)}">` +
        `${data('edge_label', edge.type)}${data('edge_type', edge.type)}${dataOf(keys.edge, edge.properties)}</edge>\n`,
    );
  }
  await output.write('  </graph>\n</graphml>\n');
  await output.flush();
  return counts;
}
