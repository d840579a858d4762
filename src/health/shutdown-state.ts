import { Injectable } from '@nestjs/common';

/** Set when shutdown begins, so readiness fails and load balancers stop sending traffic. */
@Injectable()
export class ShutdownState {
  stopping = false;
}
