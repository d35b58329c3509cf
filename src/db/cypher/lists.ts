import type { CypherQuery } from '../neo4j';
import { prefetchClauses, type PrefetchPlan } from './prefetch';
import { projection } from './projections';

/** A position in a sorted list: the sort value of an item (null when it has none) and its id. */
export interface SeekPosition {
  value: string | null;
  id: string;
}

/** A page of a sorted list: the items strictly after `after` (from the first item when null), at most `limit`. */
export interface Slice {
  after: SeekPosition | null;
  limit: number;
}

/**
 * What a list sorts by: one property of `n` (a Neo4j date when `date`, else compared as stored), then the id. Items
 * without the property come last in either direction.
 */
interface Sort {
  property: string;
  descending: boolean;
  date: boolean;
}

function orderBy({ property, descending, date }: Sort): string {
  // Ascending order puts nulls last by itself; a descending one (or any date order, by habit) says it.
  const nullsLast = descending || date ? `${property} IS NULL, ` : '';
  return `${nullsLast}${property}${descending ? ' DESC' : ''}, n.id`;
}

/**
 * The condition that keeps the items strictly after `after` in the order of `sort` (a keyset seek): with a value,
 * the items whose value comes after it, those with the same value and a greater id, and every item without a value;
 * without one (the undated tail), the items without a value and a greater id. Values travel as parameters.
 */
function seek({ property, descending, date }: Sort, after: SeekPosition, params: Record<string, unknown>): string {
  params.afterId = after.id;
  if (after.value === null) return `(${property} IS NULL AND n.id > $afterId)`;
  params.afterValue = after.value;
  const value = date ? 'date($afterValue)' : '$afterValue';
  return `(${property} ${descending ? '<' : '>'} ${value} OR (${property} = ${value} AND n.id > $afterId) OR ${property} IS NULL)`;
}

function listQuery({
  match,
  where,
  sort,
  node,
  params: filterParams,
  slice,
  prefetch,
}: {
  match: string;
  where: string[];
  sort: Sort;
  node: string;
  params: Record<string, unknown>;
  slice: Slice;
  prefetch?: PrefetchPlan | null;
}): CypherQuery {
  const params = { ...filterParams };
  const order = orderBy(sort);
  const clause = (conditions: string[]) => (conditions.length > 0 ? `\nWHERE ${conditions.join('\n  AND ')}` : '');
  const filter = clause(where);
  // The page reads from where the cursor left off; the total counts the whole list.
  const from = clause(slice.after ? [...where, seek(sort, slice.after, params)] : where);
  let page = `RETURN collect(${node}) AS nodes
}
RETURN totalCount, nodes`;
  if (prefetch && prefetch.relations.length > 0) {
    // What the operation follows from each item of the page, read in the same statement (see prefetch.ts).
    const { clauses, expression } = prefetchClauses('n', prefetch, params);
    page = `${clauses.replace(/\n/g, '\n  ')}
  WITH * ORDER BY ${order}
  RETURN collect(${node}) AS nodes, collect(${expression}) AS prefetched
}
RETURN totalCount, nodes, prefetched`;
  }
  // One statement returns the page and the total; the page asks one item more to tell whether a next page exists.
  return {
    cypher: `CALL () {
  ${match.replace(/\n/g, '\n  ')}${filter.replace(/\n/g, '\n  ')}
  RETURN count(*) AS totalCount
}
CALL () {
  ${match.replace(/\n/g, '\n  ')}${from.replace(/\n/g, '\n  ')}
  WITH n ORDER BY ${order}
  LIMIT toInteger($limit)
  ${page}`,
    params: { ...params, limit: slice.limit + 1 },
  };
}

/**
 * The MATCH of a list filtered by the body behind its items (issuer, organizer), starting from that body (by id, or
 * by the province index) instead of testing every item: `n` is each item once.
 */
function startFromOrganization(label: 'Document' | 'Meeting', type: 'ISSUED_BY' | 'ORGANIZED_BY', id: string | null | undefined, province: string | null | undefined, idParam = '$issuerId'): string {
  if (id) {
    const inProvince = province ? '\nWHERE o.province = $province' : '';
    return `MATCH (o:Organization {id: ${idParam}})<-[:${type}]-(n:${label})${inProvince}\nWITH DISTINCT n`;
  }
  if (province) return `MATCH (o:Organization {province: $province})<-[:${type}]-(n:${label})\nWITH DISTINCT n`;
  return `MATCH (n:${label})`;
}

