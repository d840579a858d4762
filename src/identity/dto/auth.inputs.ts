import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { Language } from '../user.model.js';
import { OptionalIdentifier, TrimmedText } from '../../common/graphql/input-fields.js';

// Rules on email and password are checked by the service and answered as typed errors.

@InputType({ description: 'A new account.' })
export class RegisterInput {
  @Field({ description: 'Email address; compared without regard to case.' })
  @IsString()
  @MaxLength(320)
  email: string;

  @Field({ description: 'At least 12 characters.' })
  @IsString()
  @MaxLength(1024)
  password: string;

  @Field({ description: 'The name shown to others.' })
  @IsString()
  @MaxLength(1024)
  displayName: string;
}

@InputType({ description: 'Credentials to sign in with.' })
export class LoginInput {
  @Field({ description: 'The account’s email address.' })
  @IsString()
  @MaxLength(320)
  email: string;

  @Field({ description: 'The account’s password.' })
  @IsString()
  @MaxLength(1024)
  password: string;
}

@InputType({ description: 'A new password, proven by the current one.' })
export class ChangePasswordInput {
  @Field({ description: 'The password in use now.' })
  @IsString()
  @MaxLength(1024)
  currentPassword: string;

  @Field({ description: 'The new password: at least 12 characters.' })
  @IsString()
  @MaxLength(1024)
  newPassword: string;
}

@InputType({ description: 'Changes to your own profile. Omitted fields stay as they are; null clears the ORCID iD.' })
export class UpdateProfileInput {
  @TrimmedText({ max: 200, description: 'The name shown to others (1 to 200 characters).', optional: true })
  displayName?: string;

  @OptionalIdentifier('orcid', 'Your ORCID iD, bare or as its URL; the check digit is checked. One account per ORCID iD.')
  orcid?: string | null;

  @Field(() => Language, { nullable: true, description: 'The language mail to you is written in; null: your organisation’s (Vietnamese in Viet Nam, English elsewhere).' })
  @IsOptional()
  @IsEnum(Language)
  language?: Language | null;
}
