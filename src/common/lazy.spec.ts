import { lazy } from './lazy.js';

describe('lazy', () => {
  it('does no work until awaited, then works once', async () => {
    let calls = 0;
    const value = lazy(async () => ++calls);
    expect(calls).toBe(0);
    expect(await value).toBe(1);
    expect(await value).toBe(1);
    expect(calls).toBe(1);
  });
});
