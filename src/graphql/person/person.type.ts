import { Field, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface';
import { PLAIN_FIELDS } from '../common/plain-fields';

@ObjectType('Person', {
  ...PLAIN_FIELDS,
  implements: Node,
  description: 'A speaker. Sources often name only a role ("Lãnh đạo Sở Kế hoạch và Đầu tư"): then name is null and role is set.',
})
export class Person extends Node {
  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true })
  role!: string | null;
}

@ObjectType('Speech', { ...PLAIN_FIELDS, description: 'Someone speaking at a meeting, on a topic.' })
export class Speech {
  @Field(() => String, { nullable: true, description: 'What the speech was about, in the words of the source.' })
  topic!: string | null;
}
