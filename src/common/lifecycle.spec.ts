import { Lifecycle } from './lifecycle.js';

describe('Lifecycle', () => {
  const light = new Lifecycle<'RED' | 'GREEN' | 'OFF'>({ RED: ['GREEN', 'OFF'], GREEN: ['RED', 'OFF'], OFF: [] });

  it('allows exactly the listed moves', () => {
    expect(light.canMove('RED', 'GREEN')).toBe(true);
    expect(light.canMove('RED', 'RED')).toBe(false);
    expect(light.canMove('OFF', 'RED')).toBe(false);
  });

  it('names the moves from a status, and which statuses are final', () => {
    expect(light.allowedFrom('GREEN')).toEqual(['RED', 'OFF']);
    expect(light.isFinal('OFF')).toBe(true);
    expect(light.isFinal('RED')).toBe(false);
  });

  it('hands out copies, so callers cannot change the rules', () => {
    light.allowedFrom('RED').push('RED');
    expect(light.canMove('RED', 'RED')).toBe(false);
  });
});
