import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { type UserEntity } from './user.entity.js';
import { orcidBase } from '../common/identifiers.js';
import { PlatformRole } from '../common/access/vocabulary.js';

registerEnumType(PlatformRole, {
  name: 'PlatformRole',
  description: 'What a person may do on the platform as a whole.',
  valuesMap: {
    USER: { description: 'An ordinary account: rights come from organisation memberships.' },
    PLATFORM_ADMIN: { description: 'Verifies and archives organisations, disables accounts, reads every audit trail.' },
  },
});

/** The languages the platform writes to people in. */
export enum Language {
  VI = 'vi',
  EN = 'en',
}

registerEnumType(Language, {
  name: 'Language',
  description: 'A language the platform writes mail in.',
  valuesMap: { VI: { description: 'Vietnamese (tiếng Việt).' }, EN: { description: 'English.' } },
});

@ObjectType('User', { description: 'A person with an account.' })
export class UserModel {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id: string;

  @Field({ description: 'The name shown to others.' })
  displayName: string;

  @Field(() => PlatformRole, { description: 'Platform-wide role.' })
  platformRole: PlatformRole;

  @Field(() => String, { nullable: true, description: 'The person’s ORCID iD, as its URL (`https://orcid.org/0000-0002-1825-0097`).' })
  orcid: string | null;

  @Field({ description: 'True when a platform admin has disabled the account: it cannot sign in or use its tokens.' })
  disabled: boolean;

  @Field(() => GraphQLISODateTime, { description: 'When the account was created.' })
  createdAt: Date;

  /** Resolved by a field resolver: only the person, platform admins and their organisations' admins see it. */
  email: string;

  /** Resolved by a field resolver: only the person sees it. */
  language: Language | null;

  static fromEntity(entity: UserEntity): UserModel {
    const model = new UserModel();
    model.id = entity.id;
    model.displayName = entity.displayName;
    model.platformRole = entity.platformRole;
    model.orcid = entity.orcid === null ? null : orcidBase + entity.orcid;
    model.disabled = entity.disabledAt !== null;
    model.createdAt = entity.createdAt;
    model.email = entity.email;
    model.language = entity.language as Language | null;
    return model;
  }
}

@ObjectType({ description: 'A signed-in session: a short-lived access token and the refresh token that renews it.' })
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer <accessToken>`.' })
  accessToken: string;

  @Field(() => GraphQLISODateTime, { description: 'When the access token stops working; renew it with `refreshSession` before.' })
  accessTokenExpiresAt: Date;

  @Field({ description: 'Single use: `refreshSession` returns a new one. Reusing an old one ends the session.' })
  refreshToken: string;

  @Field(() => GraphQLISODateTime, { description: 'When the session ends at the latest.' })
  refreshTokenExpiresAt: Date;

  @Field(() => UserModel, { description: 'The signed-in person.' })
  user: UserModel;
}

