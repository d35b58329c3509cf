/**
 * Options for every object type: fields without a @FieldResolver use graphql-js's default resolver (read the property).
 * Otherwise type-graphql wraps each such field in a resolver of its own that builds a middleware context on every call:
 * a lineage answer has 7,000 such fields. The project uses no type-graphql middlewares or @Authorized on fields (access
 * is checked in resolvers), so nothing is skipped by this; a field that needs one must not be on a type with this.
 */
export const PLAIN_FIELDS = { simpleResolvers: true } as const;
