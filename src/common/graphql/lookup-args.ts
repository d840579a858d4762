import type { Type } from '@nestjs/common';
import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/**
 * The arguments of a lookup by `id` or by `code` (the caller gives one), for a kind of record named
 * `thing` ("project"), with its article ("a project", "an agreement") for the messages.
 */
export function IdOrCodeArgs(thing: string, aThing: string): Type<{ id?: string; code?: string }> {
  @ArgsType()
  class IdOrCode {
    @Field(() => ID, { nullable: true, description: `The ${thing}’s id. Give either \`id\` or \`code\`.` })
    @IsOptional()
    @IsUUID('all', { message: `id must be ${aThing} id (UUID)` })
    id?: string;

    @Field(() => String, { nullable: true, description: `The ${thing}’s code. Give either \`id\` or \`code\`.` })
    @IsOptional()
    @IsString()
    @MaxLength(40)
    code?: string;
  }
  return IdOrCode;
}
