import { Field, Float, ObjectType } from 'type-graphql';
import { DateScalar } from '../common/date.scalar';
import { FigureQualifier } from '../common/enums';
import { Node } from '../node/node.interface';
import { PLAIN_FIELDS } from '../common/plain-fields';

@ObjectType('Figure', { ...PLAIN_FIELDS, implements: Node, description: 'A reported figure, e.g. 109 online conferences in the first half of 2024.' })
export class Figure extends Node {
  @Field(() => Float, { description: 'The number, with Vietnamese separators resolved ("14.600" → 14600).' })
  value!: number;

  @Field({ description: 'What is counted, e.g. "hội nghị", "lượt cán bộ, đảng viên", "%".' })
  unit!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => FigureQualifier, { nullable: true })
  qualifier!: FigureQualifier | null;

  @Field({ description: 'True for a target ("phấn đấu", "đảm bảo 100%"), false for a result.' })
  isTarget!: boolean;

  @Field(() => String, { nullable: true, description: 'The period in the words of the source, e.g. "6 tháng đầu năm 2024".' })
  period!: string | null;

  @Field(() => DateScalar, { nullable: true })
  periodStart!: string | null;

  @Field(() => DateScalar, { nullable: true })
  periodEnd!: string | null;
}
