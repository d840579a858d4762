import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { Helix, OrganizationKind } from '../organization.enums.js';
import { OptionalIdentifier, OptionalInput } from '../../common/graphql/input-fields.js';
import { FilteredListArgs, OrderInput } from '../../common/graphql/list-args.js';

@InputType({ description: 'Narrows the organisation directory. All given conditions must hold.' })
export class OrganizationFilter {
  @Field(() => Helix, { nullable: true, description: 'Primary helix equals this.' })
  @IsOptional()
  @IsEnum(Helix)
  helix?: Helix;

  @Field(() => Helix, { nullable: true, description: 'Primary or a secondary helix equals this (finds hybrids too).' })
  @IsOptional()
  @IsEnum(Helix)
  anyHelix?: Helix;

  @Field(() => OrganizationKind, { nullable: true, description: 'Kind equals this.' })
  @IsOptional()
  @IsEnum(OrganizationKind)
  kind?: OrganizationKind;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code, e.g. `VN` (case-insensitive).' })
  @IsOptional()
  @Matches(/^[A-Za-z]{2}$/, { message: 'filter.country must be a two-letter ISO 3166-1 code such as VN' })
  country?: string;

  @Field(() => ID, { nullable: true, description: 'Only the direct children of this organisation.' })
  @IsOptional()
  @IsUUID('all', { message: 'filter.parentId must be an organisation id (UUID)' })
  parentId?: string;

  @OptionalIdentifier('ror', 'The organisation with this ROR ID, bare or as its URL.')
  rorId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only top-level organisations (true) or only those with a parent (false).' })
  @IsOptional()
  @IsBoolean()
  topLevel?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Only verified (true) or only unverified (false) organisations. `false`, ordered by UPDATED_AT, is the platform admins’ verification queue: new organisations and verified ones whose identity changed since.' })
  @IsOptional()
  @IsBoolean()
  verified?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Platform admins: include archived organisations too.' })
  @IsOptional()
  @IsBoolean()
  includeArchived?: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Words to find in the official, English or short name or the slug; accent- and case-insensitive (`binh duong` finds "Bình Dương"). Every word must match.',
  })
  @IsOptional()
  @MaxLength(200, { message: 'filter.search must be at most 200 characters' })
  search?: string;
}

export enum OrganizationOrderField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}

registerEnumType(OrganizationOrderField, {
  name: 'OrganizationOrderField',
  description: 'What organisations can be ordered by.',
  valuesMap: {
    NAME: { description: 'Official name.' },
    CREATED_AT: { description: 'Creation time.' },
    UPDATED_AT: { description: 'Time of the last change.' },
  },
});

@InputType({ description: 'Ordering of the organisation directory; ties are broken by id.' })
export class OrganizationOrder extends OrderInput(OrganizationOrderField) {}

@ArgsType()
export class OrganizationsArgs extends FilteredListArgs(OrganizationFilter, 'organisations') {
  @OptionalInput(() => OrganizationOrder, 'Ordering; by name, ascending, when omitted.')
  orderBy?: OrganizationOrder;
}

@ArgsType()
export class OrganizationLookupArgs {
  @Field(() => ID, { nullable: true, description: 'The organisation’s id. Give either `id` or `slug`.' })
  @IsOptional()
  @IsUUID('all', { message: 'id must be an organisation id (UUID)' })
  id?: string;

  @Field(() => String, { nullable: true, description: 'The organisation’s slug. Give either `id` or `slug`.' })
  @IsOptional()
  @MaxLength(80, { message: 'slug must be at most 80 characters' })
  slug?: string;
}
