import { ArgsType, Field, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Max, Min } from 'class-validator';

export const maxPageSize = 100;
export const defaultPageSize = 20;

@ArgsType()
export class PaginationArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many items to return: 0 to ${maxPageSize}, ${defaultPageSize} when omitted.`,
  })
  @IsOptional()
  @Min(0, { message: `first must be between 0 and ${maxPageSize}` })
  @Max(maxPageSize, { message: `first must be between 0 and ${maxPageSize}` })
  first?: number;

  @Field(() => String, {
    nullable: true,
    description: 'Return the items after this cursor (an `endCursor` or edge `cursor` of a previous page); null or omitted for the first page.',
  })
  @IsOptional()
  @IsString()
  // Relay and most clients send `after: null` for the first page.
  @Transform(({ value }: { value: unknown }) => value ?? undefined)
  after?: string;
}
