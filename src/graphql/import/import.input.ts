import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { DateScalar } from '../common/date.scalar';

@InputType('ImportArticleInput', { description: 'An article to import: its text (UTF-8, at most 1 MiB) and what is known about it.' })
export class ImportArticleInput {
  @Field({ description: 'The article text; Vietnamese, any Unicode normal form (stored as NFC).' })
  @IsString()
  text!: string;

  @Field(() => String, { nullable: true, description: 'Where it was published (http or https); also its identity: the same url is the same source.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  url?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. "Báo Lạng Sơn"; helps resolve "tỉnh" to a province.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  publisher?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  author?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Gives the year to dates written without one ("Sáng 8/8").' })
  @IsOptional()
  publishedOn?: string | null;
}
