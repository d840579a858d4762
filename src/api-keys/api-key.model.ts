import { Field, GraphQLISODateTime, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMinSize, ArrayUnique, IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsStorableTime, trimmed } from '../common/validation.js';
import { type ApiKeyEntity } from './api-key.entity.js';
import { ApiKeyScope } from '../common/access/vocabulary.js';

registerEnumType(ApiKeyScope, {
  name: 'ApiKeyScope',
  description: 'What an API key may do for its organisation.',
  valuesMap: {
    READ: { description: 'Read what members of the organisation may read.' },
    WRITE: { description: 'Also create and edit the organisation’s records, as an editor may.' },
  },
});

@ObjectType('ApiKey', { description: 'A key an integrator uses to act for an organisation. The secret is never shown again after creation.' })
export class ApiKeyModel {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id: string;

  @Field(() => ID, { description: 'The organisation the key acts for.' })
  organizationId: string;

  @Field({ description: 'What the key is for, e.g. "Province dashboard".' })
  name: string;

  @Field({ description: 'The start of the key (`thk_<prefix>_…`), to tell keys apart.' })
  prefix: string;

  @Field(() => [ApiKeyScope], { description: 'What the key may do.' })
  scopes: ApiKeyScope[];

  @Field(() => GraphQLISODateTime, { description: 'When the key was created.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the key stops working by itself; null for never.' })
  expiresAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the key was revoked; null while it is not.' })
  revokedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the key was last used (to the minute).' })
  lastUsedAt: Date | null;

  @Field({ description: 'True while the key works: neither revoked nor expired.' })
  active: boolean;

  static fromEntity(entity: ApiKeyEntity): ApiKeyModel {
    const model = new ApiKeyModel();
    model.id = entity.id;
    model.organizationId = entity.organizationId;
    model.name = entity.name;
    model.prefix = `thk_${entity.prefix}`;
    model.scopes = entity.scopes;
    model.createdAt = entity.createdAt;
    model.expiresAt = entity.expiresAt;
    model.revokedAt = entity.revokedAt;
    model.lastUsedAt = entity.lastUsedAt;
    model.active = !entity.revokedAt && (!entity.expiresAt || entity.expiresAt > new Date());
    return model;
  }
}

@ObjectType({ description: 'A new API key with its secret, shown this once only.' })
export class CreatedApiKey {
  @Field(() => ApiKeyModel, { description: 'The key’s record.' })
  apiKey: ApiKeyModel;

  @Field({ description: 'The whole key. Store it now: only a hash is kept.' })
  secret: string;
}

@InputType({ description: 'A new API key for an organisation.' })
export class CreateApiKeyInput {
  @Field(() => ID, { description: 'The organisation the key will act for; you must be its admin.' })
  @IsUUID('all', { message: 'organizationId must be an organisation id (UUID)' })
  organizationId: string;

  @Field({ description: 'What the key is for (1 to 100 characters).' })
  @IsString()
  @Transform(trimmed)
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(100, { message: 'name must be at most 100 characters' })
  name: string;

  @Field(() => [ApiKeyScope], { description: 'What the key may do; at least one scope.' })
  @IsEnum(ApiKeyScope, { each: true })
  @ArrayMinSize(1, { message: 'scopes must name at least one scope' })
  @ArrayUnique({ message: 'scopes must not repeat' })
  scopes: ApiKeyScope[];

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the key should stop working; never when omitted.' })
  @IsOptional()
  @IsStorableTime()
  expiresAt?: Date;
}
