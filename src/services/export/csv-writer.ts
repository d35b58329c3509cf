import type { Writable } from 'node:stream';
import { createChunkedOutput } from './chunked-output';
import {
  EDGE_FIXED_COLUMNS,
  flattenValue,
  NODE_FIXED_COLUMNS,
  type AttributeColumn,
  type ExportEdge,
  type ExportNode,
  type ExportValue,
} from './export-model';

/** One CSV field as RFC 4180 wants it: quoted (quotes doubled) when it holds a comma, a quote or a line break; NFC. */
export function csvField(value: string): string {
  const text = value.normalize('NFC');
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record, CRLF-terminated as RFC 4180 says. */
export function csvRow(cells: readonly string[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

const cellsOf = (columns: readonly AttributeColumn[], properties: Record<string, ExportValue>) =>
  columns.map((c) => flattenValue(properties[c.property]));

async function writeRows<T>({
  header,
  rows,
  toCells,
  out,
}: {
  header: readonly string[];
  rows: AsyncIterable<T>;
  toCells: (row: T) => string[];
  out: Writable;
}): Promise<number> {
  const output = createChunkedOutput(out);
  await output.write(csvRow(header));
  let count = 0;
  for await (const row of rows) {
    count++;
    await output.write(csvRow(toCells(row)));
  }
  await output.flush();
  return count;
}

/** Writes nodes.csv (id,type,label, then one column per property; lists joined with " | ") to `out`; returns the row count. */
export function writeNodesCsv({
  nodes,
  columns,
  out,
}: {
  nodes: AsyncIterable<ExportNode>;
  columns: readonly AttributeColumn[];
  out: Writable;
}): Promise<number> {
  return writeRows({
    header: [...NODE_FIXED_COLUMNS, ...columns.map((c) => c.name)],
    rows: nodes,
    toCells: (n) => [n.id, n.type, n.label, ...cellsOf(columns, n.properties)],
    out,
  });
}

/** Writes edges.csv (source,target,type,label, then one column per property; evidence as its quotes) to `out`; returns the row count. */
export function writeEdgesCsv({
  edges,
  columns,
  out,
}: {
  edges: AsyncIterable<ExportEdge>;
  columns: readonly AttributeColumn[];
  out: Writable;
}): Promise<number> {
  return writeRows({
    header: [...EDGE_FIXED_COLUMNS, ...columns.map((c) => c.name)],
    rows: edges,
    toCells: (e) => [e.source, e.target, e.type, e.type, ...cellsOf(columns, e.properties)],
    out,
  });
}
