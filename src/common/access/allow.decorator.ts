import { SetMetadata } from '@nestjs/common';
import type { Principal } from '../request-context.js';

export const ALLOW_KEY = 'access:allow';

export type PrincipalKind = Exclude<Principal['kind'], 'anonymous'>;

/**
 * Which kinds of signed-in caller may use an operation at all (coarse, checked by the global guard).
 * Without it, people and API keys both may; the decision about a given record is the access
 * service's, called by the service with ids.
 */
export const Allow = (...kinds: PrincipalKind[]) => SetMetadata(ALLOW_KEY, kinds);
