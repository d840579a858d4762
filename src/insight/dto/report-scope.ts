import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { trimmed } from '../../common/validation.js';
import { OptionalYear } from '../../common/graphql/input-fields.js';

/**
 * Whose and when, with one meaning in every report (collaboration figures, network, ICF, TRL,
 * commercialisation funnel, charts): `selection.ts` turns it into SQL, once for all of them.
 */
@InputType({ isAbstract: true })
export abstract class ReportScope {
  @Field(() => ID, {
    nullable: true,
    description:
      'The organisations counted: this one and, unless `includeUnits` is false, its units (organisations under it, all levels down). A project or agreement counts when one of them takes part in it; a funnel stage, when it is theirs.',
  })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The organisations counted: those in this province (as organisations write it; accents and case ignored, e.g. "Bình Dương"), with their units unless `includeUnits` is false. With `organizationId`, only when that organisation is in the province.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Transform(trimmed)
  province?: string;

  @Field({ defaultValue: true, description: 'Count the units of the organisations `organizationId` or `province` select (labs, faculties: organisations under them) with them, as AUTM counts an institution.' })
  @IsBoolean()
  includeUnits: boolean = true;

  @Field(() => ID, {
    nullable: true,
    description:
      'The projects of this programme and what came out of them: the technologies they produced, those technologies’ disclosures and filings, the agreements that cover them and the spin-offs founded on those agreements.',
  })
  @IsOptional()
  @IsUUID()
  programmeId?: string;

  @OptionalYear('From this year, by when each thing happened: a project’s start (its creation when it has none), an agreement’s execution, each funnel stage’s own date.')
  fromYear?: number;

  @OptionalYear('Up to and including this year.')
  toYear?: number;
}
