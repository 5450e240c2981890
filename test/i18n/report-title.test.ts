import { describe, expect, it } from 'vitest';
import { reportWords } from '../../src/i18n/report.ts';

describe('the municipality report title', () => {
  it('names the municipality once, whether or not the data says "kommun"', () => {
    const sv = reportWords('sv').municipalityTitle;
    expect(sv('Kramfors kommun', 'Västernorrlands län')).toBe(
      'Kramfors kommun · Västernorrlands län',
    );
    expect(sv('Kramfors', 'Västernorrlands län')).toBe('Kramfors · Västernorrlands län');
    const en = reportWords('en').municipalityTitle;
    expect(en('Kramfors', 'Västernorrlands län')).toBe(
      'Kramfors municipality · Västernorrlands län',
    );
    expect(en('Kramfors kommun')).toBe('Kramfors kommun');
  });
});
