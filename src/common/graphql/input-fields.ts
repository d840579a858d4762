import type { Type as Class } from '@nestjs/common';
import { Field, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateIf, ValidateNested, type ValidationArguments, ValidateBy } from 'class-validator';
import { parseOrcid, parseRorId } from '../identifiers.js';
import { IsWebUrl, trimmed, trimmedOrNull } from '../validation.js';

/** The version of a record its writer read: a change is written only if it is still the current one. */
export function ExpectedVersion(description = 'The version you read.'): PropertyDecorator {
  return (target, key) => {
    applyInOrder([Field(() => Int, { description }), IsInt(), Min(1)], target, key);
  };
}

/**
 * Free text of `min` (1 by default) to `max` characters, surrounding spaces not counted; when
 * `optional`, it may be left out or null. Messages name the field: "title must not be empty".
 */
export function TrimmedText(options: { max: number; min?: number; description: string; optional?: boolean }): PropertyDecorator {
  const { max, min = 1, description, optional = false } = options;
  return (target, key) => {
    const name = String(key);
    const decorators = [
      Field(() => String, { description, nullable: optional }),
      ...(optional ? [IsOptional()] : []),
      Transform(trimmed),
      IsString(),
      MinLength(min, { message: min === 1 ? `${name} must not be empty` : `${name} must be at least ${min} characters` }),
      MaxLength(max, { message: `${name} must be at most ${max} characters` }),
    ];
    applyInOrder(decorators, target, key);
  };
}

/**
 * Optional free text of at most `max` characters, surrounding spaces not counted; text left empty
 * means none (null), and null clears it.
 */
export function OptionalText(options: { max: number; description: string }): PropertyDecorator {
  const { max, description } = options;
  return (target, key) => {
    const decorators = [
      Field(() => String, { description, nullable: true }),
      IsOptional(),
      Transform(trimmedOrNull),
      IsString(),
      MaxLength(max, { message: `${String(key)} must be at most ${max} characters` }),
    ];
    applyInOrder(decorators, target, key);
  };
}

/** An optional http(s) URL (see `IsWebUrl`); null clears it. The message names the field: "website must be an http(s) URL". */
export function OptionalWebUrl(description: string, message = 'must be an http(s) URL'): PropertyDecorator {
  return (target, key) => {
    applyInOrder([Field(() => String, { description, nullable: true }), IsOptional(), IsWebUrl(`${String(key)} ${message}`)], target, key);
  };
}

const standardIdentifiers = {
  ror: { parse: parseRorId, example: 'https://ror.org/05dxps055 or 05dxps055', name: 'a ROR ID' },
  orcid: { parse: parseOrcid, example: 'https://orcid.org/0000-0002-1825-0097 or 0000-0002-1825-0097', name: 'an ORCID iD' },
};

/**
 * An optional ROR ID or ORCID iD, given bare or as its URL and kept in its bare form; a malformed
 * one, or one whose check digits fail, is refused with an example. Null clears it.
 */
export function OptionalIdentifier(kind: keyof typeof standardIdentifiers, description: string): PropertyDecorator {
  const { parse, example, name } = standardIdentifiers[kind];
  return (target, key) =>
    applyInOrder(
      [
        Field(() => String, { nullable: true, description }),
        IsOptional(),
        ValidateIf((_, value) => value !== null),
        ValidateBy({
          name: `is-${kind}`,
          validator: {
            validate: (value: unknown) => typeof value === 'string' && parse(value) !== undefined,
            defaultMessage: (args?: ValidationArguments) => `${args?.property} must be ${name} with valid check digits, such as ${example}`,
          },
        }),
        Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? (parse(value) ?? value) : value)),
      ],
      target,
      key,
    );
}

/** An optional calendar year of a report's period (1900 to 2200). */
export function OptionalYear(description: string): PropertyDecorator {
  return (target, key) => applyInOrder([Field(() => Int, { nullable: true, description }), IsOptional(), IsInt(), Min(1900), Max(2200)], target, key);
}

/** An optional input object (a filter, an ordering), validated field by field as its own class says. */
export function OptionalInput(type: () => Class<unknown>, description: string): PropertyDecorator {
  return (target, key) => applyInOrder([Field(type, { nullable: true, description }), IsOptional(), ValidateNested(), Type(type)], target, key);
}

/** As TypeScript applies a stack of decorators written in this order: the last first. */
function applyInOrder(decorators: PropertyDecorator[], target: object, key: string | symbol): void {
  for (const decorate of [...decorators].reverse()) decorate(target, key);
}
