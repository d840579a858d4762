import { SetMetadata } from '@nestjs/common';

export const PUBLIC_KEY = 'access:public';

/** Marks a query or route that anonymous callers may use. Everything else is denied by default. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
