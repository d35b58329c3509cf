import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { NotBlank } from '../common/filters';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Ctx, Field, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { OrganizationRecord, SourceRefRecord } from '../../domain/records';
import { nfc } from '../../domain/text';
import type { Context } from '../../context';
import { PageArgs, toConnection, RelationArgs } from '../common/page.args';
import { provinceArgument } from '../common/province';
import { connectionNodesSelection, evidenceSelected, prefetchFor, prefetchPlan } from '../prefetch';
import { OrganizationKind } from '../common/enums';
import { Document } from '../document/document.type';
import { Implementation } from '../document/implementation.type';
import { organizationImplementations, type ImplementationValue } from '../relation-values';
import { Figure } from '../figure/figure.type';
import { Meeting } from '../meeting/meeting.type';
import { Person } from '../person/person.type';
import { SourceRef } from '../source/source.type';
import { Organization, OrganizationConnection } from './organization.type';

@ArgsType()
export class OrganizationsArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Part of the name or of an alias; case, diacritics and punctuation do not matter ("dang uy khoi" finds "Đảng ủy Khối…").',
  })
  @IsOptional()
  @IsString()
  @NotBlank()
  @MaxLength(200)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Only bodies of this province, in any spelling ("Lạng Sơn", "lang son", "tỉnh Lạng Sơn"); a name that is no province is refused.' })
  @IsOptional()
  @IsString()
  @NotBlank()
  @MaxLength(100)
  province?: string | null;

  @Field(() => OrganizationKind, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(OrganizationKind))
  kind?: OrganizationKind | null;
}

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => OrganizationConnection, { description: 'Organizations by name or alias, in Vietnamese name order (case and diacritics folded).' })
  async organizations(@Args() args: OrganizationsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return toConnection(
      await ctx.graph.organizations(
        { ...args, name: args.name ? nfc(args.name) : null, province: provinceArgument(args.province) },
        prefetchFor(ctx.loaders, prefetchPlan(info, 'Organization', connectionNodesSelection(info))),
      ),
    );
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The body it belongs to or answers to.' })
  async parent(@Root() org: OrganizationRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return (await ctx.loaders.relatedNodes('organizationParent', org.id, 'Organization', null, info.fieldNodes[0]))[0] ?? null;
  }

  @FieldResolver(() => [Organization])
  children(@Root() org: OrganizationRecord, @Args() { first }: RelationArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.loaders.relatedNodes('organizationChildren', org.id, 'Organization', first, info.fieldNodes[0]);
  }

  @FieldResolver(() => [Organization], { description: 'For a committee (Đảng ủy), the party organization (Đảng bộ) it leads.' })
  leads(@Root() org: OrganizationRecord, @Args() { first }: RelationArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.loaders.relatedNodes('organizationLeads', org.id, 'Organization', first, info.fieldNodes[0]);
  }

  @FieldResolver(() => [Organization], { description: 'For a party organization (Đảng bộ), the committee that leads it.' })
  ledBy(@Root() org: OrganizationRecord, @Args() { first }: RelationArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.loaders.relatedNodes('organizationLedBy', org.id, 'Organization', first, info.fieldNodes[0]);
  }

  @FieldResolver(() => [Document], { description: 'Documents it issued, newest first.' })
  issued(@Root() org: OrganizationRecord, @Args() { first }: RelationArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.loaders.relatedNodes('organizationIssued', org.id, 'Document', first, info.fieldNodes[0]);
  }

  @FieldResolver(() => [Meeting], { description: 'Meetings it organized, newest first.' })
  organized(@Root() org: OrganizationRecord, @Args() { first }: RelationArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.loaders.relatedNodes('organizationOrganized', org.id, 'Meeting', first, info.fieldNodes[0]);
  }

  @FieldResolver(() => [Implementation], { description: 'Documents it implements, each with what it did and the evidence.' })
  async implementations(@Root() org: OrganizationRecord, @Args() { first }: RelationArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ImplementationValue[]> {
    return organizationImplementations(org, await ctx.loaders.related('organizationImplementations', org.id, first, evidenceSelected(info), info.fieldNodes[0]));
  }

  @FieldResolver(() => [Figure], { description: 'Figures it reported.' })
  figures(@Root() org: OrganizationRecord, @Args() { first }: RelationArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.loaders.relatedNodes('organizationFigures', org.id, 'Figure', first, info.fieldNodes[0]);
  }

  @FieldResolver(() => [Person], { description: 'People (or roles) who spoke for it.' })
  people(@Root() org: OrganizationRecord, @Args() { first }: RelationArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.loaders.relatedNodes('organizationPeople', org.id, 'Person', first, info.fieldNodes[0]);
  }

  @FieldResolver(() => [SourceRef], { description: 'Where the body is mentioned, with the sentences.' })
  sources(@Root() org: OrganizationRecord, @Ctx() ctx: Context): Promise<SourceRefRecord[]> {
    return ctx.loaders.mentions('organizationSources', org.id);
  }
}
