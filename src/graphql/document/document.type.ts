import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../common/date.scalar';
import { DocumentKind } from '../common/enums';
import { PageInfo } from '../common/common.types';
import { Node } from '../node/node.interface';
import type { DocumentKind as DocumentKindName } from '../../domain/document-kind';
import { PLAIN_FIELDS } from '../common/plain-fields';

@ObjectType('Document', { ...PLAIN_FIELDS, implements: Node, description: 'A party or state document: nghị quyết, chỉ thị, kế hoạch, nghị định…' })
export class Document extends Node {
  @Field(() => String, {
    nullable: true,
    description: 'Normalised number and symbol ("số và ký hiệu"), e.g. "30-CT/TW"; null when the document is known only by name.',
  })
  code!: string | null;

  @Field(() => DocumentKind)
  kind!: DocumentKindName;

  @Field({ description: 'The Vietnamese type name, e.g. "Chỉ thị".' })
  typeName!: string;

  @Field({ description: 'How sources refer to it, e.g. "Chỉ thị số 30-CT/TW" or "Nghị quyết Hội nghị Trung ương 8, khóa XIII".' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The subject line (trích yếu), e.g. "về công tác tuyên truyền miệng trong tình hình mới".',
  })
  title!: string | null;

  @Field(() => DateScalar, { nullable: true })
  issuedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Party congress term when known, e.g. "XIII".' })
  term!: string | null;

  @Field(() => String, { nullable: true, description: 'PARTY (e.g. 30-CT/TW) or STATE (e.g. 30/2020/NĐ-CP); null without a code.' })
  system!: string | null;
}

@ObjectType('DocumentConnection', { ...PLAIN_FIELDS })
export class DocumentConnection {
  @Field(() => [Document])
  nodes!: Document[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

@ObjectType('DocumentCodeInfo', { ...PLAIN_FIELDS, description: 'What a document code says, parsed without touching the database.' })
export class DocumentCodeInfo {
  @Field()
  normalized!: string;

  @Field()
  number!: string;

  @Field(() => DocumentKind, { nullable: true, description: 'Null when the code alone cannot tell (party "QĐ": quyết định or quy định).' })
  kind!: DocumentKindName | null;

  @Field(() => [DocumentKind], { description: 'Every kind the code can stand for.' })
  kindCandidates!: DocumentKindName[];

  @Field(() => String, { nullable: true, description: 'The Vietnamese type name, when the code decides it.' })
  typeName!: string | null;

  @Field()
  typeAbbreviation!: string;

  @Field()
  issuerAbbreviation!: string;

  @Field(() => [String], { description: 'Every issuer of a joint document (e.g. ["BNV", "VPCP"]); one otherwise.' })
  issuers!: string[];

  @Field(() => Int, { nullable: true })
  year!: number | null;

  @Field({ description: 'PARTY (e.g. 30-CT/TW) or STATE (e.g. 30/2020/NĐ-CP).' })
  system!: string;
}
