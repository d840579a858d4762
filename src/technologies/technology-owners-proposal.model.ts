import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { OwnerConsent, OwnersProposalStatus } from './technology.enums.js';
import { CalendarDate } from '../common/graphql/scalars.js';

@ObjectType('ProposedOwnership', { description: 'An ownership period as a proposal would have it.' })
export class ProposedOwnershipModel {
  @Field(() => ID, { description: 'The organisation.' })
  organizationId: string;

  @Field({ description: 'Percentage as an exact decimal string, e.g. "60.00".' })
  share: string;

  @Field(() => CalendarDate, { description: 'First day of ownership (YYYY-MM-DD).' })
  validFrom: string;

  @Field(() => CalendarDate, { nullable: true, description: 'Last day of ownership (YYYY-MM-DD); null when open-ended.' })
  validUntil: string | null;
}

@ObjectType('OwnerConsentAnswer', { description: 'The answer of an owner whose share the proposal shrinks.' })
export class OwnerConsentModel {
  @Field(() => ID, { description: 'The owning organisation.' })
  organizationId: string;

  @Field(() => OwnerConsent, { description: 'Its answer so far.' })
  consent: OwnerConsent;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When its editors or admins answered.' })
  decidedAt: Date | null;
}

@ObjectType('TechnologyOwnersProposal', {
  description:
    'A change of a technology’s owners that shrinks the share of owners other than the proposer’s organisations: it takes effect when each of them has accepted (`acceptTechnologyOwners`).',
})
export class TechnologyOwnersProposalModel {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id: string;

  @Field(() => ID, { description: 'The technology.' })
  technologyId: string;

  @Field(() => OwnersProposalStatus, { description: 'Where the proposal stands.' })
  status: OwnersProposalStatus;

  @Field(() => [ProposedOwnershipModel], { description: 'The complete list of ownership periods proposed.' })
  owners: ProposedOwnershipModel[];

  @Field(() => [OwnerConsentModel], { description: 'The owners whose consent it needs, with their answers.' })
  consents: OwnerConsentModel[];

  @Field(() => GraphQLISODateTime, { description: 'When it was proposed.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it took effect, was declined or was superseded.' })
  decidedAt: Date | null;
}

