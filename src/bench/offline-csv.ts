import { closeSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import {
  foldSearchTexts,
  LINKS,
  MENTIONING_LABELS,
  type BulkRows,
  type DocumentRow,
  type FigureRow,
  type LinkRow,
  type LinkType,
  type ListProperty,
  type MeetingRow,
  type NodeLabel,
  type OrganizationRow,
  type PersonRow,
  type SourceRow,
} from './bulk-rows';

/**
 * The CSV files of Neo4j's offline importer for a whole graph held in one BulkRows: one node file per label, one
 * relationship file per type (and, for MENTIONED_IN, per label of its start), written so that the imported graph is
 * the one bulk-write.ts creates from the same rows on an empty database (nodeStatement's ON CREATE, linkStatement's
 * CREATE), which is the graph writeGraphPlan writes plan after plan:
 *
 * - every property with the Cypher type the driver would have sent: strings STRING, JS numbers FLOAT (`double`),
 *   booleans BOOLEAN, ISO dates DATE (as toDate turns them), lists LIST<STRING> (`string[]`);
 * - null is an unquoted empty field, which the importer leaves out (a null property is no property); a string is
 *   always quoted, so "" is a stored empty string (the importer keeps quoted empty strings);
 * - list elements are joined by ARRAY_DELIMITER, a control character no element may hold (checked: it throws);
 * - the importer cannot express an empty list (an empty list field is no property at all), so empty lists are left
 *   out and listed in `emptyLists`, with the statement that sets them to [] after the import; nor a list of one empty
 *   string (it reads as no property), which throws;
 * - node ids are the importer's actual node ids (--id-type=actual): 0..n-1 in file order, which relationships refer to.
 */

/** Between list elements: the ASCII record separator (U+001E), never in the data (checked), not the evidence separator U+001F. */
export const ARRAY_DELIMITER = '\u001e';
/** How the importer's --array-delimiter names it. */
export const ARRAY_DELIMITER_OPTION = 'U+001E';
const ARRAY_DELIMITER_BYTE = 0x1e;

const EMPTY: readonly string[] = [];

type Kind = 'string' | 'date' | 'float' | 'boolean' | 'strings';

/** The importer's header type of each kind. */
const HEADER_TYPE: Record<Kind, string> = { string: '', date: ':date', float: ':double', boolean: ':boolean', strings: ':string[]' };

interface Column<R> {
  name: string;
  kind: Kind;
  value: (row: R) => unknown;
}

const col = <R>(name: string, kind: Kind, value: (row: R) => unknown): Column<R> => ({ name, kind, value });

/** A column holding the row's property of the same name. */
const prop = <R>(name: keyof R & string, kind: Kind): Column<R> => col<R>(name, kind, (r) => r[name]);

/** A node row as bulk-write's nodeRows hands it to nodeStatement: its search texts folded into `searchText`. */
const searchText = <R extends { searchTexts: Set<string> }>(): Column<R> => col('searchText', 'string', (r) => foldSearchTexts(r.searchTexts));

/** Per label, the properties nodeStatement sets on creation (NODE_STATEMENTS' onCreate, and id and searchText). */
const NODE_COLUMNS = {
  Source: [
    prop<SourceRow>('id', 'string'),
    prop<SourceRow>('url', 'string'),
    prop<SourceRow>('title', 'string'),
    prop<SourceRow>('publisher', 'string'),
    prop<SourceRow>('author', 'string'),
    prop<SourceRow>('publishedOn', 'date'),
    prop<SourceRow>('text', 'string'),
    searchText<SourceRow>(),
  ],
  Organization: [
    prop<OrganizationRow>('id', 'string'),
    prop<OrganizationRow>('name', 'string'),
    prop<OrganizationRow>('nameKey', 'string'),
    prop<OrganizationRow>('province', 'string'),
    prop<OrganizationRow>('kind', 'string'),
    prop<OrganizationRow>('foundedOn', 'date'),
    // 'n.aliases = [a IN r.aliases WHERE a <> r.name]'
    col<OrganizationRow>('aliases', 'strings', (r) => [...r.aliases].filter((a) => a !== r.name)),
    prop<OrganizationRow>('aliasKeys', 'strings'),
    searchText<OrganizationRow>(),
  ],
  Document: [
    prop<DocumentRow>('id', 'string'),
    prop<DocumentRow>('code', 'string'),
    prop<DocumentRow>('system', 'string'),
    prop<DocumentRow>('kind', 'string'),
    prop<DocumentRow>('typeName', 'string'),
    prop<DocumentRow>('name', 'string'),
    prop<DocumentRow>('title', 'string'),
    prop<DocumentRow>('issuedOn', 'date'),
    prop<DocumentRow>('term', 'string'),
    searchText<DocumentRow>(),
  ],
  Meeting: [
    prop<MeetingRow>('id', 'string'),
    prop<MeetingRow>('title', 'string'),
    prop<MeetingRow>('date', 'date'),
    prop<MeetingRow>('format', 'string'),
    prop<MeetingRow>('connectedPoints', 'float'),
    searchText<MeetingRow>(),
  ],
  Person: [prop<PersonRow>('id', 'string'), prop<PersonRow>('name', 'string'), prop<PersonRow>('role', 'string'), searchText<PersonRow>()],
  Figure: [
    prop<FigureRow>('id', 'string'),
    prop<FigureRow>('value', 'float'),
    prop<FigureRow>('unit', 'string'),
    prop<FigureRow>('description', 'string'),
    prop<FigureRow>('qualifier', 'string'),
    prop<FigureRow>('isTarget', 'boolean'),
    prop<FigureRow>('period', 'string'),
    prop<FigureRow>('periodStart', 'date'),
    prop<FigureRow>('periodEnd', 'date'),
    searchText<FigureRow>(),
  ],
} satisfies { [L in NodeLabel]: Column<never>[] };

/** The node maps of a batch, by label, in the order their files are written (and their ids given). */
function nodeMaps(rows: BulkRows): Array<[NodeLabel, Map<string, { id: string }>]> {
  return [
    ['Source', rows.sources],
    ['Organization', rows.organizations],
    ['Document', rows.documents],
    ['Meeting', rows.meetings],
    ['Person', rows.persons],
    ['Figure', rows.figures],
  ];
}

/** A list property left out because it was empty: after the import, `cypher` sets it to [] on `count` entities. */
export interface EmptyListFix {
  /** "Organization.aliases", "ISSUED_BY.evidence". */
  property: string;
  count: number;
  /** Sets the property to [] wherever it is missing; in batches (an auto-commit transaction must run it). */
  cypher: string;
}

export interface ImportFile {
  /** Label or relationship type. */
  name: string;
  file: string;
  rows: number;
  bytes: number;
}

export interface ImportFiles {
  nodeFiles: ImportFile[];
  relationshipFiles: ImportFile[];
  /** Files with a field that holds a line break: the importer must be told (--multiline-fields), which slows it down. */
  multilineFiles: string[];
  nodes: number;
  relationships: number;
  bytes: number;
  /** UTF-8 bytes of the longest field: the importer's read buffer must hold it. */
  longestFieldBytes: number;
  emptyLists: EmptyListFix[];
  /** Relationships with an end the batch does not hold: writeGraphPlan's MATCH finds nothing on an empty database either. */
  skippedLinks: number;
}

/** Bytes of file buffered before a write: one reused buffer, so that writing 1.5 GB makes no garbage of that size. */
const BUFFER_BYTES = 1 << 22;

/**
 * One CSV file being written: fields encoded straight into a reused buffer (no string per row or per file: with the
 * 3 GB of rows of scale 100 alive, large temporary strings cost full garbage collections), and what the importer must
 * know about its fields.
 */
class CsvFile {
  private readonly fd: number;
  private buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private length = 0;
  rows = 0;
  bytes = 0;
  multiline = false;
  longestField = 0;

  constructor(
    readonly file: string,
    header: string,
  ) {
    this.fd = openSync(file, 'w');
    this.text(header);
    this.byte(0x0a);
  }

  /** Room for `bytes` more bytes in the buffer. */
  private reserve(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    this.flush();
    if (bytes > this.buffer.length) this.buffer = Buffer.allocUnsafe(bytes);
  }

  private byte(value: number): void {
    this.reserve(1);
    this.buffer[this.length++] = value;
  }

  /** Text as it is (UTF-8; a UTF-16 code unit is at most 3 bytes). */
  private text(value: string): void {
    this.reserve(value.length * 3);
    this.length += this.buffer.write(value, this.length, 'utf8');
  }

  /** Text inside a quoted field: quotes doubled; notes line breaks (the importer must be told) and the length. */
  private quotedText(value: string): void {
    if (!this.multiline && (value.includes('\n') || value.includes('\r'))) this.multiline = true;
    this.text(value.includes('"') ? value.replace(/"/g, '""') : value);
  }

  /** The separator before every field but the first of a row. */
  comma(): void {
    this.byte(0x2c);
  }

  /** A field that needs no quotes (numbers, booleans). */
  plain(value: string): void {
    this.text(value);
  }

  /** A string field, always quoted: "" is then a stored empty string, not a missing property. */
  quoted(value: string): void {
    if (value.length > this.longestField) this.longestField = value.length;
    this.byte(0x22);
    this.quotedText(value);
    this.byte(0x22);
  }

  /** A list field of at least one element: quoted, elements joined by ARRAY_DELIMITER. */
  quotedList(items: Iterable<string>): void {
    this.byte(0x22);
    let chars = 0;
    let first = true;
    for (const item of items) {
      if (!first) this.byte(ARRAY_DELIMITER_BYTE);
      first = false;
      this.quotedText(item);
      chars += item.length + 1;
    }
    this.byte(0x22);
    if (chars > this.longestField) this.longestField = chars;
  }

  endRow(): void {
    this.byte(0x0a);
    this.rows += 1;
  }

  private flush(): void {
    let written = 0;
    while (written < this.length) written += writeSync(this.fd, this.buffer, written, this.length - written);
    this.bytes += this.length;
    this.length = 0;
  }

  close(): ImportFile & { multiline: boolean; longestField: number } {
    this.flush();
    closeSync(this.fd);
    return { name: '', file: this.file, rows: this.rows, bytes: this.bytes, multiline: this.multiline, longestField: this.longestField };
  }
}

/** JS number → the importer's double: String() loses the sign of -0. */
function floatText(value: number): string {
  return Object.is(value, -0) ? '-0.0' : String(value);
}

/** Names the entity and property of a value, for errors only (built when one is thrown, never per field). */
interface Where {
  /** Label or relationship type. */
  kind: string;
  property: string;
}

function describe(where: Where, entity: string): string {
  return `${where.kind} ${entity}: ${where.property}`;
}

/**
 * Writes one field of `kind`, after its comma. Null writes nothing (no property); an empty list too, counted in
 * `emptyLists` (its fix). `entity` (the node's id, or the relationship's start) only goes into errors.
 */
function field(csv: CsvFile, kind: Kind, value: unknown, where: Where, entity: string, emptyLists: EmptyListFix | undefined): void {
  csv.comma();
  if (value === null || value === undefined) return;
  switch (kind) {
    case 'string':
      if (typeof value !== 'string') throw new TypeError(`${describe(where, entity)}: expected a string, got ${typeof value}`);
      csv.quoted(value);
      return;
    case 'date':
      // toDate(r.x) would fail on '' in Cypher; the generator only ever gives ISO dates.
      if (typeof value !== 'string' || value === '') throw new TypeError(`${describe(where, entity)}: expected an ISO date, got ${JSON.stringify(value)}`);
      csv.quoted(value);
      return;
    case 'float':
      if (typeof value !== 'number') throw new TypeError(`${describe(where, entity)}: expected a number (stored as FLOAT), got ${typeof value}`);
      csv.plain(floatText(value));
      return;
    case 'boolean':
      if (typeof value !== 'boolean') throw new TypeError(`${describe(where, entity)}: expected a boolean, got ${typeof value}`);
      csv.plain(value ? 'true' : 'false');
      return;
    case 'strings': {
      if (!(value instanceof Set) && !Array.isArray(value)) throw new TypeError(`${describe(where, entity)}: expected a list of strings`);
      const items = value as Set<unknown> | unknown[];
      const size = items instanceof Set ? items.size : items.length;
      if (size === 0) {
        if (emptyLists) emptyLists.count += 1;
        return;
      }
      for (const item of items) {
        if (typeof item !== 'string') throw new TypeError(`${describe(where, entity)}: expected a list of strings, got an element of type ${typeof item}`);
        if (item.includes(ARRAY_DELIMITER)) {
          throw new Error(`${describe(where, entity)}: a list element holds U+001E, the importer's array delimiter; the offline import cannot write it (use --method unwind)`);
        }
        if (size === 1 && item === '') {
          throw new Error(`${describe(where, entity)}: a list of one empty string reads back as no property from the importer's CSV (use --method unwind)`);
        }
      }
      csv.quotedList(items as Iterable<string>);
      return;
    }
  }
}

/**
 * Writes the importer's CSV files of `rows` into `dir` (which must exist). `onProgress` hears of each file as it grows
 * (every 2^14 rows) and when it is done.
 */
export function writeImportFiles(
  rows: BulkRows,
  dir: string,
  onProgress?: (progress: { file: string; rows: number; done: boolean }) => void,
): ImportFiles {
  const result: ImportFiles = {
    nodeFiles: [],
    relationshipFiles: [],
    multilineFiles: [],
    nodes: 0,
    relationships: 0,
    bytes: 0,
    longestFieldBytes: 0,
    emptyLists: [],
    skippedLinks: 0,
  };
  const REPORT_EVERY = 1 << 14;
  let longestChars = 0;
  const finish = (csv: CsvFile, name: string, list: ImportFile[], fixes: EmptyListFix[]) => {
    const closed = csv.close();
    list.push({ name, file: closed.file, rows: closed.rows, bytes: closed.bytes });
    if (closed.multiline) result.multilineFiles.push(closed.file);
    longestChars = Math.max(longestChars, closed.longestField);
    result.bytes += closed.bytes;
    for (const fix of fixes) if (fix.count > 0) result.emptyLists.push(fix);
    onProgress?.({ file: path.basename(closed.file), rows: closed.rows, done: true });
  };

  // Nodes: actual ids 0..n-1 across the files, in the order the importer is given them.
  const ids = new Map<NodeLabel, Map<string, number>>();
  let nextId = 0;
  for (const [label, nodes] of nodeMaps(rows)) {
    if (nodes.size === 0) continue;
    const columns = (NODE_COLUMNS[label] as Array<Column<{ id: string }>>).map((c) => ({
      ...c,
      where: { kind: label, property: c.name },
      fix:
        c.kind === 'strings'
          ? { property: `${label}.${c.name}`, count: 0, cypher: `MATCH (n:${label}) WHERE n.${c.name} IS NULL CALL (n) { SET n.${c.name} = [] } IN TRANSACTIONS OF 10000 ROWS` }
          : undefined,
    }));
    const csv = new CsvFile(path.join(dir, `${label}.csv`), [':ID', ...columns.map((c) => `${c.name}${HEADER_TYPE[c.kind]}`)].join(','));
    const idsOfLabel = new Map<string, number>();
    ids.set(label, idsOfLabel);
    for (const node of nodes.values()) {
      const id = nextId++;
      idsOfLabel.set(node.id, id);
      csv.plain(String(id));
      for (const c of columns) field(csv, c.kind, c.value(node), c.where, node.id, c.fix);
      csv.endRow();
      if (csv.rows % REPORT_EVERY === 0) onProgress?.({ file: `${label}.csv`, rows: csv.rows, done: false });
    }
    result.nodes += csv.rows;
    finish(csv, label, result.nodeFiles, columns.flatMap((c) => (c.fix ? [c.fix] : [])));
  }

  // Relationships: one file per type, and per start label for MENTIONED_IN, with the properties linkStatement's CREATE sets.
  const writeLinks = (type: string, from: NodeLabel, to: NodeLabel, lists: readonly ListProperty[], keyedByTopic: boolean, links: Map<string, LinkRow>, fileName: string) => {
    if (links.size === 0) return;
    const fromIds = ids.get(from);
    const toIds = ids.get(to);
    const header = [':START_ID', ':END_ID', ...(keyedByTopic ? ['topic'] : []), ...lists.map((p) => `${p}:string[]`)].join(',');
    const csv = new CsvFile(path.join(dir, fileName), header);
    const topic: Where = { kind: type, property: 'topic' };
    const columns = lists.map((p) => ({
      property: p,
      where: { kind: type, property: p },
      fix: { property: `${type}.${p}`, count: 0, cypher: `MATCH (:${from})-[r:${type}]->(:${to}) WHERE r.${p} IS NULL CALL (r) { SET r.${p} = [] } IN TRANSACTIONS OF 10000 ROWS` },
    }));
    for (const link of links.values()) {
      const start = fromIds?.get(link.from);
      const end = toIds?.get(link.to);
      if (start === undefined || end === undefined) {
        result.skippedLinks += 1;
        continue;
      }
      csv.plain(String(start));
      csv.comma();
      csv.plain(String(end));
      if (keyedByTopic) field(csv, 'string', link.topic, topic, link.from, undefined);
      // A list the row never met is an empty list: linkStatement's CREATE sets `r.p = []` ([...(values[p] ?? [])]).
      for (const c of columns) field(csv, 'strings', link.lists[c.property] ?? EMPTY, c.where, link.from, c.fix);
      csv.endRow();
      if (csv.rows % REPORT_EVERY === 0) onProgress?.({ file: fileName, rows: csv.rows, done: false });
    }
    result.relationships += csv.rows;
    finish(csv, type, result.relationshipFiles, columns.map((c) => c.fix));
  };
  for (const [type, spec] of Object.entries(LINKS) as Array<[LinkType, (typeof LINKS)[LinkType]]>) {
    writeLinks(type, spec.from, spec.to, spec.lists, type === 'SPOKE_AT', rows.links[type], `${type}.csv`);
  }
  for (const label of MENTIONING_LABELS) writeLinks('MENTIONED_IN', label, 'Source', ['quotes'], false, rows.mentions[label], `MENTIONED_IN-${label}.csv`);

  // A UTF-16 code unit is at most 3 bytes of UTF-8 (a surrogate pair, 2 units, is 4).
  result.longestFieldBytes = longestChars * 3;
  return result;
}
