import { readRu, writeRu } from '../../store/cost';

describe('request units estimated from sizes (Microsoft’s table)', () => {
  it('gives the table’s figures at its rows and interpolates between them', () => {
    expect(readRu(1024)).toBeCloseTo(1.0);
    expect(readRu(100)).toBeCloseTo(1.0); // nothing is cheaper than a 1 KB read
    expect(readRu(1024 * 1024)).toBeCloseTo(145.9);
    expect(writeRu(1024)).toBeCloseTo(4.95);
    expect(writeRu(1024 * 1024)).toBeCloseTo(625);
    expect(writeRu(48 * 1024)).toBeCloseTo((11.23 + 22.67) / 2);
    expect(readRu(3 * 1024)).toBeGreaterThan(readRu(2 * 1024));
  });
});
