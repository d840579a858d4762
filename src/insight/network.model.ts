import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Helix } from '../organizations/organization.enums.js';

export enum NetworkRanking {
  DEGREE = 'DEGREE',
  BETWEENNESS = 'BETWEENNESS',
  CROSS_HELIX_BETWEENNESS = 'CROSS_HELIX_BETWEENNESS',
}

registerEnumType(NetworkRanking, {
  name: 'NetworkRanking',
  description: 'How organisations are ranked in the collaboration network.',
  valuesMap: {
    DEGREE: { description: 'Most distinct partners first.' },
    BETWEENNESS: { description: 'Most often on the shortest paths between other organisations first.' },
    CROSS_HELIX_BETWEENNESS: { description: 'Most often on the shortest paths between organisations of different helices first: the bridges between helices.' },
  },
});

@ObjectType({ description: 'An organisation’s position in the co-participation network.' })
export class NetworkPosition {
  @Field(() => ID, { description: 'The organisation’s id.' })
  organizationId: string;

  @Field(() => Int, { description: '1 for the first in the chosen ranking.' })
  rank: number;

  @Field(() => Helix, { description: 'Its primary helix, which the cross-helix figures use.' })
  helix: Helix;

  @Field(() => Int, { description: 'Distinct partners: organisations it shares at least one collaboration with.' })
  degree: number;

  @Field(() => Int, { description: 'Distinct partners of another primary helix.' })
  crossHelixDegree: number;

  @Field(() => Int, { description: 'Collaborations it takes part in within the selection, of the kinds counted (projects and agreements unless the filter names others).' })
  collaborations: number;

  @Field(() => Float, { description: 'Betweenness centrality, normalised to 0–1: the share of shortest paths between two other organisations that pass through it.' })
  betweenness: number;

  @Field(() => Float, { description: 'The same over pairs of organisations of different helices only: how much it bridges the helices.' })
  crossHelixBetweenness: number;
}

@ObjectType({ description: 'The organisation co-participation network of the selected collaborations (projects and signed agreements, or the kinds the filter names).' })
export class CollaborationNetwork {
  @Field(() => Int, { description: 'Organisations with at least one collaboration in the selection.' })
  organizations: number;

  @Field(() => Int, { description: 'Distinct pairs of organisations that collaborate.' })
  links: number;

  @Field(() => Float, { description: 'links / possible pairs.' })
  density: number;

  @Field({ description: 'True when betweenness was computed from every organisation; false when it was estimated from a sample of sources.' })
  exact: boolean;

  @Field(() => Int, { description: 'How many organisations the shortest paths were searched from.' })
  sources: number;

  @Field({
    description:
      'When these figures were computed. They are kept until a record behind them changes; a large network that took long to compute is then answered from the previous computation while the new one runs.',
  })
  computedAt: Date;

  @Field(() => [NetworkPosition], { description: 'The first organisations in the chosen ranking.' })
  top: NetworkPosition[];
}
