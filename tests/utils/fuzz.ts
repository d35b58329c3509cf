import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isObjectType,
  getNullableType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Deterministic generators of hostile GraphQL requests for the fuzz suite (tests/integration/fuzz.int.test.ts).
 * Everything is drawn from a seeded PRNG, so a failing case is reproduced by its seed and label.
 */

// ---------------------------------------------------------------------------------------------------------------
// PRNG

/** mulberry32: a tiny, fast, well-distributed 32-bit PRNG. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Rng {
  next(): number;
  /** An integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** `n` distinct items (all of them when n >= length), in a random order. */
  sample<T>(items: readonly T[], n: number): T[];
  chance(p: number): boolean;
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => items[int(0, items.length - 1)]!,
    sample(items, n) {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy.slice(0, Math.min(n, copy.length));
    },
    chance: (p) => next() < p,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Requests

/** One hostile HTTP request to /graphql. */
export interface FuzzRequest {
  category: string;
  /** What the case is, for reports: short, deterministic. */
  label: string;
  method?: 'POST' | 'GET';
  /** A JSON body (POST), stringified by the sender. */
  body?: Record<string, unknown>;
  /** A raw body (POST), sent as is; takes precedence over `body`. */
  raw?: string | Buffer;
  /** Query string for GET, without "?". */
  search?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

// ---------------------------------------------------------------------------------------------------------------
// Fixed hostile values

/** Ids of the seed (docs/queries.graphql), used where an argument must be valid for another to be reached. */
export const SEED_IDS = {
  document: 'doc_675214e68534171946c6',
  organization: 'org_0d3831829c2f0200a994',
  otherOrganization: 'org_b036141df0795328e985',
} as const;

/** Strings that would do harm if they reached Cypher or Lucene unparameterised, or a template, or a shell. */
export const INJECTION_STRINGS: readonly string[] = [
  "') DETACH DELETE n //",
  "'}) DETACH DELETE n //",
  '") DETACH DELETE n //',
  'MATCH (n) RETURN n',
  'MATCH (n) DETACH DELETE n',
  '" OR 1=1 --',
  "' OR '1'='1",
  "x' OR true RETURN n //",
  "1 }) MATCH (n) SET n.pwned = true //",
  "` MATCH (n) DETACH DELETE n //",
  "CALL db.labels() YIELD label RETURN label",
  "CALL apoc.cypher.runWrite('MATCH (n) DETACH DELETE n', {})",
  "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
  '$query',
  '{query}',
  '*:*',
  '*',
  '?',
  'title:(a OR b)',
  'name:"Tỉnh ủy" AND NOT x',
  'a~10',
  '/.*/',
  'a AND (b OR',
  '\\',
  '"',
  "'",
  '\u0000',
  '${{}}',
  '${7*7}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '$(rm -rf /)',
  '__proto__',
  'constructor',
  '; DROP TABLE documents; --',
  '30-CT/TW\') DETACH DELETE n //',
  'vk2:AAAAAAAA:-1',
  'dms6LTE',
  'doc_\' OR 1=1',
  'doc_675214e68534171946c6\' DETACH DELETE n //',
  '2024-01-01\') DETACH DELETE n //',
];

/** Unicode edge cases. Lone surrogates survive JSON.stringify as \ud800 escapes, as a hostile client sends them. */
export const UNICODE_STRINGS: readonly string[] = [
  'Nghị quyết'.normalize('NFD'),
  'Đảng ủy Khối'.normalize('NFD'),
  'Ch\u200Bỉ th\u200Bị',
  'Tỉnh\u200Dủy',
  '\uFEFF30-CT/TW',
  '30-CT/TW\u200B',
  '\u202E30-CT/TW',
  '\u202Dabc\u202C\u2066x\u2069',
  '\u0000',
  'a\u0000b',
  '\u0001\u0002\u0003\u0007\u0008\u001B[31m',
  '\u007F\u0085\u009F',
  '\ud800',
  'a\udfffb',
  '\udc00\ud800',
  '\ud83d\ude00\ud83c\uddfb\ud83c\uddf3',
  '👨‍👩‍👧‍👦',
  '３０-CT/TW',
  '３０－ＣＴ／ＴＷ',
  '30\u2010CT\u2044TW',
  '٣٠-CT/TW',
  'a' + '\u0301'.repeat(5000),
  'Ẫ'.normalize('NFD') + '\u0323\u0302\u0303'.repeat(2000),
  '\uFFFD',
  '\uFFFF\uFFFE',
  '\u2028\u2029',
  ' \t\n\r ',
  '',
  'İıſK',
  'Ǆǅǆ',
  '\u{1D400}\u{1D401}',
  '\u{10FFFF}',
];

/** Cursors that look like ours but are not, or are something else entirely. */
export const CURSOR_STRINGS: readonly string[] = [
  Buffer.from('vk2:AAAAAAAA:-1').toString('base64url'),
  Buffer.from('vk2:AAAAAAAA:99999999999').toString('base64url'),
  Buffer.from('vk2:AAAAAAAA:1e9').toString('base64url'),
  Buffer.from("vk2:AAAAAAAA:0') DETACH DELETE n //").toString('base64url'),
  Buffer.from('vk2:AAAAAAAA:999999999').toString('base64url'),
  Buffer.from('vk3:AAAAAAAA:[null,"doc_0123456789abcdef0123"]:AAAAAAAA').toString('base64url'),
  Buffer.from(`vk3:AAAAAAAA:["2024-01-01') OR true //","doc_0123456789abcdef0123"]:AAAAAAAA`).toString('base64url'),
  '=====',
  'dmsxOjA=',
];

// ---------------------------------------------------------------------------------------------------------------
// Strings

const VIETNAMESE = 'Đảng ủy Khối các cơ quan tỉnh Lạng Sơn quán triệt Chỉ thị số 30-CT/TW ngày 5/2/2024. ';
const HUGE_UNITS: readonly string[] = [
  'a',
  VIETNAMESE,
  VIETNAMESE.normalize('NFD'),
  '{',
  '\\"',
  "') DETACH DELETE n // ",
  '\u0301',
  '😀',
  '30-CT/TW ',
  'nghi quyet ',
  '\u200B',
];

/** A string of roughly `length` UTF-16 units built from one repeated unit (cheap to build, hostile to parse). */
export function hugeString(rng: Rng, length: number): string {
  const unit = rng.pick(HUGE_UNITS);
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

// ---------------------------------------------------------------------------------------------------------------
// Schema-driven operations

/** A place a value can go: an argument of a root field, or a field of an input-object argument. */
export interface ArgTarget {
  operation: 'query' | 'mutation';
  field: string;
  arg: string;
  /** For an input object argument, the input field this target is. */
  inputField?: string;
  /** The type a value must have there. */
  type: GraphQLInputType;
  /** The declared type of the argument (for variable definitions). */
  argType: GraphQLInputType;
  /** The argument's default value, when it has one. */
  defaultValue?: unknown;
}

export function targetName(t: ArgTarget): string {
  return `${t.field}(${t.arg}${t.inputField ? `.${t.inputField}` : ''})`;
}

/** Every argument of every Query and Mutation field, and every field of their input-object arguments. */
export function argumentTargets(schema: GraphQLSchema): ArgTarget[] {
  const targets: ArgTarget[] = [];
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const;
  for (const [operation, root] of roots) {
    if (!root) continue;
    for (const field of Object.values(root.getFields())) {
      for (const arg of field.args) {
        targets.push({ operation, field: field.name, arg: arg.name, type: arg.type, argType: arg.type, ...(arg.defaultValue !== undefined ? { defaultValue: arg.defaultValue } : {}) });
        const named = getNamedType(arg.type);
        if (isInputObjectType(named)) {
          for (const inputField of Object.values(named.getFields())) {
            targets.push({ operation, field: field.name, arg: arg.name, inputField: inputField.name, type: inputField.type, argType: arg.type });
          }
        }
      }
    }
  }
  return targets;
}

/** True when strings go there (String, ID, Date, or a list of them). */
export function takesString(t: ArgTarget): boolean {
  const named = getNamedType(t.type);
  return isScalarType(named) && ['String', 'ID', 'Date'].includes(named.name);
}

/** A valid value for an argument, so that a hostile value of another argument reaches the resolver. */
function safeValue(name: string, type: GraphQLInputType): unknown {
  const byName: Record<string, unknown> = {
    id: SEED_IDS.document,
    fromId: SEED_IDS.otherOrganization,
    toId: SEED_IDS.organization,
    organizationId: SEED_IDS.organization,
    query: 'tuyen truyen',
    code: '30-CT/TW',
    text: 'Tin ngắn về Chỉ thị số 30-CT/TW.',
  };
  if (name in byName) return byName[name];
  const named = getNamedType(type);
  if (isInputObjectType(named)) {
    const value: Record<string, unknown> = {};
    for (const f of Object.values(named.getFields())) if (isNonNullType(f.type)) value[f.name] = safeValue(f.name, f.type);
    return value;
  }
  if (isEnumType(named)) return named.getValues()[0]!.name;
  switch (named.name) {
    case 'Int':
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'Date':
      return '2024-01-01';
    case 'ID':
      return SEED_IDS.document;
    default:
      return 'x';
  }
}

/** A GraphQL literal for a JSON-ish value; strings through JSON.stringify (GraphQL string syntax is a superset). */
export function literal(value: unknown, enumLike = false): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return enumLike ? value : JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : JSON.stringify(String(value));
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map((v) => literal(v)).join(', ')}]`;
  return `{${Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${k}: ${literal(v)}`)
    .join(', ')}}`;
}

/**
 * A selection for a field's type: `__typename` (and `id` on interfaces). The root resolver, where hostile arguments
 * arrive, runs in full; nested fields would only add Cypher that sees no input.
 */
export function selectionFor(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (isInterfaceType(named) && 'id' in named.getFields()) return '{ __typename id }';
  return '{ __typename }';
}

/** A selection that shows what an answer holds: leaf fields, and objects two levels down (no nested lists). */
export function answerSelectionFor(type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named)) return isInterfaceType(named) && 'id' in named.getFields() ? '{ __typename id }' : '{ __typename }';
  const parts = ['__typename'];
  for (const f of Object.values(named.getFields())) {
    if (f.args.some((a) => isNonNullType(a.type))) continue;
    if (isLeafType(getNamedType(f.type))) parts.push(f.name);
    else if (depth < 2 && !(depth > 0 && isListType(getNullableType(f.type)))) parts.push(`${f.name} ${answerSelectionFor(f.type, depth + 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

export interface OperationOptions {
  /** Put the value inline as a literal instead of in a variable. */
  inline?: boolean;
  /** Declare the variable with this type instead of the argument's. */
  declaredType?: string;
  /** Leave the variable out of `variables` (JSON drops undefined). */
  omit?: boolean;
  /** Select what the answer holds instead of only `__typename`. */
  answer?: boolean;
}

/** An operation that calls `t.field` with `value` in the target's place and valid values in required other places. */
export function operationFor(schema: GraphQLSchema, t: ArgTarget, value: unknown, options: OperationOptions = {}): { query: string; variables: Record<string, unknown> } {
  const root = t.operation === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
  const field = root.getFields()[t.field]!;
  const args: string[] = [];
  const variables: Record<string, unknown> = {};
  let varDef = '';
  for (const a of field.args) {
    if (a.name === t.arg) {
      const full = t.inputField ? { ...(safeValue(a.name, a.type) as Record<string, unknown>), [t.inputField]: value } : value;
      if (options.inline) {
        const enumLike = !t.inputField && isEnumType(getNamedType(a.type)) && typeof value === 'string' && /^[_A-Za-z]\w*$/.test(value);
        args.push(`${a.name}: ${literal(full, enumLike)}`);
      } else {
        varDef = `($v: ${options.declaredType ?? String(t.argType)})`;
        args.push(`${a.name}: $v`);
        if (!options.omit) variables.v = full;
      }
    } else if (isNonNullType(a.type)) {
      const safe = safeValue(a.name, a.type);
      args.push(`${a.name}: ${literal(safe, isEnumType(getNamedType(a.type)))}`);
    }
  }
  const name = `Fuzz_${t.field}_${t.arg}`;
  const query = `${t.operation} ${name}${varDef} { ${field.name}(${args.join(', ')}) ${options.answer ? answerSelectionFor(field.type) : selectionFor(field.type)} }`;
  return { query, variables };
}

/** Values of the wrong type (or out of range) for a target, by its named type. */
export function wrongValues(t: ArgTarget): unknown[] {
  const named = getNamedType(t.type);
  const common: unknown[] = [{}, { a: 1 }, [], [[[]]], true, 1.5, { $gt: '' }, JSON.parse('{"__proto__": {"polluted": true}}') as unknown];
  let specific: unknown[];
  if (isEnumType(named)) {
    specific = ['resolution', 'RESOLUTION; DROP', 'NOT_A_VALUE', 1, '__proto__', 'constructor', ['RESOLUTION'], ''];
  } else if (isInputObjectType(named)) {
    specific = ['text', 42, [{ text: 'x' }], { text: 1 }, { text: null }, { text: 'x', evil: 1 }, { text: { text: 'x' } }];
  } else {
    switch (named.name) {
      case 'Int':
        specific = ['1', 'abc', 'NaN', 'Infinity', '-Infinity', '1e3', 2 ** 31, -(2 ** 31) - 1, 1e300, -1e300, 9007199254740993, -1, 0, -2147483648, 2147483647, '０', [1]];
        break;
      case 'Float':
        specific = ['NaN', 'Infinity', 1e309, '1'];
        break;
      case 'Boolean':
        specific = ['true', 1, 0, 'yes', 'null', [true]];
        break;
      case 'Date':
        specific = ['2024-02-30', '2024-13-01', '0000-00-00', '+275760-09-13', '-000001-01-01', '2024-1-1', '2024-01-01T00:00:00Z', 'NaN', 'Invalid Date', '９９９９-０１-０１', 20240101, ['2024-01-01'], '2024-01-01\u0000'];
        break;
      default:
        // String, ID
        specific = [123, -1, 1e300, ['a', 'b'], [SEED_IDS.document], { id: SEED_IDS.document }, false];
    }
  }
  return [...specific, ...common];
}

// ---------------------------------------------------------------------------------------------------------------
// Malformed documents

/** The named operations of docs/queries.graphql, one document each. */
export function documentedOperations(docs: string): string[] {
  const withoutComments = docs.replace(/^#.*$/gm, '');
  return withoutComments
    .split(/^(?=query |mutation )/m)
    .map((s) => s.trim())
    .filter((s) => /^(query|mutation) /.test(s));
}

const EDIT_CHARS = ['{', '}', '(', ')', '[', ']', ':', '$', '@', '!', '"', '"""', '...', '#', '\\', ',', '=', '|', '&', '\u0000', '\uFEFF', '\ud800', 'é', '\n', ' ', '1', '-', '.', 'Ω', '😀'];

/** `doc` with `edits` random deletions, insertions and replacements. */
export function randomEdits(rng: Rng, doc: string, edits: number): string {
  let s = doc;
  for (let i = 0; i < edits; i++) {
    const at = rng.int(0, Math.max(0, s.length - 1));
    const op = rng.int(0, 2);
    const ch = rng.chance(0.3) ? String.fromCharCode(rng.int(0, 0xffff)) : rng.pick(EDIT_CHARS);
    if (op === 0) s = s.slice(0, at) + s.slice(at + 1);
    else if (op === 1) s = s.slice(0, at) + ch + s.slice(at);
    else s = s.slice(0, at) + ch + s.slice(at + 1);
  }
  return s;
}

export function malformedDocuments(rng: Rng, docs: string): FuzzRequest[] {
  const category = 'malformed';
  const ops = documentedOperations(docs);
  const out: FuzzRequest[] = [];
  const q = (label: string, query: unknown, extra: Record<string, unknown> = {}) => out.push({ category, label, body: { query, ...extra } });
  ops.forEach((op, i) => {
    const name = /^(?:query|mutation) (\w+)/.exec(op)?.[1] ?? `op${i}`;
    const cut = rng.int(1, op.length - 1);
    q(`${name}: truncated at ${cut}`, op.slice(0, cut));
    for (let k = 0; k < 2; k++) {
      const edits = rng.int(1, 12);
      q(`${name}: ${edits} random edits (#${k})`, randomEdits(rng, op, edits));
    }
    const opens = [...op.matchAll(/\{/g)].map((m) => m.index!);
    const closes = [...op.matchAll(/\}/g)].map((m) => m.index!);
    const o = rng.pick(opens);
    const c = rng.pick(closes);
    if (i % 2 === 0) q(`${name}: extra "{" at ${o}`, op.slice(0, o) + '{' + op.slice(o));
    else q(`${name}: missing "}" at ${c}`, op.slice(0, c) + op.slice(c + 1));
    if (i % 2 === 0) q(`${name}: unknown field`, op.replace(/\{\s*/, `{ unknownField${rng.int(0, 999)} `));
    else q(`${name}: unknown argument`, op.replace(/\(/, `(evil: "') DETACH DELETE n //", `));
  });
  // Fragment cycles: self, pairs, long rings, through nested selections, spread from an operation or not.
  q('fragment self-cycle', 'query Q { ...A } fragment A on Query { __typename ...A }');
  q('fragment pair cycle', 'query Q { ...A } fragment A on Query { ...B } fragment B on Query { ...A }');
  for (const len of [3, rng.int(4, 10), rng.int(11, 40)]) {
    const frags = Array.from({ length: len }, (_, i) => `fragment F${i} on Query { __typename ...F${(i + 1) % len} }`).join(' ');
    q(`fragment ring of ${len}`, `query Q { ...F0 } ${frags}`);
  }
  q(
    'fragment cycle through nested selections',
    'query Q { organizations { nodes { ...A } } } fragment A on Organization { name parent { ...B } } fragment B on Organization { children { ...A } }',
  );
  q('fragment cycle through inline fragments', 'query Q { node(id: "org_0d3831829c2f0200a994") { ...A } } fragment A on Node { ... on Organization { parent { ...A } } }');
  q('fragment cycle, unused', 'query Q { __typename } fragment A on Query { ...B } fragment B on Query { ...A }');
  q('fragment on an unknown type', 'query Q { ...A } fragment A on Nope { x }');
  q('unknown fragment', 'query Q { ...Missing }');
  q('fragment spread explosion', `query Q { ...A } fragment A on Query { ${Array.from({ length: 40 }, () => '...B').join(' ')} } fragment B on Query { __typename }`);
  // Duplicate and ambiguous operations.
  q('duplicate operation names', 'query Dup { __typename } query Dup { __typename }', { operationName: 'Dup' });
  q('duplicate operation names, no operationName', 'query Dup { __typename } query Dup { search(query: "x") { type } }');
  q('duplicate query and mutation names', 'query Dup { __typename } mutation Dup { __typename }', { operationName: 'Dup' });
  q('two anonymous operations', '{ __typename } { __typename }');
  q('named and anonymous operations', '{ __typename } query A { __typename }');
  q('two named, no operationName', 'query A { __typename } query B { __typename }');
  q('unknown operationName', 'query A { __typename }', { operationName: 'B' });
  q('operationName with Cypher', 'query A { __typename }', { operationName: "A') DETACH DELETE n //" });
  q('duplicate variable definitions', 'query A($a: Int, $a: Int) { __typename }', { variables: { a: 1 } });
  q('undefined variable', 'query A { search(query: $q) { type } }', { variables: { q: 'x' } });
  q('unused variable of unknown type', 'query A($x: Nope) { __typename }', { variables: { x: 1 } });
  q('subscription', 'subscription S { __typename }');
  q('schema definition in a request', 'type Query { pwned: String } schema { query: Query }');
  q('directive definition in a request', 'directive @evil on FIELD query { __typename @evil }');
  q('empty document', '');
  q('whitespace-only document', ' \n\t ');
  q('comment-only document', '# nothing');
  q('a lone "{"', '{');
  q('a lone "}"', '}');
  q('braces only', '{'.repeat(rng.int(50, 500)));
  q('unterminated string', '{ search(query: "abc) { type } }');
  q('unterminated block string', '{ search(query: """abc) { type } }');
  q('NUL in the document', '{ __typename\u0000 }');
  q('lone surrogate in the document', '{ __typename } # \ud800');
  q('BOM then document', '\uFEFF{ __typename }');
  q('huge integer literal', '{ documents(first: 99999999999999999999999999999) { totalCount } }');
  q('float literal for Int', '{ documents(first: 1.5e300) { totalCount } }');
  q('variable as field name', '{ $x }');
  q('mutation on unknown field', 'mutation { deleteEverything }');
  q('introspection of mutation args', '{ __type(name: "Mutation") { fields { name args { name } } } }');
  // The request around the document.
  const r = (label: string, raw: string | Buffer, contentType = 'application/json') => out.push({ category, label, raw, contentType });
  q('query is a number', 42);
  q('query is an object', { query: '{ __typename }' });
  q('query is an array', ['{ __typename }']);
  q('query is null', null);
  q('variables is a string', '{ __typename }', { variables: '{"a":1}' });
  q('variables is an array', '{ __typename }', { variables: [1, 2] });
  q('variables is a number', '{ __typename }', { variables: 7 });
  q('operationName is an object', '{ __typename }', { operationName: { a: 1 } });
  q('extensions is a string', '{ __typename }', { extensions: 'x' });
  q('persisted query with a made-up hash', undefined, { extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } });
  q('persisted query with a wrong hash for its document', '{ __typename }', { extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } });
  q('persisted query, Cypher for the hash', undefined, { extensions: { persistedQuery: { version: 1, sha256Hash: "') DETACH DELETE n //" } } });
  q('persisted query, unknown version', '{ __typename }', { extensions: { persistedQuery: { version: 99, sha256Hash: 'b'.repeat(64) } } });
  r('malformed JSON', '{"query": "{ __typename }"');
  r('JSON with a trailing comma', '{"query": "{ __typename }",}');
  r('JSON array (batch)', '[{"query": "{ __typename }"}, {"query": "{ __typename }"}]');
  r('empty JSON object', '{}');
  r('JSON null', 'null');
  r('JSON string', '"{ __typename }"');
  r('raw lone surrogate escape in JSON', '{"query": "{ search(query: \\"\\ud800\\") { type } }"}');
  r('invalid UTF-8 bytes', Buffer.concat([Buffer.from('{"query": "{ search(query: \\"'), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from('\\") { type } }"}')]));
  r('UTF-16 body', Buffer.from('{"query": "{ __typename }"}', 'utf16le'));
  r('deeply nested JSON', `{"query": "{ __typename }", "variables": ${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`);
  r('duplicate JSON keys', '{"query": "{ __typename }", "query": "mutation { importArticle(input: {text: \\"x\\"}) { nodesCreated } }"}');
  r('text/plain body', '{"query": "{ __typename }"}', 'text/plain');
  r('form body', 'query=%7B__typename%7D', 'application/x-www-form-urlencoded');
  r('JSON with charset=latin1', '{"query": "{ __typename }"}', 'application/json; charset=latin1');
  r('GraphQL content type', '{ __typename }', 'application/graphql');
  out.push({ category, label: 'GET mutation', method: 'GET', search: `query=${encodeURIComponent('mutation { importArticle(input: {text: "x"}) { nodesCreated } }')}`, headers: { 'apollo-require-preflight': 'true' } });
  out.push({ category, label: 'GET without preflight header', method: 'GET', search: `query=${encodeURIComponent('{ __typename }')}` });
  out.push({ category, label: 'GET with variables that are not JSON', method: 'GET', search: `query=${encodeURIComponent('{ __typename }')}&variables=%7Bnope`, headers: { 'apollo-require-preflight': 'true' } });
  out.push({ category, label: 'GET with an empty query', method: 'GET', search: 'query=', headers: { 'apollo-require-preflight': 'true' } });
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Wrong types, huge strings, unicode, injections (schema-driven)