/** Date order of a list; undated items always come last. */
export type DateOrder = 'NEWEST_FIRST' | 'OLDEST_FIRST';

function byDate(property: string, order: DateOrder | null | undefined): Sort {
  return { property, descending: order !== 'OLDEST_FIRST', date: true };
}

export interface DocumentFilter {
  /** Normalised code. */
  code?: string | null;
  kind?: string | null;
  issuerId?: string | null;
  issuedFrom?: string | null;
  issuedTo?: string | null;
  province?: string | null;
  order?: DateOrder | null;
}

/** Documents matching `filter`, newest first unless asked otherwise (undated last). */
export function buildDocumentListQuery(filter: DocumentFilter, slice: Slice, prefetch?: PrefetchPlan | null): CypherQuery {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.code) {
    where.push('n.code = $code');
    params.code = filter.code;
  }
  if (filter.kind) {
    where.push('n.kind = $kind');
    params.kind = filter.kind;
  }
  if (filter.issuedFrom) {
    where.push('n.issuedOn >= date($issuedFrom)');
    params.issuedFrom = filter.issuedFrom;
  }
  if (filter.issuedTo) {
    where.push('n.issuedOn <= date($issuedTo)');
    params.issuedTo = filter.issuedTo;
  }
  if (filter.issuerId) params.issuerId = filter.issuerId;
  if (filter.province) params.province = filter.province;
  return listQuery({
    match: startFromOrganization('Document', 'ISSUED_BY', filter.issuerId, filter.province),
    where,
    sort: byDate('n.issuedOn', filter.order),
    node: projection('n', 'Document'),
    params,
    slice,
    prefetch,
  });
}

export interface OrganizationFilter {
  /** Folded name fragment (see identity.nameKey); matches the name or any alias. */
  nameKey?: string | null;
  province?: string | null;
  kind?: string | null;
}

/** Organizations matching `filter`, by name. */
export function buildOrganizationListQuery(filter: OrganizationFilter, slice: Slice, prefetch?: PrefetchPlan | null): CypherQuery {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.nameKey) {
    where.push('(n.nameKey CONTAINS $nameKey OR any(k IN n.aliasKeys WHERE k CONTAINS $nameKey))');
    params.nameKey = filter.nameKey;
  }
  if (filter.province) {
    where.push('n.province = $province');
    params.province = filter.province;
  }
  if (filter.kind) {
    where.push('n.kind = $kind');
    params.kind = filter.kind;
  }
  return listQuery({
    match: 'MATCH (n:Organization)',
    where,
    // By the folded name, so that case and diacritics do not scatter names: "Đảng ủy …" among the D's, "Ủy ban …" among
    // the U's, "Sở Kế hoạch" before "Sở Khoa học" (Vietnamese order, up to the letters diacritics tell apart).
    sort: { property: 'n.nameKey', descending: false, date: false },
    node: projection('n', 'Organization'),
    params,
    slice,
    prefetch,
  });
}

export interface MeetingFilter {
  organizerId?: string | null;
  from?: string | null;
  to?: string | null;
  province?: string | null;
  order?: DateOrder | null;
}

/** Meetings matching `filter`, newest first unless asked otherwise (undated last). */
export function buildMeetingListQuery(filter: MeetingFilter, slice: Slice, prefetch?: PrefetchPlan | null): CypherQuery {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.organizerId) params.organizerId = filter.organizerId;
  if (filter.province) params.province = filter.province;
  if (filter.from) {
    where.push('n.date >= date($from)');
    params.from = filter.from;
  }
  if (filter.to) {
    where.push('n.date <= date($to)');
    params.to = filter.to;
  }
  return listQuery({
    match: startFromOrganization('Meeting', 'ORGANIZED_BY', filter.organizerId, filter.province, '$organizerId'),
    where,
    sort: byDate('n.date', filter.order),
    node: projection('n', 'Meeting'),
    params,
    slice,
    prefetch,
  });
}
