import { BadRequestException, InternalServerErrorException } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { AppError } from '../errors.js';
import { errorOfLogCall, isCallersMistake } from './log-levels.js';

describe('isCallersMistake', () => {
  it.each(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED', 'QUERY_TOO_COMPLEX', 'PAYLOAD_TOO_LARGE'] as const)('takes %s for the caller’s', (code) => {
    expect(isCallersMistake(new AppError(code, 'no'))).toBe(true);
    expect(isCallersMistake(new GraphQLError('no', { originalError: new AppError(code, 'no') }))).toBe(true);
  });

  it('takes GraphQL syntax and validation errors, 4xx exceptions, malformed requests and refused input for the caller’s', () => {
    expect(isCallersMistake(new GraphQLError('Cannot query field "x" on type "Query".'))).toBe(true);
    expect(isCallersMistake(new BadRequestException('no'))).toBe(true);
    expect(isCallersMistake(Object.assign(new Error('Body is not valid JSON'), { code: 'FST_ERR_CTP_INVALID_JSON_BODY', statusCode: 400 }))).toBe(true);
    expect(isCallersMistake(Object.assign(new Error('duplicate key'), { code: '23505', detail: 'Key (slug)=(x) already exists.' }))).toBe(true);
    // Mercurius logs a refused subscription's errors as one list.
    expect(isCallersMistake([new GraphQLError('no', { originalError: new AppError('NOT_FOUND', 'no') })])).toBe(true);
  });

  it('leaves faults of the service at error', () => {
    expect(isCallersMistake(new Error('undefined is not a function'))).toBe(false);
    expect(isCallersMistake(new AppError('INTERNAL', 'no'))).toBe(false);
    expect(isCallersMistake(new AppError('SERVICE_UNAVAILABLE', 'no'))).toBe(false);
    expect(isCallersMistake(new GraphQLError('no', { originalError: new Error('relation "x" does not exist') }))).toBe(false);
    expect(isCallersMistake(new InternalServerErrorException())).toBe(false);
    expect(isCallersMistake(Object.assign(new Error('relation "x" does not exist'), { code: '42P01' }))).toBe(false);
    expect(isCallersMistake([new AppError('NOT_FOUND', 'no'), new Error('boom')])).toBe(false);
    expect(isCallersMistake([])).toBe(false);
    expect(isCallersMistake('a message')).toBe(false);
  });
});

describe('errorOfLogCall', () => {
  it('finds the error alone, in a list, or as err', () => {
    const error = new Error('x');
    expect(errorOfLogCall(error)).toBe(error);
    expect(errorOfLogCall({ err: error, path: ['a'] })).toBe(error);
    expect(errorOfLogCall([error])).toEqual([error]);
    expect(errorOfLogCall('text')).toBeUndefined();
  });
});