export function wrongTypeRequests(rng: Rng, schema: GraphQLSchema, targets: ArgTarget[], headers: Record<string, string>): FuzzRequest[] {
  const category = 'wrong-types';
  const out: FuzzRequest[] = [];
  for (const t of targets) {
    const name = targetName(t);
    const push = (label: string, value: unknown, options: OperationOptions = {}) =>
      out.push({ category, label: `${name}: ${label}`, body: operationFor(schema, t, value, options), headers });
    for (const value of rng.sample(wrongValues(t), 2)) push(`variable ${JSON.stringify(value)?.slice(0, 40)}`, value);
    push('variable null', null);
    if (isNonNullType(t.type)) push('variable omitted', undefined, { omit: true });
    const inline = rng.pick(wrongValues(t));
    push(`inline ${JSON.stringify(inline)?.slice(0, 40)}`, inline, { inline: true });
    if (!t.inputField) {
      const named = getNamedType(t.type);
      if (rng.chance(0.5)) {
        const other = named.name === 'String' ? 'Int' : 'String';
        push(`variable declared ${other}`, other === 'Int' ? 1 : 'x', { declaredType: other });
      } else push(`variable declared [${named.name}!]!`, ['x'], { declaredType: `[${named.name}!]!` });
    }
  }
  return out;
}

