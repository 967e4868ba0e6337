/** The player's side of main: crash checkpoint, today's pain-before answer, keeping the display awake. */
import { localDateOf } from '../../../../src/lib/history/dates';
import type { PainBeforeAnswer } from '../../../../src/lib/guidance/types';
import type { PlayerDoc } from '../../store/player-doc';
import type { HandlerTable } from '../dispatch';
import type { HandlerDeps } from './deps';

type PlayerChannels =
  | 'player:get-in-progress'
  | 'player:save-in-progress'
  | 'player:clear-in-progress'
  | 'player:set-pain-before'
  | 'player:get-pain-before'
  | 'player:last-pain-before'
  | 'player:keep-awake'
  | 'player:compact';

export function playerHandlers({ stores, platform, now }: HandlerDeps): Pick<HandlerTable, PlayerChannels> {
  const player = stores.player;
  return {
    'player:get-in-progress': () => player.read().inProgress,
    'player:save-in-progress': (inProgress) => {
      player.write({ ...player.read(), inProgress });
      return null;
    },
    'player:clear-in-progress': () => {
      if (player.read().inProgress !== null) player.write({ ...player.read(), inProgress: null });
      return null;
    },
    'player:set-pain-before': ({ pain }) => {
      player.write({ ...player.read(), painBefore: { localDate: localDateOf(now()), pain } });
      return null;
    },
    'player:get-pain-before': () => {
      const answer = player.read().painBefore;
      return answer && answer.localDate === localDateOf(now()) ? answer.pain : null;
    },
    'player:last-pain-before': () => lastPainBefore(player.read()),
    'player:keep-awake': ({ active }) => {
      platform.keepAwake(active);
      return null;
    },
    'player:compact': ({ on }) => {
      platform.setCompact(on);
      return null;
    },
  };
}

/** The last pain-before answer with a score (a skipped answer has none). */
export function lastPainBefore(doc: PlayerDoc): PainBeforeAnswer | null {
  const answer = doc.painBefore;
  return answer && answer.pain !== null ? { localDate: answer.localDate, pain: answer.pain } : null;
}
