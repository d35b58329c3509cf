import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { PersonRecord, SourceRefRecord } from '../../domain/records';
import { RelationArgs } from '../common/page.args';
import type { Context } from '../../context';
import { evidenceSelected } from '../prefetch';
import { Organization } from '../organization/organization.type';
import { SourceRef } from '../source/source.type';
import { Person, Speech } from './person.type';
import { personSpeeches, type SpeechValue } from '../relation-values';

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The body the person spoke for.' })
  async organization(@Root() person: PersonRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return (await ctx.loaders.relatedNodes('personOrganization', person.id, 'Organization', null, info.fieldNodes[0]))[0] ?? null;
  }

  @FieldResolver(() => [Speech], { description: 'Meetings the person spoke at, newest first, with topics.' })
  async speeches(@Root() person: PersonRecord, @Args() { first }: RelationArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<SpeechValue[]> {
    return personSpeeches(person, await ctx.loaders.related('personSpeeches', person.id, first, evidenceSelected(info), info.fieldNodes[0]));
  }

  @FieldResolver(() => [SourceRef])
  sources(@Root() person: PersonRecord, @Ctx() ctx: Context): Promise<SourceRefRecord[]> {
    return ctx.loaders.mentions('personSources', person.id);
  }
}
