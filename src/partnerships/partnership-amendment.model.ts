import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AmendmentStatus } from './partnership-amendment.entity.js';
import { PartyConsent } from './partnership.entity.js';

registerEnumType(AmendmentStatus, {
  name: 'PartnershipAmendmentStatus',
  description: 'Where an amendment of a partnership’s terms stands.',
  valuesMap: {
    PENDING: { description: 'Waiting for every party asked to accept it.' },
    APPLIED: { description: 'Every party accepted: the new terms are in force.' },
    DECLINED: { description: 'A party declined: the terms stay as they were.' },
    SUPERSEDED: { description: 'A newer amendment, or another change of the partnership (its parties or status), replaced it before every party accepted.' },
  },
});

@ObjectType('PartnershipAmendmentChange', { description: 'One term an amendment changes.' })
export class PartnershipAmendmentChangeModel {
  @Field({ description: 'The field of the partnership, named as on `Partnership` (e.g. `validUntil`).' })
  field: string;

  @Field(() => String, { nullable: true, description: 'Its value when the amendment was proposed; null when it was empty.' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'The value proposed; null clears it.' })
  after: string | null;
}

@ObjectType('PartnershipAmendmentConsent', { description: 'A party’s answer to an amendment.' })
export class PartnershipAmendmentConsentModel {
  @Field(() => ID, { description: 'The party (organisation).' })
  organizationId: string;

  @Field(() => PartyConsent, { description: 'Its answer so far; the parties the proposer is an editor or admin of accepted by proposing.' })
  consent: PartyConsent;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it answered.' })
  decidedAt: Date | null;
}

@ObjectType('PartnershipAmendment', {
  description:
    'A change of the terms of a partnership that has left DRAFT, proposed by someone who is not an editor or admin of every party. It takes effect, with a new version of the partnership, when every party has accepted it (`acceptPartnershipAmendment`); one refusal closes it. It applies only to the version it was made from: any other change of the partnership first supersedes it.',
})
export class PartnershipAmendmentModel {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id: string;

  @Field(() => ID, { description: 'The partnership.' })
  partnershipId: string;

  @Field(() => AmendmentStatus, { description: 'Where the amendment stands.' })
  status: AmendmentStatus;

  @Field(() => [PartnershipAmendmentChangeModel], { description: 'The terms it changes, each with its value then and the value proposed.' })
  changes: PartnershipAmendmentChangeModel[];

  @Field(() => Int, { description: 'The partnership’s `version` it was made from; it applies to that version only.' })
  baseVersion: number;

  @Field(() => ID, { nullable: true, description: 'The user who proposed it.' })
  proposedBy: string | null;

  @Field(() => [PartnershipAmendmentConsentModel], { description: 'Every party’s answer, by organisation id.' })
  consents: PartnershipAmendmentConsentModel[];

  @Field(() => GraphQLISODateTime, { description: 'When it was proposed.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was applied, declined or superseded.' })
  decidedAt: Date | null;
}

