import { IsBoolean, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { LIMITS, type TimelineEntryRecord } from '../../services/graph-service';
import { DateScalar } from '../common/date.scalar';
import { TimelineEntryKind } from '../common/enums';
import { Node } from '../node/node.interface';
import { Organization } from '../organization/organization.type';
import { PLAIN_FIELDS } from '../common/plain-fields';

@ObjectType('TimelineEntry', { ...PLAIN_FIELDS, description: 'One dated thing a body did.' })
export class TimelineEntry {
  @Field(() => TimelineEntryKind)
  kind!: TimelineEntryKind;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Issue date, meeting date, for an implementation the earliest of the body\'s meetings that disseminated the document and of its own documents based on it (a plan), or end of a figure\'s period; null when no source dates it.',
  })
  date!: string | null;

  @Field(() => Node, { description: 'The Document, Meeting or Figure.' })
  node!: Node;

  @Field(() => [String], { description: 'For IMPLEMENTATION: what the body did, in the words of the source.' })
  actions!: string[];
}

@ArgsType()
class TimelineArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(64)
  organizationId!: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  from?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  to?: string | null;

  @Field({ nullable: true, defaultValue: false, description: 'Also the bodies below it (children, grandchildren…).' })
  @IsBoolean()
  includeChildren!: boolean;

  @Field(() => Int, { nullable: true, defaultValue: 200, description: `1 to ${LIMITS.timelineEntries}.` })
  @IsInt()
  @Min(1)
  @Max(LIMITS.timelineEntries)
  first!: number;
}

@Resolver(() => TimelineEntry)
export class TimelineResolver {
  @Query(() => [TimelineEntry], {
    description: "A body's documents, meetings, implementations and figures in date order (oldest first, undated last).",
  })
  timeline(@Args() args: TimelineArgs, @Ctx() ctx: Context): Promise<TimelineEntryRecord[]> {
    return ctx.graph.timeline(args);
  }

  @FieldResolver(() => Organization, { description: 'The body the entry belongs to: the one asked for, or one below it.' })
  organization(@Root() entry: TimelineEntryRecord, @Ctx() ctx: Context) {
    return ctx.loaders.node('Organization', entry.organizationId);
  }
}
