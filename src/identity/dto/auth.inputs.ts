import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

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
