import { MatchReasonKind } from './exchange.enums.js';
import { matchReasons, matchScore, matchWeights } from './matching.js';

describe('match scoring', () => {
  it('has weights that sum to 1, so scores stay within 0 and 1', () => {
    expect(Object.values(matchWeights).reduce((sum, weight) => sum + weight, 0)).toBeCloseTo(1, 10);
    expect(matchScore({ concepts: 1, text: 1, sectors: 1, trl: 1 })).toBe(1);
    expect(matchScore({ concepts: 0, text: 0, sectors: 0, trl: 0 })).toBe(0);
  });

  it('ranks shared concepts above a shared sector alone', () => {
    const crossLanguage = matchScore({ concepts: 0.85, text: 0, sectors: 0, trl: 1 });
    const sameSectorOnly = matchScore({ concepts: 0, text: 0, sectors: 1, trl: 1 });
    expect(crossLanguage).toBeGreaterThan(sameSectorOnly);
  });

  it('names each shared concept, the words, sectors and TRL, strongest first, adding up to the score', () => {
    const components = { concepts: 1, text: 0.2, sectors: 0.5, trl: 1 };
    const reasons = matchReasons(components, {
      concepts: ['sensor / cảm biến', 'water quality / chất lượng nước'],
      words: ['sensor'],
      sectors: ['WATER'],
      offerTrl: 6,
      minTrl: 4,
    });
    expect(reasons.map((reason) => reason.kind)).toEqual([
      MatchReasonKind.CROSS_LANGUAGE_TERM,
      MatchReasonKind.CROSS_LANGUAGE_TERM,
      MatchReasonKind.SECTOR,
      MatchReasonKind.TRL,
      MatchReasonKind.TEXT,
    ]);
    expect(reasons[0]).toEqual({ kind: MatchReasonKind.CROSS_LANGUAGE_TERM, detail: 'sensor / cảm biến', weight: 0.225 });
    expect(reasons.find((reason) => reason.kind === MatchReasonKind.TRL)?.detail).toBe('TRL 6 meets the minimum of 4');
    expect(reasons.find((reason) => reason.kind === MatchReasonKind.TEXT)?.detail).toBe('shared words: sensor');
    const total = reasons.reduce((sum, reason) => sum + reason.weight, 0);
    expect(total).toBeCloseTo(matchScore(components), 3);
  });

  it('gives no reason for a component that is zero, and says when no minimum TRL was asked', () => {
    const reasons = matchReasons({ concepts: 0, text: 0.1, sectors: 0, trl: 1 }, { concepts: [], words: [], sectors: [], offerTrl: 3, minTrl: null });
    expect(reasons).toEqual([
      { kind: MatchReasonKind.TRL, detail: 'TRL 3; no minimum required', weight: 0.1 },
      { kind: MatchReasonKind.TEXT, detail: 'similar wording', weight: 0.025 },
    ]);
  });
});
