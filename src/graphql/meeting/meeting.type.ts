import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../common/date.scalar';
import { MeetingFormat } from '../common/enums';
import { PageInfo } from '../common/common.types';
import { Node } from '../node/node.interface';
import { PLAIN_FIELDS } from '../common/plain-fields';

@ObjectType('Meeting', { ...PLAIN_FIELDS, implements: Node, description: 'A meeting or conference (hội nghị), with who spoke and what was disseminated.' })
export class Meeting extends Node {
  @Field()
  title!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Null when no source gives the year: never guessed.' })
  date!: string | null;

  @Field(() => MeetingFormat, { nullable: true })
  format!: MeetingFormat | null;

  @Field(() => Int, { nullable: true, description: 'Điểm cầu: connected locations of an online meeting.' })
  connectedPoints!: number | null;
}

@ObjectType('MeetingConnection', { ...PLAIN_FIELDS })
export class MeetingConnection {
  @Field(() => [Meeting])
  nodes!: Meeting[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
