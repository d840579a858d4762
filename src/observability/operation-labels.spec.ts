import { codeLabel, OperationLabels, outcomeOf } from './operation-labels.js';

describe('OperationLabels', () => {
  it('keeps GraphQL names, calls the rest anonymous, and stops taking new names at its cap', () => {
    const labels = new OperationLabels(3);
    expect(labels.of('Directory')).toBe('Directory');
    expect(labels.of(undefined)).toBe('anonymous');
    expect(labels.of('not a name')).toBe('anonymous');
    expect(labels.of('x'.repeat(65))).toBe('anonymous');
    expect(labels.of('Second')).toBe('Second');
    expect(labels.of('Third')).toBe('Third');
    expect(labels.of('Fourth')).toBe('other');
    expect(Array.from({ length: 1000 }, (_, i) => labels.of(`Made${i}`))).toEqual(Array(1000).fill('other'));
    expect(labels.of('Directory')).toBe('Directory');
  });
});

describe('outcomeOf', () => {
  it('is ok, the first code answered, or the code of the status', () => {
    expect(outcomeOf([], 200)).toBe('ok');
    expect(outcomeOf(['VERSION_CONFLICT', 'NOT_FOUND'], 200)).toBe('VERSION_CONFLICT');
    expect(outcomeOf([], 415)).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(outcomeOf([], 429)).toBe('RATE_LIMITED');
    expect(outcomeOf([], 418)).toBe('BAD_USER_INPUT');
    expect(outcomeOf([], 502)).toBe('INTERNAL');
    expect(outcomeOf(['made up by <someone>'], 200)).toBe('OTHER');
    expect(codeLabel('FORBIDDEN')).toBe('FORBIDDEN');
  });
});