export function hugeStringRequests(rng: Rng, schema: GraphQLSchema, targets: ArgTarget[], headers: Record<string, string>): FuzzRequest[] {
  const out: FuzzRequest[] = [];
  for (const t of targets.filter(takesString)) {
    const length = rng.int(100 * 1024, 2 * 1024 * 1024);
    const inline = rng.chance(0.3);
    const value = hugeString(rng, length);
    out.push({
      category: 'huge-strings',
      label: `${targetName(t)}: ${length} chars of ${JSON.stringify(value.slice(0, 12))}… ${inline ? 'inline' : 'variable'}`,
      body: operationFor(schema, t, value, { inline }),
      headers,
    });
  }
  return out;
}

/** For each string target, `perTarget` values from `pool`, rotating so that every value is used somewhere. */
function stringRequests(
  category: string,
  rng: Rng,
  schema: GraphQLSchema,
  targets: ArgTarget[],
  pool: readonly string[],
  perTarget: number,
  headers: Record<string, string>,
): FuzzRequest[] {
  const out: FuzzRequest[] = [];
  let cursor = rng.int(0, pool.length - 1);
  for (const t of targets.filter(takesString)) {
    for (let k = 0; k < perTarget; k++) {
      const value = pool[cursor % pool.length]!;
      cursor += 1;
      const inline = rng.chance(0.25);
      out.push({ category, label: `${targetName(t)}: ${JSON.stringify(value).slice(0, 60)} ${inline ? 'inline' : 'variable'}`, body: operationFor(schema, t, value, { inline }), headers });
    }
  }
  return out;
}

