/** The words of each reminder: calm questions, never orders. */
import type { ReminderCommand, ReminderKind } from './types';

export function reminderWords(kind: ReminderKind, leadMin: number): { title: string; body: string; command: ReminderCommand } {
  switch (kind) {
    case 'pre-run':
      return {
        title: leadMin > 0 ? `Warm-up in ${leadMin} minute${leadMin === 1 ? '' : 's'}?` : 'Time to warm up?',
        body: 'Your pre-run routine is ready when you are.',
        command: 'go-before',
      };
    case 'after-run':
      return { title: 'Back from your run?', body: 'Your cool-down is ready.', command: 'go-after' };
    case 'check-in':
      return { title: 'How did today go?', body: 'A 30-second check-in.', command: 'go-check-in' };
  }
}
