import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Ctx, Field, ID, Info, Int, Query, Resolver } from 'type-graphql';
import { fieldSelection, prefetchFor, prefetchPlan } from '../prefetch';
import type { SubgraphRecord } from '../../domain/records';
import { LIMITS, requireEntityId } from '../../services/graph-service';
import type { Context } from '../../context';
import { Subgraph } from '../common/common.types';
import { Node } from '../node/node.interface';

@ArgsType()
class NodeArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(64)
  id!: string;
}

@ArgsType()
class LineageArgs extends NodeArgs {
  @Field(() => Int, { nullable: true, defaultValue: 4, description: `Hops to follow, 1 to ${LIMITS.lineageDepth}.` })
  @IsInt()
  @Min(1)
  @Max(LIMITS.lineageDepth)
  maxDepth!: number;
}

@ArgsType()
class PathArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(64)
  fromId!: string;

  @Field(() => ID)
  @IsString()
  @MaxLength(64)
  toId!: string;

  @Field(() => Int, { nullable: true, defaultValue: 6, description: `Longest path considered, 1 to ${LIMITS.pathHops}.` })
  @IsInt()
  @Min(1)
  @Max(LIMITS.pathHops)
  maxHops!: number;
}

@ArgsType()
class NeighborhoodArgs extends NodeArgs {
  @Field(() => Int, { nullable: true, defaultValue: 1, description: `1 to ${LIMITS.neighborhoodHops}.` })
  @IsInt()
  @Min(1)
  @Max(LIMITS.neighborhoodHops)
  hops!: number;

  @Field(() => Int, { nullable: true, defaultValue: 200, description: `Most nodes returned (nearest first), 1 to ${LIMITS.neighborhoodNodes}.` })
  @IsInt()
  @Min(1)
  @Max(LIMITS.neighborhoodNodes)
  limit!: number;
}

@Resolver()
export class GraphResolver {
  @Query(() => Node, { nullable: true, description: 'Any entity by its id; null when no entity has it.' })
  async node(@Args() { id }: NodeArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const type = requireEntityId(id, 'id');
    const prefetch = prefetchFor(ctx.loaders, prefetchPlan(info, type, fieldSelection(info)));
    if (!prefetch) return ctx.loaders.node(type, id);
    // One statement reads the entity and everything the operation follows from it.
    const found = await ctx.graph.nodeWithPrefetch(id, prefetch);
    return found?.record ?? null;
  }

  @Query(() => Subgraph, {
    description:
      'What descends from a document, up to maxDepth hops: the documents based on it, the bodies that implement them and the meetings that disseminate them (BASED_ON, IMPLEMENTS, DISSEMINATED followed backwards), with the body that issued each document reached (ISSUED_BY).',
  })
  lineage(@Args() { id, maxDepth }: LineageArgs, @Ctx() ctx: Context): Promise<SubgraphRecord> {
    return ctx.graph.lineage(id, maxDepth);
  }

  @Query(() => Subgraph, { nullable: true, description: 'A shortest path between two entities, or null when none exists within maxHops.' })
  path(@Args() { fromId, toId, maxHops }: PathArgs, @Ctx() ctx: Context): Promise<SubgraphRecord | null> {
    return ctx.graph.path(fromId, toId, maxHops);
  }

  @Query(() => Subgraph, { description: 'Everything within `hops` of an entity, at most `limit` nodes.' })
  neighborhood(@Args() { id, hops, limit }: NeighborhoodArgs, @Ctx() ctx: Context): Promise<SubgraphRecord> {
    return ctx.graph.neighborhood(id, hops, limit);
  }
}
