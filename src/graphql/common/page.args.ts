import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
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
  @MaxLength(64)
  after?: string | null;
}

/** The GraphQL shape of a page of read models. */
export function toConnection<T>(page: { nodes: T[]; totalCount: number; hasNextPage: boolean; endCursor: string | null }) {
  return { nodes: page.nodes, totalCount: page.totalCount, pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor } };
}
