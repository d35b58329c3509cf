import { GraphQLError } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import type { EntityType } from '../../domain/ids';
import type { ImportOutcome } from '../../services/import-service';
import { Document } from '../document/document.type';
import { Figure } from '../figure/figure.type';
import { Meeting } from '../meeting/meeting.type';
import { Organization } from '../organization/organization.type';
import { Source } from '../source/source.type';
import { ImportArticleInput } from './import.input';
import { PLAIN_FIELDS } from '../common/plain-fields';

@ObjectType('ImportResult', { ...PLAIN_FIELDS, description: 'What an import found in the article; the graph now holds all of it.' })
export class ImportResult {
  @Field(() => [String], { description: 'Things the extractor noticed but could not resolve, in plain words.' })
  warnings!: string[];

  @Field(() => Int, { description: 'Nodes this import created: 0 when the article was already imported.' })
  nodesCreated!: number;

  @Field(() => Int, { description: 'Relationships this import created: 0 when the article was already imported.' })
  relationshipsCreated!: number;
}

/** Refuses a write unless the request carries the write token. */
function requireWriteAccess(ctx: Context): void {
  switch (ctx.writeAccess) {
    case 'granted':
      return;
    case 'disabled':
      throw new GraphQLError('Writes are disabled on this server: it was started without API_WRITE_TOKEN.', { extensions: { code: 'FORBIDDEN' } });
    case 'missing':
      throw new GraphQLError('This mutation needs the header Authorization: Bearer <API_WRITE_TOKEN>.', { extensions: { code: 'UNAUTHENTICATED' } });
    default:
      throw new GraphQLError('The bearer token is not the write token.', { extensions: { code: 'FORBIDDEN' } });
  }
}

async function loadAll<T extends EntityType>(ctx: Context, type: T, ids: string[]) {
  const found = await Promise.all(ids.map((id) => ctx.loaders.node(type, id)));
  return found.filter((x): x is NonNullable<typeof x> => x !== null);
}

@Resolver(() => ImportResult)
export class ImportResolver {
  @Mutation(() => ImportResult, {
    description:
      'Extracts documents, bodies, meetings, speakers and figures from an article and merges them into the graph.\nIdempotent: importing the same article again changes nothing. Requires `Authorization: Bearer <API_WRITE_TOKEN>`.',
  })
  async importArticle(@Arg('input', () => ImportArticleInput) input: ImportArticleInput, @Ctx() ctx: Context): Promise<ImportOutcome & ImportResult> {
    requireWriteAccess(ctx);
    const outcome = await ctx.imports.importArticle(input);
    ctx.logger.info({ source: outcome.plan.source.url ?? outcome.plan.source.id, ...outcome.created }, 'article imported');
    return { ...outcome, nodesCreated: outcome.created.nodesCreated, relationshipsCreated: outcome.created.relationshipsCreated };
  }

  @FieldResolver(() => Source)
  async source(@Root() result: ImportOutcome, @Ctx() ctx: Context) {
    return ctx.loaders.node('Source', result.plan.source.id);
  }

  @FieldResolver(() => [Document])
  documents(@Root() result: ImportOutcome, @Ctx() ctx: Context) {
    return loadAll(ctx, 'Document', result.plan.documents.map((d) => d.id));
  }

  @FieldResolver(() => [Organization])
  organizations(@Root() result: ImportOutcome, @Ctx() ctx: Context) {
    return loadAll(ctx, 'Organization', result.plan.organizations.map((o) => o.id));
  }

  @FieldResolver(() => [Meeting])
  meetings(@Root() result: ImportOutcome, @Ctx() ctx: Context) {
    return loadAll(ctx, 'Meeting', result.plan.meetings.map((m) => m.id));
  }

  @FieldResolver(() => [Figure])
  figures(@Root() result: ImportOutcome, @Ctx() ctx: Context) {
    return loadAll(ctx, 'Figure', result.plan.figures.map((f) => f.id));
  }
}
