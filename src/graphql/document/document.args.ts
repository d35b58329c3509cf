import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { NotBlank } from '../common/filters';
import { ArgsType, Field, ID } from 'type-graphql';
import { DOCUMENT_KINDS, type DocumentKind as DocumentKindName } from '../../domain/document-kind';
import { DateScalar } from '../common/date.scalar';
import { DateOrder, DocumentKind } from '../common/enums';
import { PageArgs } from '../common/page.args';

@ArgsType()
export class DocumentsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'A code in any spelling: "30-CT/TW", "30/CT-TW", "30 ct tw". Every match is returned.' })
  @IsOptional()
  @IsString()
  @NotBlank()
  @MaxLength(64)
  code?: string | null;

  @Field(() => DocumentKind, { nullable: true })
  @IsOptional()
  @IsIn(DOCUMENT_KINDS)
  kind?: DocumentKindName | null;

  @Field(() => ID, { nullable: true, description: 'Only documents issued by this organization.' })
  @IsOptional()
  @IsString()
  @NotBlank()
  @MaxLength(64)
  issuerId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Issued on or after this date.' })
  @IsOptional()
  issuedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Issued on or before this date.' })
  @IsOptional()
  issuedTo?: string | null;

  @Field(() => String, { nullable: true, description: 'Only documents whose issuer is in this province, in any spelling ("Lạng Sơn", "lang son", "tỉnh Lạng Sơn"); a name that is no province is refused.' })
  @IsOptional()
  @IsString()
  @NotBlank()
  @MaxLength(100)
  province?: string | null;

  @Field(() => DateOrder, { nullable: true, defaultValue: DateOrder.NEWEST_FIRST, description: 'By date of issue; undated last.' })
  @IsOptional()
  @IsIn(Object.values(DateOrder))
  order?: DateOrder | null;
}

@ArgsType()
export class ParseDocumentCodeArgs {
  @Field({ description: 'A document code in any print variant, e.g. "30 - CT/ TW" or "30/2020/ND-CP".' })
  @IsString()
  @MaxLength(200)
  code!: string;

  @Field(() => String, { nullable: true, description: 'The type name the text uses ("Quy định"), which settles a party "QĐ".' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  typeName?: string | null;
}
