import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SourceRecord, SourceRefRecord } from '../../domain/records';
import type { Context } from '../../context';
import { Source, SourceRef } from './source.type';

@Resolver(() => SourceRef)
export class SourceRefResolver {
  @FieldResolver(() => Source)
  async source(@Root() ref: SourceRefRecord, @Ctx() ctx: Context): Promise<SourceRecord> {
    const source = await ctx.loaders.node('Source', ref.sourceId);
    if (!source) throw new Error(`evidence points at missing source ${ref.sourceId}`);
    return source;
  }
}
