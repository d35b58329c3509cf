import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { FigureRecord, SourceRefRecord } from '../../domain/records';
import type { Context } from '../../context';
import { Meeting } from '../meeting/meeting.type';
import { Organization } from '../organization/organization.type';
import { SourceRef } from '../source/source.type';
import { Figure } from './figure.type';

@Resolver(() => Figure)
export class FigureResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The body that reported it.' })
  async organization(@Root() figure: FigureRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return (await ctx.loaders.relatedNodes('figureOrganization', figure.id, 'Organization', null, info.fieldNodes[0]))[0] ?? null;
  }

  @FieldResolver(() => Meeting, { nullable: true, description: 'The meeting at which it was reported.' })
  async meeting(@Root() figure: FigureRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return (await ctx.loaders.relatedNodes('figureMeeting', figure.id, 'Meeting', null, info.fieldNodes[0]))[0] ?? null;
  }

  @FieldResolver(() => [SourceRef])
  sources(@Root() figure: FigureRecord, @Ctx() ctx: Context): Promise<SourceRefRecord[]> {
    return ctx.loaders.mentions('figureSources', figure.id);
  }
}
