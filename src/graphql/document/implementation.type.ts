import { Field, ObjectType } from 'type-graphql';
import { PLAIN_FIELDS } from '../common/plain-fields';

@ObjectType('Implementation', {
  ...PLAIN_FIELDS,
  description: 'An organization implementing a document: the answer to "which bodies implemented which policies".',
})
export class Implementation {
  @Field(() => [String], { description: 'What the body did, in the words of the source, e.g. "cụ thể hóa, triển khai thực hiện".' })
  actions!: string[];
}
