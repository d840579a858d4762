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

/** The kinds of record a report can count as a collaboration between organisations. */
export enum CollaborationKind {
  PROJECT = 'PROJECT',
  AGREEMENT = 'AGREEMENT',
  PLACEMENT = 'PLACEMENT',
  INCUBATION = 'INCUBATION',
  TRAINING = 'TRAINING',
}

registerEnumType(CollaborationKind, {
  name: 'CollaborationKind',
  description: 'A kind of record counted as a collaboration between the organisations party to it.',
  valuesMap: {
    PROJECT: { description: 'A joint project: its active participants, dated by its start (its creation when it has none).' },
    AGREEMENT: { description: 'A signed agreement: its licensors and its licensee, dated by its execution.' },
    PLACEMENT: { description: 'A placement both sides agreed to (AGREED, RUNNING or COMPLETED): the home and the host organisation, dated by its first day.' },
    INCUBATION: {
      description:
        'An incubation: the runner of the programme and a startup it admitted (ADMITTED, GRADUATED, LEFT or FAILED), dated by the admission; and each mentor’s organisation with that startup, dated by the day the mentoring began.',
    },
    TRAINING: { description: 'A training partnership: the runner of a training programme and each of its active partners, one collaboration per programme and partner, dated by the years of its contributions.' },
  },
});

/** The default: collaborations that exist, neither drafts nor abandoned ones. */
export const countedStatuses = [ProjectStatus.PROPOSED, ProjectStatus.ACTIVE, ProjectStatus.ON_HOLD, ProjectStatus.COMPLETED];

@InputType({
  description:
    'Which collaborations a figure is computed over: their kinds (projects, and for the network agreements, when omitted), and the records of those kinds in scope. All conditions must hold.',
})
export class CollaborationFilter extends ReportScope {
  @Field(() => [CollaborationKind], {
    nullable: true,
    description:
      'The kinds of record counted as collaborations. When omitted: PROJECT and AGREEMENT in the network (PROJECT alone when `statuses` is given), PROJECT in the synergy and in the project figures of the other reports. Placements and incubation files count in the network and the synergy only where you may read them (see `collaborationNetwork`). Reports about projects (contributions, ICF project figures, TRL) count none when the kinds leave PROJECT out. `programmeId` selects no placement, incubation or training partnership: they belong to no research programme.',
  })
  @IsOptional()
  @ArrayUnique()
  @IsEnum(CollaborationKind, { each: true })
  kinds?: CollaborationKind[];

  @Field(() => [ProjectStatus], {
    nullable: true,
    description:
      'Project statuses counted; PROPOSED, ACTIVE, ON_HOLD and COMPLETED when omitted. They apply to projects only. When `kinds` is omitted, naming statuses leaves agreements out of the network; with `kinds`, the kinds decide.',
  })
  @IsOptional()
  @ArrayUnique()
  @IsEnum(ProjectStatus, { each: true })
  statuses?: ProjectStatus[];

  @Field(() => HelixBasis, { defaultValue: HelixBasis.PRIMARY, description: 'Which helices of each participant count; PRIMARY when omitted.' })
  @IsEnum(HelixBasis)
  helixBasis: HelixBasis = HelixBasis.PRIMARY;
}
