/** The player's keyboard: which key does what, and the list the `?` help shows. Pure data. */

export type PlayerAction = 'toggle-pause' | 'skip' | 'back' | 'add-time' | 'mute' | 'stop' | 'focus' | 'compact' | 'help';

/** Keys as KeyboardEvent.key reports them; media keys work while the window has focus. */
const KEY_ACTIONS: Readonly<Record<string, PlayerAction>> = Object.freeze({
  ' ': 'toggle-pause',
  MediaPlayPause: 'toggle-pause',
  MediaPlay: 'toggle-pause',
  MediaPause: 'toggle-pause',
  ArrowRight: 'skip',
  MediaTrackNext: 'skip',
  ArrowLeft: 'back',
  MediaTrackPrevious: 'back',
  '+': 'add-time',
  '=': 'add-time',
  m: 'mute',
  M: 'mute',
  Escape: 'stop',
  MediaStop: 'stop',
  F11: 'focus',
  f: 'focus',
  F: 'focus',
  c: 'compact',
  C: 'compact',
  '?': 'help',
});

export function actionForKey(key: string): PlayerAction | undefined {
  return Object.hasOwn(KEY_ACTIONS, key) ? KEY_ACTIONS[key] : undefined;
}

/** What the `?` list shows, in the order a runner needs them. */
export const KEY_HELP: readonly { keys: string; does: string }[] = Object.freeze([
  { keys: 'Space, or play/pause', does: 'Pause or carry on (so does a tap on the countdown)' },
  { keys: '→', does: 'Skip to the next step' },
  { keys: '←', does: 'Back to the previous step' },
  { keys: '+', does: 'Add 15 seconds to this step' },
  { keys: 'M', does: 'Mute or unmute the cues' },
  { keys: 'F or F11', does: 'Focus mode on or off (Esc also leaves it)' },
  { keys: 'C', does: 'Compact player on or off: a small window kept on top (Esc also leaves it)' },
  { keys: 'Esc', does: 'Stop the routine (asks first)' },
  { keys: '?', does: 'Show or hide this list' },
]);
