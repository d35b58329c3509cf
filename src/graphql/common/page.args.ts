import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { MAX_CURSOR_LENGTH } from '../../domain/cursor';
import { LIMITS } from '../../services/graph-service';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: `How many items, 1 to ${LIMITS.pageSize}.` })
  @IsInt()
  @Min(1)
  @Max(LIMITS.pageSize)
  first!: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_CURSOR_LENGTH)
  after?: string | null;
}

/** The size of a relation list (children, implementations, meetings…): all of it unless `first` is given. */
@ArgsType()
export class RelationArgs {
  @Field(() => Int, { nullable: true, description: `At most this many, 1 to ${LIMITS.relationSize}, in the list's order; all when omitted.` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(LIMITS.relationSize)
  first?: number | null;
}

/** The GraphQL shape of a page of read models. */
export function toConnection<T>(page: { nodes: T[]; totalCount: number; hasNextPage: boolean; endCursor: string | null }) {
  return { nodes: page.nodes, totalCount: page.totalCount, pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor } };
}
