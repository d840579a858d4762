import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { Helix, OrganizationKind } from '../organization.enums.js';
import { trimmed } from '../../common/validation.js';
import { ExpectedVersion, OptionalIdentifier, OptionalWebUrl, TrimmedText } from '../../common/graphql/input-fields.js';

const upper = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);
const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The profile fields both creation and update take; on update, omitted fields stay as they are. */
@InputType({ isAbstract: true })
abstract class OrganizationProfileFields {
  @Field(() => String, { nullable: true, description: 'English name.' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(300, { message: 'nameEn must be at most 300 characters' })
  nameEn?: string | null;

  @Field(() => String, { nullable: true, description: 'Abbreviation or usual short name.' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(100, { message: 'shortName must be at most 100 characters' })
  shortName?: string | null;

  @Field(() => [Helix], { nullable: true, description: 'Further helices of a hybrid actor; must not repeat the primary helix.' })
  @IsOptional()
  @IsEnum(Helix, { each: true })
  @ArrayUnique({ message: 'secondaryHelices must not repeat' })
  @ArrayMaxSize(3)
  secondaryHelices?: Helix[];

  @Field(() => ID, { nullable: true, description: 'The organisation this one belongs to; you must be an admin of it.' })
  @IsOptional()
  @IsUUID('all', { message: 'parentId must be an organisation id (UUID)' })
  parentId?: string | null;

  @Field(() => String, { nullable: true, description: 'Province, state or region.' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(200, { message: 'province must be at most 200 characters' })
  province?: string | null;

  @OptionalWebUrl('Public website, an http(s) URL.', 'must be an http(s) URL such as https://example.org')
  @MaxLength(500)
  website?: string | null;

  @OptionalIdentifier('ror', 'Its ROR ID (Research Organization Registry), bare or as its URL; check digits are checked. One organisation per ROR ID.')
  rorId?: string | null;

  @Field(() => String, { nullable: true, description: 'What the organisation is and does (up to 5,000 characters).' })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: 'description must be at most 5000 characters' })
  description?: string | null;
}

@InputType({ description: 'A new organisation. It starts unverified; its creator becomes its first admin.' })
export class CreateOrganizationInput extends OrganizationProfileFields {
  @TrimmedText({ max: 300, description: 'Official name, as the organisation writes it.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'URL handle (lower-case letters, digits, hyphens); made from the name when omitted.' })
  @IsOptional()
  @Matches(slugPattern, { message: 'slug must be lower-case letters and digits joined by single hyphens, e.g. binh-duong-dost' })
  @MaxLength(80, { message: 'slug must be at most 80 characters' })
  slug?: string;

  @Field(() => Helix, { description: 'Primary helix.' })
  @IsEnum(Helix)
  helix: Helix;

  @Field(() => OrganizationKind, { description: 'What kind of body it is.' })
  @IsEnum(OrganizationKind)
  kind: OrganizationKind;

  @Field({ description: 'ISO 3166-1 alpha-2 country code, e.g. VN.' })
  @Transform(upper)
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter ISO 3166-1 code such as VN' })
  country: string;
}

@InputType({ description: 'Changes to an organisation’s profile. Omitted fields stay as they are; null clears an optional one.' })
export class UpdateOrganizationInput extends OrganizationProfileFields {
  @Field(() => ID, { description: 'The organisation.' })
  @IsUUID('all', { message: 'id must be an organisation id (UUID)' })
  id: string;

  @ExpectedVersion('The `version` you read; if it changed since, nothing is written and VersionConflictError answers.')
  expectedVersion: number;

  @TrimmedText({ max: 300, description: 'Official name.', optional: true })
  name?: string;

  @Field(() => String, { nullable: true, description: 'URL handle.' })
  @IsOptional()
  @Matches(slugPattern, { message: 'slug must be lower-case letters and digits joined by single hyphens, e.g. binh-duong-dost' })
  @MaxLength(80, { message: 'slug must be at most 80 characters' })
  slug?: string;

  @Field(() => Helix, { nullable: true, description: 'Primary helix.' })
  @IsOptional()
  @IsEnum(Helix)
  helix?: Helix;

  @Field(() => OrganizationKind, { nullable: true, description: 'What kind of body it is.' })
  @IsOptional()
  @IsEnum(OrganizationKind)
  kind?: OrganizationKind;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code.' })
  @IsOptional()
  @Transform(upper)
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter ISO 3166-1 code such as VN' })
  country?: string;
}
