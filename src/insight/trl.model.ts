import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'How many technologies are at (or gained) a given number of levels.' })
export class TrlCount {
  @Field(() => Int, { description: 'The level, or the levels gained.' })
  value: number;

  @Field(() => Int, { description: 'Technologies.' })
  technologies: number;
}

@ObjectType({
  description:
    'How the technologies that came out of the selected projects progressed on the TRL scale (1–9). Levels are withheld unless you may read every record behind it, or at least 3 verified organisations other than your own contribute and none accounts for 80% or more of the technologies (their owners).',
})
export class TrlProgression {
  @Field(() => Int, { description: 'Technologies from the selected projects with at least one TRL assessment.' })
  technologies: number;

  @Field(() => Float, { nullable: true, description: 'Average level of their first assessment.' })
  averageFirstLevel: number | null;

  @Field(() => Float, { nullable: true, description: 'Average current level (the latest assessment).' })
  averageCurrentLevel: number | null;

  @Field(() => Float, { nullable: true, description: 'Average levels gained from the first to the latest assessment.' })
  averageGain: number | null;

  @Field(() => [TrlCount], { description: 'Technologies per current level (empty when withheld).' })
  currentLevels: TrlCount[];

  @Field(() => [TrlCount], { description: 'Technologies per levels gained since their first assessment (empty when withheld).' })
  gains: TrlCount[];

  @Field(() => Int, { description: 'Selected projects that produced at least one assessed technology.' })
  projects: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Average TRL gained per project: for each of its technologies, the latest level assessed by the project’s end (or today) minus the level at its start (the latest assessment before it, or else the first), summed per project.',
  })
  averageGainPerProject: number | null;
}
