import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { OptionalYear } from '../common/graphql/input-fields.js';
import { Helix } from '../organizations/organization.enums.js';
import { PlacementKind } from '../placements/placement.enums.js';

@InputType({ description: 'Which placements to count. All given conditions must hold.' })
export class TalentFlowsFilter {
  @OptionalYear('From this year, by the year each placement starts.')
  fromYear?: number;

  @OptionalYear('Up to and including this year.')
  toYear?: number;

  @Field(() => [PlacementKind], { nullable: true, description: 'Only placements of these kinds; all kinds when omitted.' })
  @IsOptional()
  @IsEnum(PlacementKind, { each: true })
  kinds?: PlacementKind[];

  @Field(() => ID, { nullable: true, description: 'Only placements this organisation is the home or the host of.' })
  @IsOptional()
  @IsUUID('all', { message: 'filter.organizationId must be an organisation id (UUID)' })
  organizationId?: string;
}

@ObjectType({
  description:
    'How many placements of a kind, starting in a year, went from organisations of one helix to organisations of another. A count is withheld (null, `suppressed`) unless you may read every placement behind it, or at least 3 verified organisations other than your own (homes and hosts) take part in it and none takes part in 80% or more of it: a small count could give a person away.',
})
export class TalentFlowCell {
  @Field(() => Int, { description: 'The year the placements start.' })
  year: number;

  @Field(() => PlacementKind, { description: 'Their kind.' })
  kind: PlacementKind;

  @Field(() => Helix, { description: 'The helix of the home organisations (where the people come from).' })
  homeHelix: Helix;

  @Field(() => Helix, { description: 'The helix of the host organisations (where they are placed).' })
  hostHelix: Helix;

  @Field(() => Int, { nullable: true, description: 'Placements agreed, running or completed; null when withheld.' })
  placements: number | null;

  @Field({ description: 'True when the count is withheld by the disclosure-control rule.' })
  suppressed: boolean;
}

@ObjectType({
  description:
    'Talent flows between the helices: placements (internships, secondments, industrial PhDs, joint appointments, lab training) that both sides agreed to, counted by year, kind and home helix -> host helix. Placements the person withdrew count nowhere. No totals: they would give withheld counts away.',
})
export class TalentFlows {
  @Field(() => [TalentFlowCell], { description: 'One cell per year, kind, home helix and host helix with at least one placement; by year, kind, home helix, host helix.' })
  cells: TalentFlowCell[];
}
