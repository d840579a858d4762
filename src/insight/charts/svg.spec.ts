import { escapeXml, niceTicks } from './svg.js';

describe('chart helpers', () => {
  it('puts ticks on round numbers, zero exactly zero', () => {
    expect(niceTicks(-0.03, 0.03)).toEqual([-0.04, -0.02, 0, 0.02, 0.04]);
    expect(niceTicks(0, 617)).toEqual([0, 200, 400, 600, 800]);
    expect(niceTicks(0, 1)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(5, 5)).toEqual([5]);
  });

  it('escapes text for XML', () => {
    expect(escapeXml(`Sample <Company> & "Co" 'Ltd'`)).toBe('Sample &lt;Company&gt; &amp; &quot;Co&quot; &apos;Ltd&apos;');
  });
});