export function unicodeRequests(rng: Rng, schema: GraphQLSchema, targets: ArgTarget[], headers: Record<string, string>): FuzzRequest[] {
  const out = stringRequests('unicode', rng, schema, targets, UNICODE_STRINGS, 2, headers);
  // Full-width digits and look-alikes where codes go.
  const codeTargets = targets.filter((t) => ['code', 'query', 'name'].includes(t.arg) && !t.inputField);
  for (const t of codeTargets) {
    for (const value of ['３０-CT/TW', '３０－ＣＴ／ＴＷ', '30‑CT／TW', '\u202E30-CT/TW\u202C']) {
      out.push({ category: 'unicode', label: `${targetName(t)}: ${JSON.stringify(value)}`, body: operationFor(schema, t, value), headers });
    }
  }
  return out;
}

export function injectionRequests(rng: Rng, schema: GraphQLSchema, targets: ArgTarget[], headers: Record<string, string>): FuzzRequest[] {
  const out = stringRequests('injection', rng, schema, targets, INJECTION_STRINGS, 3, headers);
  for (const t of targets.filter((x) => x.arg === 'after')) {
    for (const value of rng.sample(CURSOR_STRINGS, 4)) {
      out.push({ category: 'injection', label: `${targetName(t)}: cursor ${JSON.stringify(value)}`, body: operationFor(schema, t, value), headers });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Depth, aliases, directives

export function shapeRequests(rng: Rng): FuzzRequest[] {
  const out: FuzzRequest[] = [];
  const q = (category: string, label: string, query: string, variables?: Record<string, unknown>) =>
    out.push({ category, label, body: variables ? { query, variables } : { query } });
  // Deep nesting, depth 11–50, through several shapes.
  const nest = (depth: number, open: (i: number) => string, leaf: string) => {
    let s = leaf;
    for (let i = depth - 1; i >= 0; i--) s = `${open(i)} { ${s} }`;
    return s;
  };
  for (let k = 0; k < 6; k++) {
    const d = rng.int(11, 50);
    q('deep', `parent chain, depth ${d}`, `{ organizations { nodes { ${nest(d - 2, () => 'parent', 'name')} } } }`);
  }
  for (let k = 0; k < 4; k++) {
    const d = rng.int(11, 50);
    q('deep', `alternating relations, depth ${d}`, `{ documents { nodes { ${nest(d - 2, (i) => (i % 2 ? 'issuer' : 'issued'), 'id')} } } }`);
  }
  for (let k = 0; k < 3; k++) {
    const d = rng.int(11, 50);
    const frags = Array.from({ length: d }, (_, i) => `fragment F${i} on Organization { parent { ${i + 1 < d ? `...F${i + 1}` : 'name'} } }`).join(' ');
    q('deep', `depth ${d} through fragments`, `{ organizations { nodes { ...F0 } } } ${frags}`);
  }
  for (let k = 0; k < 3; k++) {
    const d = rng.int(11, 50);
    let inner = 'id';
    for (let i = 0; i < d; i++) inner = `... on Organization { parent { ${inner} } }`;
    q('deep', `depth ${d} through inline fragments`, `{ node(id: "${SEED_IDS.organization}") { ${inner} } }`);
  }
  for (let k = 0; k < 2; k++) {
    const d = rng.int(11, 50);
    q('deep', `__typename at depth ${d} via introspection`, `{ __schema { ${nest(d - 1, (i) => (i % 2 ? 'ofType' : 'types'), 'name')} } }`);
  }
  q('deep', 'nested list literal, depth 40', `{ documents(code: ${'['.repeat(40)}"x"${']'.repeat(40)}) { totalCount } }`);
  q('deep', 'nested object literal, depth 40', `mutation { importArticle(input: ${'{text: '.repeat(40)}"x"${'}'.repeat(40)}) { nodesCreated } }`);
  q('deep', 'nested list variable, depth 3000', 'query($c: String) { documents(code: $c) { totalCount } }', { c: JSON.parse(`${'['.repeat(3000)}"x"${']'.repeat(3000)}`) });
  q('deep', 'braces only, depth 2000', '{'.repeat(2000) + '}'.repeat(2000));
  // Alias floods, 31–500.
  const aliasFields = ['__typename', 'parseDocumentCode(code: "30-CT/TW") { number }', 'search(query: "tuyen truyen", first: 1) { score }', 'documents(first: 1) { totalCount }', 'node(id: "org_0d3831829c2f0200a994") { id }'];
  for (let k = 0; k < 10; k++) {
    const n = k === 0 ? 31 : k === 1 ? 500 : rng.int(31, 500);
    const f = rng.pick(aliasFields);
    q('aliases', `${n} aliases of ${f.split('(')[0]}`, `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${f}`).join(' ')} }`);
  }
  q('aliases', '100 aliases spread over fragments', `{ ...A ...B } fragment A on Query { ${Array.from({ length: 50 }, (_, i) => `a${i}: __typename`).join(' ')} } fragment B on Query { ${Array.from({ length: 50 }, (_, i) => `b${i}: __typename`).join(' ')} }`);
  q('aliases', '60 aliases of importArticle (no token)', `mutation { ${Array.from({ length: 60 }, (_, i) => `m${i}: importArticle(input: {text: "x${i}"}) { nodesCreated }`).join(' ')} }`);
  q('aliases', '29 aliases of the same search (under the limit)', `{ ${Array.from({ length: 29 }, (_, i) => `s${i}: search(query: "*:*", first: 50) { score node { id } }`).join(' ')} }`);
  // Directives.
  const directives = ['@include(if: true)', '@skip(if: false)', '@include(if: false)', '@deprecated', '@specifiedBy(url: "x")', '@nope', '@include', '@skip(if: "yes")', '@include(if: $b)'];
  for (let k = 0; k < 10; k++) {
    const n = rng.int(21, 300);
    const ds = Array.from({ length: n }, () => rng.pick(directives)).join(' ');
    q('directives', `${n} directives on one field`, `query($b: Boolean = true) { __typename ${ds} }`);
  }
  for (let k = 0; k < 3; k++) {
    const n = rng.int(21, 100);
    q('directives', `${n} fields with one directive each`, `{ ${Array.from({ length: n }, (_, i) => `f${i % 30}: __typename @include(if: true)`).join(' ')} }`);
  }
  q('directives', 'directives on the operation, fragment and variable', `query Q($a: Int @nope) @include(if: true) @skip(if: false) { ...F @include(if: true) } fragment F on Query @deprecated { __typename }`);
  q('directives', '20 directives (at the limit)', `{ __typename ${Array.from({ length: 20 }, () => '@include(if: true)').join(' ')} }`);
  q('directives', 'a directive with 500 arguments', `{ __typename @include(${Array.from({ length: 500 }, (_, i) => `a${i}: true`).join(', ')}) }`);
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// importArticle

export const IMPORT_MUTATION = `mutation FuzzImport($input: ImportArticleInput!) {
  importArticle(input: $input) { nodesCreated relationshipsCreated warnings source { id url } documents { id code } }
}`;

/** Authorization headers that are not the write token (none of them must write). */
export function wrongTokenHeaders(token: string): Record<string, string>[] {
  return [
    {},
    { authorization: '' },
    { authorization: 'Bearer' },
    { authorization: 'Bearer nope' },
    { authorization: `Bearer ${token.toUpperCase()}` },
    { authorization: `Bearer ${token.slice(0, -1)}` },
    { authorization: `Bearer ${token}x` },
    { authorization: `Bearer x${token}` },
    { authorization: token },
    { authorization: `Token ${token}` },
    { authorization: `Basic ${Buffer.from(`neo4j:${token}`).toString('base64')}` },
    { authorization: `Bearer ${token},Bearer ${token}` },
    { authorization: "Bearer ') DETACH DELETE n //" },
    { authorization: `Bearer ${'A'.repeat(8000)}` },
  ];
}

export function importRequests(rng: Rng, token: string): FuzzRequest[] {
  const out: FuzzRequest[] = [];
  const headers = wrongTokenHeaders(token);
  const fields = ['text', 'url', 'title', 'publisher', 'author', 'publishedOn'];
  const pool = [...INJECTION_STRINGS, ...UNICODE_STRINGS];
  let h = 0;
  for (const field of fields) {
    for (const value of rng.sample(pool, 4)) {
      const input: Record<string, unknown> = { text: `Tin về Chỉ thị số 30-CT/TW. ${rng.pick(INJECTION_STRINGS)}` };
      input[field] = field === 'url' && rng.chance(0.5) ? `https://baolangson.vn/${value}` : value;
      const hdr = headers[h++ % headers.length]!;
      out.push({ category: 'import-wrong-token', label: `importArticle ${field}=${JSON.stringify(value).slice(0, 40)} with ${JSON.stringify(hdr).slice(0, 60)}`, body: { query: IMPORT_MUTATION, variables: { input } }, headers: hdr });
    }
  }
  for (const hdr of headers) {
    out.push({ category: 'import-wrong-token', label: `valid article with ${JSON.stringify(hdr).slice(0, 60)}`, body: { query: IMPORT_MUTATION, variables: { input: { text: 'Sáng 11/3, Tỉnh ủy Bắc Giang tổ chức hội nghị quán triệt Chỉ thị số 30-CT/TW.', url: 'https://baobacgiang.vn/fuzz-1.html' } } }, headers: hdr });
  }
  const size = rng.int(1_100_000, 2_000_000);
  out.push({ category: 'import-wrong-token', label: `${size}-char text without a token`, body: { query: IMPORT_MUTATION, variables: { input: { text: hugeString(rng, size) } } } });
  out.push({ category: 'import-wrong-token', label: 'inline hostile literal with a wrong token', body: { query: `mutation { importArticle(input: {text: ${JSON.stringify("Chỉ thị số 30-CT/TW') DETACH DELETE n //")}, url: "https://x.vn/') DETACH DELETE n //"}) { nodesCreated } }` }, headers: { authorization: 'Bearer nope' } });
  return out;
}

