import { hundredths, inventorSharesProblem, nextDay, ownerSharesProblem, percent, shrunkOwners } from './shares.js';

describe('shares', () => {
  it('are read and written as exact hundredths', () => {
    expect(hundredths('33.34')).toBe(3334);
    expect(hundredths('100')).toBe(10_000);
    expect(hundredths('0.5')).toBe(50);
    expect(percent(9999)).toBe('99.99');
    expect(percent(10_001)).toBe('100.01');
    expect(percent(5)).toBe('0.05');
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2024-12-31')).toBe('2025-01-01');
  });

  it('of inventors total exactly 100, or there are none', () => {
    expect(inventorSharesProblem([])).toBeUndefined();
    expect(inventorSharesProblem(['33.34', '33.33', '33.33'])).toBeUndefined();
    expect(inventorSharesProblem(['50', '49.99'])).toBe('99.99');
    expect(inventorSharesProblem(['50', '50.01'])).toBe('100.01');
  });

  it('of owners total exactly 100 on every day some ownership is valid', () => {
    const open = (share: string, validFrom = '2025-01-01') => ({ share, validFrom, validUntil: null });
    expect(ownerSharesProblem([open('60'), open('40')])).toBeUndefined();
    expect(ownerSharesProblem([open('60'), open('39.99')])).toEqual({ day: '2025-01-01', total: '99.99' });
    expect(ownerSharesProblem([open('60'), open('40.01')])).toEqual({ day: '2025-01-01', total: '100.01' });
    // A handover: one period ends, the next starts the day after.
    const handover = [{ share: '100', validFrom: '2025-01-01', validUntil: '2026-06-30' }, open('100', '2026-07-01')];
    expect(ownerSharesProblem(handover)).toBeUndefined();
    expect(ownerSharesProblem([handover[0], open('100', '2026-06-30')])).toEqual({ day: '2026-06-30', total: '200.00' });
    // A partner joining later must take its share from someone.
    expect(ownerSharesProblem([open('100'), open('20', '2026-01-01')])).toEqual({ day: '2026-01-01', total: '120.00' });
    expect(ownerSharesProblem([{ share: '80', validFrom: '2025-01-01', validUntil: '2025-12-31' }, open('20'), open('80', '2026-01-01')])).toBeUndefined();
  });

  it('names the owners whose share shrinks on some day, removed owners included', () => {
    const owner = (organizationId: string, share: string, validFrom = '2024-01-01', validUntil: string | null = null) => ({ organizationId, share, validFrom, validUntil });
    const before = [owner('a', '99'), owner('b', '1')];
    expect(shrunkOwners(before, [owner('b', '100')])).toEqual(['a']);
    expect(shrunkOwners(before, [owner('a', '98'), owner('b', '2')])).toEqual(['a']);
    expect(shrunkOwners(before, [owner('a', '99.5'), owner('b', '0.5')])).toEqual(['b']);
    expect(shrunkOwners(before, [owner('a', '99'), owner('b', '1')])).toEqual([]);
    // Giving a share to a newcomer shrinks only the giver.
    expect(shrunkOwners(before, [owner('a', '99'), owner('b', '0.5'), owner('c', '0.5')])).toEqual(['b']);
    // Ending an ownership early, or starting it late, shrinks it on the days it loses.
    expect(shrunkOwners(before, [owner('a', '99', '2024-01-01', '2030-12-31'), owner('b', '1', '2024-01-01', '2030-12-31'), owner('b', '100', '2031-01-01')])).toEqual(['a']);
    expect(shrunkOwners(before, [owner('a', '99', '2025-01-01'), owner('b', '1'), owner('b', '99', '2024-01-01', '2024-12-31')])).toEqual(['a']);
    // The same shares split into periods shrink no one.
    expect(shrunkOwners(before, [owner('a', '99', '2024-01-01', '2024-06-30'), owner('a', '99', '2024-07-01'), owner('b', '1')])).toEqual([]);
  });
});
