import { MatchReasonKind } from './exchange.enums.js';
import {
  broadConceptWeight, calibrate, calibration, conceptScore, fitCalibration, matchEvidence, matchReasons, matchScore, matchWeights, scoreBand,
} from './matching.js';

describe('match scoring', () => {
  it('has evidence weights that sum to 1, and a calibration that keeps 0 at 0 and 1 at 1', () => {
    expect(Object.values(matchWeights).reduce((sum, weight) => sum + weight, 0)).toBeCloseTo(1, 10);
    expect(matchScore({ concepts: 1, text: 1, sectors: 1, trl: 1 })).toBe(1);
    expect(matchScore({ concepts: 0, text: 0, sectors: 0, trl: 1 })).toBe(0);
    expect(calibrate(-0.5)).toBe(0);
    expect(calibrate(2)).toBe(1);
  });

  it('calibrates evidence on a rising logistic curve centred on the midpoint', () => {
    const { slope, midpoint } = calibration;
    const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
    const expected = (sigmoid(slope * (0.5 - midpoint)) - sigmoid(-slope * midpoint)) / (sigmoid(slope * (1 - midpoint)) - sigmoid(-slope * midpoint));
    expect(calibrate(0.5)).toBeCloseTo(expected, 12);
    // Around the midpoint the score is about one half; the curve spreads evidence apart there.
    expect(calibrate(midpoint)).toBeCloseTo(0.5, 1);
    expect(calibrate(midpoint + 0.1) - calibrate(midpoint - 0.1)).toBeGreaterThan(0.6);
    const points = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.7, 1].map((evidence) => calibrate(evidence));
    expect(points).toEqual([...points].sort((a, b) => a - b));
  });

  it('names the band of a score', () => {
    expect([0.95, 0.7, 0.69, 0.4, 0.39, 0].map(scoreBand)).toEqual(['STRONG', 'STRONG', 'PARTIAL', 'PARTIAL', 'WEAK', 'WEAK']);
  });

  it('weighs broad concepts less than specific ones, and needs more than one to be complete', () => {
    // A demand for wastewater treatment at an industrial park.
    const demand = ['industrial_park', 'wastewater', 'water', 'water_treatment'];
    const treatment = conceptScore(demand, ['wastewater', 'water', 'water_treatment', 'industrial_park']);
    const sameField = conceptScore(demand, ['water', 'water_quality', 'sensor']);
    expect(treatment).toBeCloseTo(1, 10);
    // Only the broad `water` in common: weight 0.35 of the demand's 2.7, and of the offer's 1.7.
    const w = broadConceptWeight;
    expect(sameField).toBeCloseTo((0.75 * (w / (2 + 2 * w)) + 0.25 * (w / (1 + 2 * w))) * (w / 1.5), 10);
    expect(sameField).toBeLessThan(0.05);
    // One specific concept in common is partial evidence: two thirds of what saturation asks.
    expect(conceptScore(['irrigation'], ['irrigation'])).toBeCloseTo(1 / 1.5, 10);
    expect(conceptScore(['irrigation'], ['rice'])).toBe(0);
    // Half the demand's concepts, all the offer's: coverage 0.75 * 0.5 + 0.25, times 1 / 1.5 of saturation.
    expect(conceptScore(['a', 'b'], ['a'])).toBeCloseTo((0.75 * 0.5 + 0.25) / 1.5, 10);
  });

  it('finds the curve that explains labelled pairs best', () => {
    const pairs = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3].map((evidence) => ({ evidence, relevant: false }))
      .concat([0.35, 0.4, 0.5, 0.6, 0.7, 0.9].map((evidence) => ({ evidence, relevant: true })))
      .concat([{ evidence: 0.28, relevant: true }, { evidence: 0.38, relevant: false }]);
    const fitted = fitCalibration(pairs);
    expect(fitted.midpoint).toBeGreaterThan(0.25);
    expect(fitted.midpoint).toBeLessThan(0.4);
    expect(fitted.slope).toBeGreaterThan(5);
    // The fitted curve explains the pairs better than a flat one.
    expect(fitted.logLikelihood).toBeGreaterThan(pairs.length * Math.log(0.5));
  });

  it('names each shared concept, the words and sectors, strongest first, adding up to the score; the TRL weighs nothing', () => {
    const components = { concepts: 1, text: 0.2, sectors: 0.5, trl: 1 };
    const reasons = matchReasons(components, {
      concepts: ['sensor / cảm biến', 'water quality / chất lượng nước'],
      conceptWeights: [broadConceptWeight, 1],
      words: ['sensor'],
      sectors: ['WATER'],
      offerTrl: 6,
      minTrl: 4,
    });
    expect(reasons.map((reason) => reason.kind)).toEqual([
      MatchReasonKind.CROSS_LANGUAGE_TERM,
      MatchReasonKind.CROSS_LANGUAGE_TERM,
      MatchReasonKind.TEXT,
      MatchReasonKind.SECTOR,
      MatchReasonKind.TRL,
    ]);
    const score = matchScore(components);
    const evidence = matchEvidence(components);
    expect(evidence).toBeCloseTo(0.6 + 0.3 * 0.2 + 0.1 * 0.5, 10);
    // The specific concept carries 1 / 1.35 of the concept share, the broad one the rest.
    expect(reasons[0]).toEqual({ kind: MatchReasonKind.CROSS_LANGUAGE_TERM, detail: 'water quality / chất lượng nước', weight: expect.any(Number) });
    expect(reasons[0].weight).toBeCloseTo((score * 0.6) / evidence / (1 + broadConceptWeight), 3);
    expect(reasons.find((reason) => reason.kind === MatchReasonKind.TRL)).toEqual({ kind: MatchReasonKind.TRL, detail: 'TRL 6 meets the minimum of 4', weight: 0 });
    expect(reasons.find((reason) => reason.kind === MatchReasonKind.TEXT)?.detail).toBe('shared words: sensor');
    const total = reasons.reduce((sum, reason) => sum + reason.weight, 0);
    expect(total).toBeCloseTo(score, 3);
  });

  it('gives no reason for a component that is zero, and says when no minimum TRL was asked', () => {
    const reasons = matchReasons({ concepts: 0, text: 0.4, sectors: 0, trl: 1 }, { concepts: [], words: [], sectors: [], offerTrl: 3, minTrl: null });
    const score = matchScore({ concepts: 0, text: 0.4, sectors: 0, trl: 1 });
    expect(reasons).toEqual([
      { kind: MatchReasonKind.TEXT, detail: 'similar wording', weight: score },
      { kind: MatchReasonKind.TRL, detail: 'TRL 3; no minimum required', weight: 0 },
    ]);
  });
});
