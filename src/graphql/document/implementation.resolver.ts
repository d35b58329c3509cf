import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { DocumentRecord, OrganizationRecord, SourceRefRecord } from '../../domain/records';
import { toMeeting } from '../../db/mappers/records';
import type { Context } from '../../context';
import { Meeting } from '../meeting/meeting.type';
import { Organization } from '../organization/organization.type';
import { SourceRef } from '../source/source.type';
import { Document } from './document.type';
import { Implementation } from './implementation.type';
import type { ImplementationValue } from '../relation-values';

@Resolver(() => Implementation)
export class ImplementationResolver {
  @FieldResolver(() => Organization)
  async organization(@Root() impl: ImplementationValue, @Ctx() ctx: Context): Promise<OrganizationRecord> {
    const org = impl.organization ?? (await ctx.loaders.node('Organization', impl.organizationId));
    if (!org) throw new Error(`implementation points at missing organization ${impl.organizationId}`);
    return org;
  }

  @FieldResolver(() => Document)
  async document(@Root() impl: ImplementationValue, @Ctx() ctx: Context): Promise<DocumentRecord> {
    const doc = impl.document ?? (await ctx.loaders.node('Document', impl.documentId));
    if (!doc) throw new Error(`implementation points at missing document ${impl.documentId}`);
    return doc;
  }

  @FieldResolver(() => [Meeting], { description: 'Meetings the body organized at which it disseminated the document.' })
  async meetings(@Root() impl: ImplementationValue, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.implementationMeetings.load({ organizationId: impl.organizationId, documentId: impl.documentId });
    return rows.map(toMeeting);
  }

  @FieldResolver(() => [SourceRef])
  sources(@Root() impl: ImplementationValue): SourceRefRecord[] {
    return impl.evidence;
  }
}
