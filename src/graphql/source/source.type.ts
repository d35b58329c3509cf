import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../common/date.scalar';
import { Node } from '../node/node.interface';
import { PLAIN_FIELDS } from '../common/plain-fields';

@ObjectType('Source', { ...PLAIN_FIELDS, implements: Node, description: 'An article or document text that facts were taken from.' })
export class Source extends Node {
  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. "Báo Lạng Sơn".' })
  publisher!: string | null;

  @Field(() => String, { nullable: true })
  author!: string | null;

  @Field(() => DateScalar, { nullable: true })
  publishedOn!: string | null;
}

@ObjectType('SourceRef', { ...PLAIN_FIELDS, description: "A fact's evidence: the source and the exact sentence that supports it." })
export class SourceRef {
  @Field(() => Source)
  source!: Source;

  @Field({ description: 'The sentence of the source, verbatim (NFC).' })
  quote!: string;
}
