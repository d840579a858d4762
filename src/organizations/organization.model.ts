import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../common/pagination/connection.js';
import type { OrganizationEntity } from './organization.entity.js';
import { Helix, OrganizationKind } from './organization.enums.js';
import { rorBase } from '../common/identifiers.js';

@ObjectType('Organization', {
  description: 'An actor of the ecosystem: a government body, company, university, lab, intermediary or network.',
})
export class OrganizationModel {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id: string;

  @Field({ description: 'Short, unique, URL-safe handle, e.g. `becamex-idc`.' })
  slug: string;

  @Field({ description: 'Official name as the organisation writes it (Vietnamese where it applies).' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Name in English.' })
  nameEn: string | null;

  @Field(() => String, { nullable: true, description: 'Abbreviation or usual short name, e.g. `EIU`.' })
  shortName: string | null;

  @Field(() => Helix, { description: 'Primary helix: the sector the organisation belongs to.' })
  helix: Helix;

  @Field(() => [Helix], {
    description: 'Further helices of a hybrid actor, e.g. GOVERNMENT for a state-owned company. Never repeats `helix`.',
  })
  secondaryHelices: Helix[];

  @Field(() => OrganizationKind, { description: 'What kind of body this is.' })
  kind: OrganizationKind;

  @Field({ description: 'Country, as an ISO 3166-1 alpha-2 code (e.g. `VN`, `NL`).' })
  country: string;

  @Field(() => String, { nullable: true, description: 'Province, state or region.' })
  province: string | null;

  @Field(() => String, { nullable: true, description: 'Public website (http or https URL).' })
  website: string | null;

  @Field(() => String, { nullable: true, description: 'Its identifier in the Research Organization Registry, as its URL (`https://ror.org/05dxps055`).' })
  rorId: string | null;

  @Field(() => String, { nullable: true, description: 'What the organisation is and does.' })
  description: string | null;

  @Field({ description: 'True once a platform admin has verified that the organisation is who it says; a later change of its identity (name, English name, short name, slug, helices, kind, country, parent) by anyone else clears it until a platform admin verifies it again.' })
  verified: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When a platform admin archived it; archived organisations are hidden from others.' })
  archivedAt: Date | null;

  @Field(() => Int, { description: 'Changes with every edit; pass it as `expectedVersion` when updating.' })
  version: number;

  @Field(() => GraphQLISODateTime, { description: 'When the record was created.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When the record was last changed.' })
  updatedAt: Date;

  /** Not a field: `parent` resolves through it. */
  parentId: string | null;

  static fromEntity(entity: OrganizationEntity): OrganizationModel {
    const model = new OrganizationModel();
    model.id = entity.id;
    model.slug = entity.slug;
    model.name = entity.name;
    model.nameEn = entity.nameEn;
    model.shortName = entity.shortName;
    model.helix = entity.helix;
    model.secondaryHelices = entity.secondaryHelices;
    model.kind = entity.kind;
    model.country = entity.country;
    model.province = entity.province;
    model.website = entity.website;
    model.rorId = entity.rorId === null ? null : rorBase + entity.rorId;
    model.description = entity.description;
    model.verified = entity.verified;
    model.archivedAt = entity.archivedAt;
    model.version = entity.version;
    model.createdAt = entity.createdAt;
    model.updatedAt = entity.updatedAt;
    model.parentId = entity.parentId;
    return model;
  }
}

@ObjectType({ description: 'A page of organisations (Relay cursor connection).' })
export class OrganizationConnection extends Connection(OrganizationModel, 'Organization', 'organisations') {}
