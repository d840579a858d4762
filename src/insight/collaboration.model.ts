import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Helix } from '../organizations/organization.enums.js';
import { IcfFactor } from '../projects/project.enums.js';
import { IcfMeasureCount } from './icf-measures.js';

export enum ContributionKind {
  CASH = 'CASH',
  IN_KIND = 'IN_KIND',
}

registerEnumType(ContributionKind, {
  name: 'ContributionKind',
  description: 'What a participant brings to a project.',
  valuesMap: { CASH: { description: 'Money.' }, IN_KIND: { description: 'The stated value of staff, equipment, premises or data.' } },
});

@ObjectType({ description: 'What the participants of one helix contribute to the selected projects, in one currency.' })
export class HelixContributionTotal {
  @Field(() => Helix, { description: 'The participants’ primary helix.' })
  helix: Helix;

  @Field(() => ContributionKind, { description: 'Cash or in kind.' })
  kind: ContributionKind;

  @Field({ description: 'ISO 4217 currency code.' })
  currency: string;

  @Field(() => String, {
    nullable: true,
    description: 'The exact sum as a decimal string; null when withheld (see `suppressed`).',
  })
  amount: string | null;

  @Field({ description: 'True when the amount is withheld: shown only to those who read every contribution behind it, or when at least 3 verified organisations other than your own contribute and none accounts for 80% or more.' })
  suppressed: boolean;

  @Field(() => Int, { description: 'Distinct organisations whose contributions are summed.' })
  organizations: number;

  @Field(() => Int, { description: 'Projects they contribute to.' })
  projects: number;
}

@ObjectType({ description: 'The sum of project budgets in one currency.' })
export class BudgetTotal {
  @Field({ description: 'ISO 4217 currency code.' })
  currency: string;

  @Field(() => String, { nullable: true, description: 'The exact sum; null when withheld (see `suppressed`).' })
  amount: string | null;

  @Field({ description: 'True when the amount is withheld: shown only to those who read every project behind it, or when the projects of at least 3 verified coordinators other than your own organisations count and none accounts for 80% or more.' })
  suppressed: boolean;

  @Field(() => Int, { description: 'Projects with a budget in this currency.' })
  projects: number;
}

@ObjectType({ description: 'Projects, participants and budgets tagged with one of the ICF’s six factors, and the counts of the other records behind the factor.' })
export class IcfFactorFigures {
  @Field(() => IcfFactor, { description: 'The factor.' })
  factor: IcfFactor;

  @Field(() => Int, { description: 'Selected projects tagged with the factor.' })
  projects: number;

  @Field(() => Int, { description: 'Of them, projects in which academia, industry and government all take part.' })
  tripleHelixProjects: number;

  @Field(() => Int, { description: 'Active participations in those projects.' })
  participants: number;

  @Field(() => Int, { description: 'Distinct organisations taking part.' })
  organizations: number;

  @Field(() => [BudgetTotal], { description: 'Their budgets, summed per currency.' })
  budgets: BudgetTotal[];

  @Field(() => [IcfMeasureCount], {
    description:
      'Counts of the records behind the factor beyond projects, over the same organisations and years (not statuses, kinds or helices: those are projects’): for KNOWLEDGE_WORKFORCE placements (in all and by kind) and training (trainees, graduates, seats funded, graduates hired); for INNOVATION startups incubated and graduated and spin-offs formed; none for the other factors. A research programme (`programmeId`) has no placements, training or incubations: only spin-offs count then.',
  })
  measures: IcfMeasureCount[];
}
