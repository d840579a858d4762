import { ArgsType, Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { OptionalInput } from '../common/graphql/input-fields.js';
import { Connection } from '../common/pagination/connection.js';
import { PaginationArgs } from '../common/pagination/pagination.args.js';
import { UserModel } from './user.model.js';

@InputType({ description: 'Narrows the list of accounts. All given conditions must hold.' })
export class UserFilter {
  @Field({ nullable: true, description: 'Words that must all appear in the name or email address (case-insensitive).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field({ nullable: true, description: 'Only disabled accounts (true) or only enabled ones (false).' })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;
}

@ArgsType()
export class UserListArgs extends PaginationArgs {
  @OptionalInput(() => UserFilter, 'Conditions on the accounts.')
  filter?: UserFilter;
}

@ObjectType({ description: 'A page of accounts, newest first (Relay cursor connection).' })
export class UserConnection extends Connection(UserModel, 'User', 'accounts') {}
