import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError } from '../errors.js';
import { PUBLIC_KEY } from './public.decorator.js';

/**
 * The global gate: a resolver or route runs only if it is marked `@Public()` or the caller is
 * authenticated. No caller can authenticate yet, so only public operations answer.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    throw new AppError('UNAUTHENTICATED', 'Sign in to use this operation');
  }
}
