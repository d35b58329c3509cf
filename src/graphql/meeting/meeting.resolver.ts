import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { NotBlank } from '../common/filters';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { MeetingRecord, SourceRefRecord } from '../../domain/records';
import type { Context } from '../../context';
import { DateScalar } from '../common/date.scalar';
import { DateOrder } from '../common/enums';
import { PageArgs, toConnection, RelationArgs } from '../common/page.args';
import { provinceArgument } from '../common/province';
import { connectionNodesSelection, evidenceSelected, prefetchFor, prefetchPlan } from '../prefetch';
import { Document } from '../document/document.type';
import { Figure } from '../figure/figure.type';
import { Organization } from '../organization/organization.type';
import { Speech } from '../person/person.type';
import { meetingSpeeches, type SpeechValue } from '../relation-values';
import { SourceRef } from '../source/source.type';
import { Meeting, MeetingConnection } from './meeting.type';

@ArgsType()
export class MeetingsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only meetings organized by this organization.' })
  @IsOptional()
  @IsString()
  @NotBlank()
  @MaxLength(64)
  organizerId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Held on or after this date.' })
  @IsOptional()
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Held on or before this date.' })
  @IsOptional()
  to?: string | null;

  @Field(() => String, { nullable: true, description: 'Only meetings organized by a body of this province, in any spelling ("Lạng Sơn", "lang son", "tỉnh Lạng Sơn"); a name that is no province is refused.' })
  @IsOptional()
  @IsString()
  @NotBlank()
  @MaxLength(100)
  province?: string | null;

  @Field(() => DateOrder, { nullable: true, defaultValue: DateOrder.NEWEST_FIRST, description: 'By meeting date; undated last.' })
  @IsOptional()
  @IsIn(Object.values(DateOrder))
  order?: DateOrder | null;
}

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => MeetingConnection, { description: 'Meetings by organizer, province and date range, newest first by default.' })
  async meetings(@Args() args: MeetingsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return toConnection(
      await ctx.graph.meetings(
        { ...args, province: provinceArgument(args.province) },
        prefetchFor(ctx.loaders, prefetchPlan(info, 'Meeting', connectionNodesSelection(info))),
      ),
    );
  }

  @FieldResolver(() => Organization, { nullable: true })
  async organizer(@Root() meeting: MeetingRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return (await ctx.loaders.relatedNodes('meetingOrganizer', meeting.id, 'Organization', null, info.fieldNodes[0]))[0] ?? null;
  }

  @FieldResolver(() => [Speech])
  async speeches(@Root() meeting: MeetingRecord, @Args() { first }: RelationArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<SpeechValue[]> {
    return meetingSpeeches(meeting, await ctx.loaders.related('meetingSpeeches', meeting.id, first, evidenceSelected(info), info.fieldNodes[0]));
  }

  @FieldResolver(() => [Document], { description: 'Documents disseminated or discussed at the meeting.' })
  documents(@Root() meeting: MeetingRecord, @Args() { first }: RelationArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.loaders.relatedNodes('meetingDocuments', meeting.id, 'Document', first, info.fieldNodes[0]);
  }

  @FieldResolver(() => [Figure], { description: 'Figures reported at the meeting.' })
  figures(@Root() meeting: MeetingRecord, @Args() { first }: RelationArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.loaders.relatedNodes('meetingFigures', meeting.id, 'Figure', first, info.fieldNodes[0]);
  }

  @FieldResolver(() => [SourceRef])
  sources(@Root() meeting: MeetingRecord, @Ctx() ctx: Context): Promise<SourceRefRecord[]> {
    return ctx.loaders.mentions('meetingSources', meeting.id);
  }
}

