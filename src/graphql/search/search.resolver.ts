import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Ctx, Field, Float, Info, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import type { SearchHitRecord } from '../../services/search-service';
import { Node } from '../node/node.interface';
import { PLAIN_FIELDS } from '../common/plain-fields';
import { fieldSelected } from '../prefetch';

export const MAX_SEARCH_RESULTS = 50;

@ObjectType('SearchHit', { ...PLAIN_FIELDS })
export class SearchHit {
  @Field(() => Node)
  node!: Node;

  @Field(() => Float, { description: 'Relevance; exact document-code matches score highest.' })
  score!: number;

  @Field(() => String, { nullable: true, description: 'A short excerpt around the match.' })
  snippet!: string | null;

  @Field({ description: 'The entity type of node, e.g. "Document".' })
  type!: string;
}

@ArgsType()
class SearchArgs {
  @Field({ description: 'Words, names or a document code in any spelling; diacritics optional.' })
  @IsString()
  @MaxLength(500)
  query!: string;

  @Field(() => Int, { nullable: true, defaultValue: 10, description: `1 to ${MAX_SEARCH_RESULTS}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_SEARCH_RESULTS)
  first!: number;
}

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description: 'Full-text search over every entity, insensitive to case and Vietnamese diacritics ("nghi quyet" finds "Nghị quyết").',
  })
  search(@Args() { query, first }: SearchArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<SearchHitRecord[]> {
    // Snippets (and the source texts they are cut from, up to 100k characters each) only when asked for.
    return ctx.search.search(query, first, fieldSelected(info, 'snippet'));
  }
}
