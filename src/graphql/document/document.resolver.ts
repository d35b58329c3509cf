import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { parseDocumentCode, typeNameOfCode } from '../../domain/document-code';
import type { DocumentRecord, OrganizationRecord, SourceRefRecord } from '../../domain/records';
import { nfc } from '../../domain/text';
import type { Context } from '../../context';
import { toConnection, RelationArgs } from '../common/page.args';
import { provinceArgument } from '../common/province';
import { connectionNodesSelection, evidenceSelected, prefetchFor, prefetchPlan } from '../prefetch';
import { Meeting } from '../meeting/meeting.type';
import { Organization } from '../organization/organization.type';
import { SourceRef } from '../source/source.type';
import { DocumentsArgs, ParseDocumentCodeArgs } from './document.args';
import { Document, DocumentCodeInfo, DocumentConnection } from './document.type';
import { Implementation } from './implementation.type';
import { documentImplementations, type ImplementationValue } from '../relation-values';

@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => DocumentConnection, {
    description: 'Documents filtered by code (any spelling: "30-CT/TW", "30/CT-TW", "30 ct tw"), kind, issuer or date range.',
  })
  async documents(@Args() args: DocumentsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return toConnection(
      await ctx.graph.documents(
        { ...args, code: args.code ? nfc(args.code) : null, province: provinceArgument(args.province) },
        prefetchFor(ctx.loaders, prefetchPlan(info, 'Document', connectionNodesSelection(info))),
      ),
    );
  }

  @Query(() => DocumentCodeInfo, { description: 'Parses a document code without touching the database.' })
  parseDocumentCode(@Args() { code, typeName }: ParseDocumentCodeArgs): DocumentCodeInfo {
    const parsed = parseDocumentCode(nfc(code), typeName ? { typeName: nfc(typeName) } : undefined);
    return { ...parsed, typeName: typeNameOfCode(parsed) };
  }

  @FieldResolver(() => Organization, { nullable: true })
  async issuer(@Root() doc: DocumentRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<OrganizationRecord | null> {
    return (await ctx.loaders.relatedNodes('documentIssuer', doc.id, 'Organization', null, info.fieldNodes[0]))[0] ?? null;
  }

  @FieldResolver(() => [Implementation], { description: 'Which bodies implemented this document, each with the evidence.' })
  async implementations(@Root() doc: DocumentRecord, @Args() { first }: RelationArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ImplementationValue[]> {
    return documentImplementations(doc, await ctx.loaders.related('documentImplementations', doc.id, first, evidenceSelected(info), info.fieldNodes[0]));
  }

  @FieldResolver(() => [Meeting], { description: 'Meetings at which it was disseminated or discussed.' })
  meetings(@Root() doc: DocumentRecord, @Args() { first }: RelationArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.loaders.relatedNodes('documentMeetings', doc.id, 'Meeting', first, info.fieldNodes[0]);
  }

  @FieldResolver(() => [Document], { description: 'Documents this one implements or is based on.' })
  basedOn(@Root() doc: DocumentRecord, @Args() { first }: RelationArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.loaders.relatedNodes('documentBasedOn', doc.id, 'Document', first, info.fieldNodes[0]);
  }

  @FieldResolver(() => [Document], { description: 'Documents issued to implement or that are based on this one.' })
  derived(@Root() doc: DocumentRecord, @Args() { first }: RelationArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.loaders.relatedNodes('documentDerived', doc.id, 'Document', first, info.fieldNodes[0]);
  }

  @FieldResolver(() => [SourceRef], { description: 'Where the document is mentioned, with the sentences.' })
  sources(@Root() doc: DocumentRecord, @Ctx() ctx: Context): Promise<SourceRefRecord[]> {
    return ctx.loaders.mentions('documentSources', doc.id);
  }
}
