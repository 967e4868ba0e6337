/** The setup's questions in plain words (facts from the running-with-back-pain article). */
import type { BackPainType, DistanceUnit } from '../../lib/settings/types';

export interface BackPainChoice {
  value: BackPainType;
  label: string;
  detail: string;
}

export const BACK_PAIN_CHOICES: BackPainChoice[] = [
  {
    value: 'mechanical',
    label: 'Mechanical',
    detail: 'My spine is structurally normal; the pain comes from muscles, often a weak core.',
  },
  {
    value: 'structural',
    label: 'Structural',
    detail: 'Something in my spine itself, such as a disc problem or scoliosis.',
  },
  {
    value: 'unknown',
    label: 'I don’t know',
    detail: 'Nobody has told me what is behind it yet.',
  },
];

export interface BackPainAdvice {
  /** 'doctor': ask a doctor before running; 'go': running can help. */
  tone: 'doctor' | 'go';
  title: string;
  body: string;
}

/** What the article advises for each answer. Shown plainly; it never stops the runner. */
export const BACK_PAIN_ADVICE: Record<BackPainType, BackPainAdvice> = {
  mechanical: {
    tone: 'go',
    title: 'Running can help',
    body: 'With a structurally normal spine, steady running can build a stronger core and often eases the pain. Build up gently, and talk to your doctor before any big change in how much you exercise.',
  },
  structural: {
    tone: 'doctor',
    title: 'Ask a doctor before you run',
    body: 'With a disc problem, scoliosis or another structural cause, running can sometimes do harm. Check with your doctor that running suits you before you start or step it up. You can use Backstride either way.',
  },
  unknown: {
    tone: 'doctor',
    title: 'Ask a doctor before you run',
    body: 'It matters what is behind the pain: running often helps a structurally normal spine, but can harm one with a disc problem or scoliosis. A doctor can tell you which it is. You can use Backstride either way.',
  },
};

export const UNIT_CHOICES: { value: DistanceUnit; label: string }[] = [
  { value: 'km', label: 'Kilometres' },
  { value: 'mi', label: 'Miles' },
];

export { WEEKDAYS } from '../../lib/history/dates';
