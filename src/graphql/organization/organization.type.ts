import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../common/date.scalar';
import { OrganizationKind } from '../common/enums';
import { PageInfo } from '../common/common.types';
import { Node } from '../node/node.interface';
import { PLAIN_FIELDS } from '../common/plain-fields';

@ObjectType('Organization', { ...PLAIN_FIELDS, implements: Node, description: 'A body: Ban Bí thư, Tỉnh ủy, Đảng ủy Khối, UBND, Sở…' })
export class Organization extends Node {
  @Field({ description: 'Canonical full name, e.g. "Đảng ủy Khối các cơ quan tỉnh Lạng Sơn".' })
  name!: string;

  @Field(() => [String], { description: 'Other names it is known by in sources, e.g. "Đảng ủy Khối CCQ tỉnh".' })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'The province of a provincial body, e.g. "Lạng Sơn"; null for central bodies.' })
  province!: string | null;

  @Field(() => OrganizationKind, { nullable: true })
  kind!: OrganizationKind | null;

  @Field(() => DateScalar, { nullable: true, description: 'Ngày thành lập, when a source gives it.' })
  foundedOn!: string | null;
}

@ObjectType('OrganizationConnection', { ...PLAIN_FIELDS })
export class OrganizationConnection {
  @Field(() => [Organization])
  nodes!: Organization[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
