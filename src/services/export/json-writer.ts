import type { Writable } from 'node:stream';
import { createChunkedOutput } from './chunked-output';
import type { ExportEdge, ExportNode, GraphCounts } from './export-model';

/** Vietnamese text in one Unicode form (NFC), whatever form it was stored in. */
const nfcStrings = (_key: string, value: unknown) => (typeof value === 'string' ? value.normalize('NFC') : value);

/**
 * Writes `{"nodes":[…],"edges":[…]}` to `out`, one node or edge per line, as the iterables yield them: nodes are
 * {id, type, label, properties}, edges {source, target, type, properties}. Leaves `out` open.
 */
export async function writeJsonGraph({
  nodes,
  edges,
  out,
}: {
  nodes: AsyncIterable<ExportNode>;
  edges: AsyncIterable<ExportEdge>;
  out: Writable;
}): Promise<GraphCounts> {
  const output = createChunkedOutput(out);
  const counts = { nodes: 0, edges: 0 };
  await output.write('{"nodes":[');
  for await (const node of nodes) {
    const { id, type, label, properties } = node;
    await output.write(`${counts.nodes++ === 0 ? '\n' : ',\n'}${JSON.stringify({ id, type, label, properties }, nfcStrings)}`);
  }
  await output.write('\n],\n"edges":[');
  for await (const edge of edges) {
    const { source, target, type, properties } = edge;
    await output.write(`${counts.edges++ === 0 ? '\n' : ',\n'}${JSON.stringify({ source, target, type, properties }, nfcStrings)}`);
  }
  await output.write('\n]}\n');
  await output.flush();
  return counts;
}
