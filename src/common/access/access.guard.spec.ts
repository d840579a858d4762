import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError } from '../errors.js';
import { AccessGuard } from './access.guard.js';
import { Public } from './public.decorator.js';

class Resolvers {
  @Public()
  open() {}

  closed() {}
}

const contextFor = (handler: () => void) =>
  ({ getHandler: () => handler, getClass: () => Resolvers }) as unknown as ExecutionContext;

describe('AccessGuard', () => {
  const guard = new AccessGuard(new Reflector());

  it('lets anyone through to an operation marked @Public()', () => {
    expect(guard.canActivate(contextFor(Resolvers.prototype.open))).toBe(true);
  });

  it('denies by default what is not marked public', () => {
    expect(() => guard.canActivate(contextFor(Resolvers.prototype.closed))).toThrow(
      new AppError('UNAUTHENTICATED', 'Sign in to use this operation'),
    );
  });
});
