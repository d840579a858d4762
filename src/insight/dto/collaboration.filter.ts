import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { ArrayUnique, IsEnum, IsOptional } from 'class-validator';
import { ProjectStatus } from '../../projects/project.enums.js';
import { ReportScope } from './report-scope.js';

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

@InputType({ description: 'Which collaborations (projects, and for the network agreements) a figure is computed over. All conditions must hold.' })
export class CollaborationFilter extends ReportScope {
  @Field(() => [ProjectStatus], { nullable: true, description: 'Project statuses counted; PROPOSED, ACTIVE, ON_HOLD and COMPLETED when omitted. Agreements count in the network only when it is omitted.' })
  @IsOptional()
  @ArrayUnique()
  @IsEnum(ProjectStatus, { each: true })
  statuses?: ProjectStatus[];

  @Field(() => HelixBasis, { defaultValue: HelixBasis.PRIMARY, description: 'Which helices of each participant count; PRIMARY when omitted.' })
  @IsEnum(HelixBasis)
  helixBasis: HelixBasis = HelixBasis.PRIMARY;
}
