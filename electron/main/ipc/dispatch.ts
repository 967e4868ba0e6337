/**
 * Runs one IPC call against the handler table: checks the channel, rejects hostile shapes,
 * validates the argument against its schema, and turns every outcome into an IpcResult.
 * Used unchanged by Electron's ipcMain and by the browser-test bridge.
 */
import type { ArgOf, Channel, IpcIssue, IpcResult, ResultOf } from '../../../src/lib/ipc/contract';
import { issuesSentence, SOMETHING_WENT_WRONG } from '../../../src/lib/ipc/field-words';
import { hasHostileShape, issuesFromZod } from '../../../src/lib/validation';
import { StoreWriteError } from '../store/checked-write';
import { IpcError } from './errors';
import { argumentSchemas } from './validators';
import { z } from 'zod';

export type Handler<C extends Channel> = (arg: ArgOf<C>) => ResultOf<C> | Promise<ResultOf<C>>;
export type HandlerTable = { [C in Channel]: Handler<C> };

export const CHANNELS = Object.keys(argumentSchemas) as Channel[];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(argumentSchemas, value);
}

export async function dispatch(table: HandlerTable, channel: unknown, arg: unknown): Promise<IpcResult<unknown>> {
  if (!isChannel(channel)) {
    // Messages name no channel: they may be shown as they are.
    return fail('unknown-channel', 'Backstride does not know that request.');
  }
  if (hasHostileShape(arg)) {
    return fail('invalid-argument', 'The request was refused: it has a forbidden key (such as __proto__) or is nested too deeply.');
  }
  const parsed = z.safeParse(argumentSchemas[channel], arg);
  if (!parsed.success) {
    const issues = issuesFromZod(parsed.error);
    return fail('invalid-argument', issuesSentence(issues), issues);
  }
  try {
    const handler = table[channel] as Handler<Channel>;
    const value = await handler(parsed.data as never);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof IpcError) return fail(error.code, error.message, error.issues);
    // Never answered ok: the runner is told in plain words and the previous file is untouched.
    if (error instanceof StoreWriteError) {
      console.error(`[ipc] ${channel}: not saved (${error.kind}): ${String(error.cause ?? error.message)}`);
      return fail(error.kind, error.message);
    }
    console.error(`[ipc] ${channel} failed`, error);
    return fail('internal', SOMETHING_WENT_WRONG);
  }
}

function fail(code: IpcError['code'], message: string, issues: IpcIssue[] = []): IpcResult<never> {
  return { ok: false, error: { code, message, issues } };
}
