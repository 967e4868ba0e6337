/** Export and import of the history, through the platform's file dialogs. */
import path from 'node:path';
import { sessionsToCsv } from '../../../../src/lib/history/csv';
import { exportHistory } from '../../../../src/lib/history/exchange';
import type { Session } from '../../../../src/lib/history/types';
import { localDateOf } from '../../../../src/lib/history/dates';
import { doctorSummaryName, historyExportName } from '../../../../src/lib/history/file-names';
import { mergeImport } from '../../../../src/lib/history/merge';
import { doctorSummaryHtml } from '../../../../src/lib/guidance/summary';
import { ensureFreeSpace, jsonBytes } from '../../store/free-space';
import type { HandlerTable } from '../dispatch';
import { lastPainBefore } from './player';
import { IpcError } from '../errors';
import { planImportInWorker } from '../../import/plan-in-worker';
import type { HandlerDeps } from './deps';

type ExchangeChannels = 'history:export' | 'history:import-preview' | 'history:import-confirm' | 'history:save-doctor-summary';

export function exchangeHandlers({ stores, platform, now, newId, importWorkerFile }: HandlerDeps): Pick<HandlerTable, ExchangeChannels> {
  // Previewed imports waiting for the runner's yes; keyed by a one-time token.
  const pending = new Map<string, Session[]>();

  return {
    'history:export': async ({ format }) => {
      const sessions = stores.history.read().sessions;
      const at = now();
      const content =
        format === 'csv'
          ? sessionsToCsv(sessions, stores.settings.read().settings.distanceUnit, { bom: true })
          : JSON.stringify(exportHistory(sessions, at), null, 2);
      const savedTo = await platform.saveFile({
        title: format === 'csv' ? 'Export history as CSV' : 'Export history as JSON',
        defaultName: historyExportName(format, at),
        filters: [
          format === 'csv' ? { name: 'CSV spreadsheet', extensions: ['csv'] } : { name: 'Backstride history', extensions: ['json'] },
        ],
        content,
      });
      return savedTo === null ? null : { savedTo, sessionCount: sessions.length };
    },

    'history:import-preview': async () => {
      const filePath = await platform.openFile({
        title: 'Import history',
        filters: [{ name: 'Backstride history', extensions: ['json'] }],
      });
      if (filePath === null) return null;
      const fileName = path.basename(filePath);
      const plan = await planImportInWorker(importWorkerFile, filePath, stores.history.read().sessions, (progress) =>
        platform.importProgress(progress),
      );
      if (!plan.ok) throw new IpcError('invalid-argument', `${fileName} cannot be imported: ${plan.message}`);
      const token = newId();
      pending.clear();
      pending.set(token, plan.toAdd);
      const dates = plan.toAdd.map((s) => s.localDate).sort();
      return {
        token,
        fileName,
        toAdd: plan.toAdd.length,
        alreadyThere: plan.alreadyThere.length,
        firstDate: dates[0] ?? null,
        lastDate: dates.at(-1) ?? null,
      };
    },

    'history:save-doctor-summary': async () => {
      const at = now();
      const today = localDateOf(at);
      const html = doctorSummaryHtml(stores.history.read().sessions, {
        today,
        settings: stores.settings.read().settings,
        seenDoctorAt: stores.guidance.read().seenDoctorAt,
        painBefore: lastPainBefore(stores.player.read()),
      });
      const savedTo = await platform.savePdf({
        title: 'Save summary for your doctor',
        defaultName: doctorSummaryName(at),
        html,
      });
      return savedTo === null ? null : { savedTo };
    },

    'history:import-confirm': ({ token }) => {
      const toAdd = pending.get(token);
      if (!toAdd) throw new IpcError('not-found', 'That import is no longer waiting; choose the file again.');
      const doc = stores.history.read();
      const { sessions, added } = mergeImport(doc.sessions, toAdd);
      const next = { ...doc, sessions };
      ensureFreeSpace(path.dirname(stores.history.path), jsonBytes(next), 'this import');
      stores.history.write(next);
      // Only a done import is forgotten: a refused one can be confirmed again once there is room.
      pending.delete(token);
      return { added: added.length };
    },
  };
}
