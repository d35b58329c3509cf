import { isObjectType, type GraphQLField, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';

/**
 * Replaces the resolvers of the fields a table names (type → field → spec) by what `wrap` makes of each, given the
 * field, its resolver and its spec; null leaves a field as it is. Used to answer fields from values already at hand
 * before type-graphql's resolver wrapper runs (graphql/prefetch.ts, graphql/relation-values.ts).
 */
export function wrapResolvers<Spec>(
  schema: GraphQLSchema,
  table: Readonly<Record<string, Readonly<Record<string, Spec>>>>,
  wrap: (field: GraphQLField<unknown, unknown>, resolve: GraphQLFieldResolver<unknown, unknown>, spec: Spec) => GraphQLFieldResolver<unknown, unknown> | null,
): void {
  for (const [typeName, fields] of Object.entries(table)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) continue;
    for (const [name, spec] of Object.entries(fields)) {
      const field = type.getFields()[name];
      if (!field?.resolve) continue;
      const wrapped = wrap(field, field.resolve, spec);
      if (wrapped) field.resolve = wrapped;
    }
  }
}
