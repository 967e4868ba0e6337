/** The Chart.js configuration of the history charts; their rows and words are tested in tests/unit/lib/history. */
import { describe, expect, it } from 'vitest';
import { chartData, painChartConfig } from '../../../src/components/history/charts';

const TODAY = '2026-11-26';

describe('pain chart legend', () => {
  it('draws the 7-day average as a line in the legend, not a filled square', () => {
    const palette = {
      text: '#000',
      muted: '#444',
      grid: '#ccc',
      accent: '#06c',
      accentSoft: '#9cf',
      caution: '#c60',
      surface: '#fff',
      font: 'sans-serif',
    };
    const config = painChartConfig(chartData([], TODAY, 1, 'km'), palette);
    expect(config.options?.plugins?.legend?.labels?.usePointStyle).toBe(true);
    expect(config.data.datasets.find((d) => d.label === '7-day average')?.pointStyle).toBe('line');
  });
});
