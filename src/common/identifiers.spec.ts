import { parseOrcid, parseRorId } from './identifiers.js';

describe('ROR IDs', () => {
  it.each([
    ['05dxps055', '05dxps055'],
    ['https://ror.org/013meh722', '013meh722'],
    ['ror.org/052GG0110', '052gg0110'],
    [' https://www.ror.org/03yrm5c26 ', '03yrm5c26'],
  ])('reads %s as %s', (input, bare) => expect(parseRorId(input)).toBe(bare));

  it.each([
    ['05dxps056', 'a wrong check digit'],
    ['15dxps055', 'no leading zero'],
    ['05dxpsu55', 'a letter Crockford base 32 leaves out (u)'],
    ['05dxps05', 'too short'],
    ['https://example.org/05dxps055', 'another host'],
  ])('refuses %s (%s)', (input) => expect(parseRorId(input)).toBeUndefined());
});

describe('ORCID iDs', () => {
  it.each([
    ['0000-0002-1825-0097', '0000-0002-1825-0097'],
    ['https://orcid.org/0000-0001-5109-3700', '0000-0001-5109-3700'],
    ['000000021694233x', '0000-0002-1694-233X'],
  ])('reads %s as %s', (input, bare) => expect(parseOrcid(input)).toBe(bare));

  it.each([
    ['0000-0002-1825-0098', 'a wrong check digit'],
    ['0000-0002-1825-009', 'too short'],
    ['0000-0002-1825-00X7', 'X before the end'],
    ['https://orcid.org/0000-0002-1825-0097/works', 'a path after the id'],
  ])('refuses %s (%s)', (input) => expect(parseOrcid(input)).toBeUndefined());
});
