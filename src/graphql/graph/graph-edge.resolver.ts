import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import type { GraphEdgeRecord, SourceRefRecord } from '../../domain/records';
import { GraphEdge } from '../common/common.types';
import { SourceRef } from '../source/source.type';

@Resolver(() => GraphEdge)
export class GraphEdgeResolver {
  @FieldResolver(() => [SourceRef], {
    description:
      'The sentences that state this link, each with its source: for IMPLEMENTS the sentence saying what the body did, ' +
      'for PART_OF one naming both bodies, for MENTIONED_IN the sentences of that source. Empty when no source states ' +
      'it (a hierarchy known from the list of bodies, or data imported before links carried evidence). Read for every ' +
      'edge of the operation in one query.',
  })
  sources(@Root() edge: GraphEdgeRecord, @Ctx() ctx: Context): Promise<SourceRefRecord[]> {
    return ctx.loaders.edgeSources.load(edge);
  }
}