/** A few valid-but-hostile articles for the right token: they may import; they must not 5xx nor go uncoded. */
export function importWithTokenRequests(rng: Rng, token: string): FuzzRequest[] {
  const headers = { authorization: `Bearer ${token}` };
  const base = 'Sáng 8/8, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị quán triệt Chỉ thị số 30-CT/TW ngày 5/2/2024 của Ban Bí thư.';
  const texts: Array<[string, Record<string, unknown>]> = [
    ['Cypher in the text', { text: `${base}\n${INJECTION_STRINGS.filter((s) => !s.includes('\u0000')).join('\n')}` }],
    ['Cypher in every label', { text: base, title: "') DETACH DELETE n //", publisher: 'MATCH (n) DETACH DELETE n', author: '" OR 1=1 --' }],
    ['Cypher in the url', { text: base, url: "https://baolangson.vn/x') DETACH DELETE n //?q=*:*" }],
    ['NFD, zero-width and bidi text', { text: `${base.normalize('NFD')} \u200B\u200D\u202E Tỉnh ủy Lạng Sơn ban hành Kế hoạch số 12-KH/TU\u202C.` }],
    ['full-width codes', { text: 'Tỉnh ủy Lạng Sơn quán triệt Chỉ thị số ３０-CT/TW và Nghị quyết số ３０－ＮＱ／ＴＷ.' }],
    ['combining-mark flood', { text: `${base} ${'a' + '\u0301'.repeat(20000)}` }],
    ['emoji and lone surrogates', { text: `${base} 😀👨‍👩‍👧‍👦 \ud800 x \udfff` }],
    ['NUL in the text', { text: `${base}\u0000` }],
    ['Lucene syntax', { text: `Tỉnh ủy quán triệt Nghị quyết số 1-NQ/TW *:* title:(a OR b) a~10 /.*/ "${rng.pick(INJECTION_STRINGS)}"` }],
    // One sentence naming many codes: each mention stores the whole sentence as its quote (n codes × n-code sentence).
    ['a code-like flood', { text: Array.from({ length: 300 }, (_, i) => `Chỉ thị số ${i + 1}-CT/TW`).join(', ') }],
    ['over 1 MiB', { text: hugeString(rng, 1_200_000) }],
    ['only whitespace and bidi marks', { text: ' \u200B\u202E\u2066 ' }],
  ];
  return texts.map(([label, input], i) => ({
    category: 'import-right-token',
    label,
    body: { query: IMPORT_MUTATION, variables: { input: { url: `https://baolangson.vn/fuzz-${i}.html`, ...input } } },
    headers,
  }));
}
