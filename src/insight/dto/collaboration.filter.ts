import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayUnique, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ProjectStatus } from '../../projects/project.enums.js';
import { trimmed } from '../../common/validation.js';
import { OptionalYear } from '../../common/graphql/input-fields.js';

/** Which of an organisation's helices count when describing a collaboration. */
export enum HelixBasis {
  PRIMARY = 'PRIMARY',
  PRIMARY_AND_SECONDARY = 'PRIMARY_AND_SECONDARY',
}

registerEnumType(HelixBasis, {
  name: 'HelixBasis',
  description: 'Which helices of an organisation count when describing a collaboration.',
  valuesMap: {
    PRIMARY: { description: 'Each organisation counts in its primary helix only (one organisation, one sector), as in Leydesdorff’s studies.' },
    PRIMARY_AND_SECONDARY: { description: 'Hybrids count in their secondary helices too (Becamex IDC as industry and government), as `Project.helices` does.' },
  },
});

/** The default: collaborations that exist, neither drafts nor abandoned ones. */
export const countedStatuses = [ProjectStatus.PROPOSED, ProjectStatus.ACTIVE, ProjectStatus.ON_HOLD, ProjectStatus.COMPLETED];

@InputType({ description: 'Which collaborations (projects) a figure is computed over. All conditions must hold.' })
export class CollaborationFilter {
  @OptionalYear('From this year (the project’s start date, or its creation when it has none).')
  fromYear?: number;

  @OptionalYear('Up to and including this year.')
  toYear?: number;

  @Field(() => ID, { nullable: true, description: 'Projects of this programme.' })
  @IsOptional()
  @IsUUID()
  programmeId?: string;

  @Field(() => String, { nullable: true, description: 'Projects with an active participant in this province (as organisations write it; accents and case ignored), e.g. "Bình Dương".' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Transform(trimmed)
  province?: string;

  @Field(() => ID, { nullable: true, description: 'Projects in which this organisation actively takes part.' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @Field(() => [ProjectStatus], { nullable: true, description: 'Project statuses counted; PROPOSED, ACTIVE, ON_HOLD and COMPLETED when omitted.' })
  @IsOptional()
  @ArrayUnique()
  @IsEnum(ProjectStatus, { each: true })
  statuses?: ProjectStatus[];

  @Field(() => HelixBasis, { defaultValue: HelixBasis.PRIMARY, description: 'Which helices of each participant count; PRIMARY when omitted.' })
  @IsEnum(HelixBasis)
  helixBasis: HelixBasis = HelixBasis.PRIMARY;
}
