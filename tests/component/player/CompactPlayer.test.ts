import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import CompactPlayer from '../../../src/components/player/CompactPlayer.svelte';
import { compact } from '../../../src/stores/compact.svelte';
import { installBridge } from '../../support/fake-bridge';
import { makeTempDir } from '../../support/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let bridge: ReturnType<typeof installBridge>;

beforeEach(() => {
  temp = makeTempDir();
  bridge = installBridge(temp.dir);
});
afterEach(() => {
  compact.active = false;
  bridge.uninstall();
  temp.cleanup();
});

const step = { kind: '', name: 'Knee to chest', side: 'left' as const, remainingMs: 83_400, next: 'Cat–cow, 45 s', paused: false };

describe('CompactPlayer', () => {
  it('shows the movement, its side, the countdown and what comes next', () => {
    render(CompactPlayer, step);
    expect(screen.getByRole('region', { name: 'Compact player' })).toHaveTextContent('Knee to chest');
    expect(screen.getByText(/left side/i)).toBeInTheDocument();
    expect(screen.getByRole('timer', { name: 'Time left in this step' })).toHaveTextContent('1:24');
    expect(screen.getByText(/^Next:/)).toHaveTextContent('Next: Cat–cow, 45 s');
  });

  it('says a gap and a pause in words, and the last step as the last one', () => {
    render(CompactPlayer, { ...step, kind: 'Switch sides', side: 'right', next: '' });
    expect(screen.getByText('Switch sides')).toBeInTheDocument();
    expect(screen.queryByText(/^Next:/)).toBeNull();
    screen.getByText('Switch sides').closest('section')!.remove();

    render(CompactPlayer, { ...step, paused: true, next: null });
    expect(screen.getByText('Paused')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Resume' })).toBeInTheDocument();
    expect(screen.getByText('Last one')).toBeInTheDocument();
  });

  it('has the three buttons with their keys, and "Full player" brings the window back', async () => {
    compact.active = true;
    render(CompactPlayer, step);
    const group = screen.getByRole('group', { name: 'Player controls' });
    expect(group.querySelectorAll('button')).toHaveLength(3);
    expect(screen.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-keyshortcuts', 'Space');
    expect(screen.getByRole('button', { name: 'Skip →' })).toHaveAttribute('aria-keyshortcuts', 'ArrowRight');
    await userEvent.click(screen.getByRole('button', { name: 'Full player' }));
    await expect.poll(() => compact.active).toBe(false);
    expect(bridge.main.platform.compactCalls).toEqual([false]);
  });
});
