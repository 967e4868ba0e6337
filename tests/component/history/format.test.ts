import { describe, expect, it } from 'vitest';
import { formatWeek } from '../../../src/components/history/format';

describe('formatWeek', () => {
  it('leaves the year out for this year, as runners read their recent weeks', () => {
    expect(formatWeek('2026-11-23', '2026-11-29', 2026)).not.toMatch(/2026/);
  });

  it('names the year of a week from another year (runs imported from years ago)', () => {
    const label = formatWeek('2015-01-19', '2015-01-25', 2026);
    expect(label).toMatch(/2015/);
    expect(label.match(/2015/g)).toHaveLength(1);
  });

  it('names both years of a week across New Year that is not this year', () => {
    const label = formatWeek('2024-12-30', '2025-01-05', 2026);
    expect(label).toMatch(/2024.*–.*2025/);
  });
});
