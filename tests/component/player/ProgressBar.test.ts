import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ProgressBar from '../../../src/components/player/ProgressBar.svelte';

describe('ProgressBar', () => {
  it('is a named progressbar that says and shows how far along it is', () => {
    render(ProgressBar, { label: 'Step progress', value: 0.424 });
    const bar = screen.getByRole('progressbar', { name: 'Step progress' });
    expect(bar).toHaveAttribute('aria-valuemin', '0');
    expect(bar).toHaveAttribute('aria-valuemax', '100');
    expect(bar).toHaveAttribute('aria-valuenow', '42');
    expect((bar.firstElementChild as HTMLElement).style.width).toBe('42.4%');
  });

  it('is empty at the start and full at the end', async () => {
    const { rerender } = render(ProgressBar, { label: 'Routine progress', value: 0 });
    const bar = screen.getByRole('progressbar', { name: 'Routine progress' });
    expect(bar).toHaveAttribute('aria-valuenow', '0');
    expect((bar.firstElementChild as HTMLElement).style.width).toBe('0%');
    await rerender({ label: 'Routine progress', value: 1 });
    expect(bar).toHaveAttribute('aria-valuenow', '100');
    expect((bar.firstElementChild as HTMLElement).style.width).toBe('100%');
  });
});
