import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Helix } from '../organizations/organization.enums.js';

@ObjectType({ description: 'How many collaborations have exactly this combination of helices taking part.' })
export class HelixCombination {
  @Field({ description: 'Academia (u, university) takes part.' })
  academia: boolean;

  @Field({ description: 'Industry (i) takes part.' })
  industry: boolean;

  @Field({ description: 'Government (g) takes part.' })
  government: boolean;

  @Field({ description: 'Civil society (c), the fourth helix, takes part.' })
  civilSociety: boolean;

  @Field(() => Int, { description: 'Collaborations counted with exactly this combination: projects, and the other kinds the filter names (`kinds`). Named `projects` for compatibility.' })
  projects: number;
}

@ObjectType({ description: 'The Shannon entropy, in bits, of the collaborations over some helix dimensions (joint when several).' })
export class HelixEntropy {
  @Field(() => [Helix], { description: 'The dimensions, e.g. [ACADEMIA, INDUSTRY] for H(ui).' })
  helices: Helix[];

  @Field(() => Float, { description: 'H in bits.' })
  bits: number;
}

@ObjectType({
  description:
    'Mutual information among the helices over a set of collaborations, in bits, with the counts it is computed from. A collaboration is a project, or a record of another kind the filter names (`kinds`: an agreement, a placement, an incubation, a training partnership), described by the helices of its parties.',
})
export class SynergyFigures {
  @Field(() => Int, { description: 'Collaborations counted, of every kind the filter names (projects when it names none). Named `projects` for compatibility.' })
  projects: number;

  @Field(() => Int, { description: 'Of them, collaborations in which academia, industry and government all take part. Named for projects, for compatibility.' })
  tripleHelixProjects: number;

  @Field(() => Float, { nullable: true, description: 'tripleHelixProjects / projects; null when there are none.' })
  tripleHelixShare: number | null;

  @Field(() => Float, { description: 'T(uig) = H(u) + H(i) + H(g) − H(ui) − H(ig) − H(ug) + H(uig), in bits. Negative means synergy.' })
  tripleHelix: number;

  @Field(() => Float, { description: 'T(ui) = H(u) + H(i) − H(ui): mutual information between academia and industry.' })
  academiaIndustry: number;

  @Field(() => Float, { description: 'T(ug) = H(u) + H(g) − H(ug): between academia and government.' })
  academiaGovernment: number;

  @Field(() => Float, { description: 'T(ig) = H(i) + H(g) − H(ig): between industry and government.' })
  industryGovernment: number;

  @Field(() => Float, { description: 'T(uigc): the four-dimensional figure with civil society, Σ H(x) − Σ H(xy) + Σ H(xyz) − H(uigc).' })
  quadrupleHelix: number;

  @Field(() => [HelixEntropy], { description: 'Every entropy the figures use: single, pairs, triples and the four together.' })
  entropies: HelixEntropy[];

  @Field(() => [HelixCombination], { description: 'Collaborations per combination of helices (only combinations that occur): enough to recompute every figure.' })
  combinations: HelixCombination[];
}

@ObjectType({ description: 'The synergy figures of the collaborations that started in one year.' })
export class SynergyYear extends SynergyFigures {
  @Field(() => Int, { description: 'The year: a project’s start (its creation when it has no start date), an agreement’s execution, a placement’s first day, an admission or the start of a mentoring, a training partnership’s first contribution year.' })
  year: number;
}

@ObjectType({ description: 'Triple Helix synergy (Leydesdorff) over the selected collaborations, overall and per year.' })
export class Synergy extends SynergyFigures {
  @Field(() => [SynergyYear], { description: 'The same figures for each year that has collaborations, oldest first.' })
  byYear: SynergyYear[];
}
