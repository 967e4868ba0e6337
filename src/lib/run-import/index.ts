/** Reads one run file by its kind (.gpx, .tcx or .fit). Pure: main reads the bytes and checks the size first. */
import { parseFit } from './fit';
import { parseGpx } from './gpx';
import { parseTcx } from './tcx';
import { refuse, type ParseOutcome } from './types';

export { MAX_RUN_FILE_BYTES, RUN_FILE_EXTENSIONS, type ParseOutcome, type RunSummary } from './types';

export function parseRunFile(fileName: string, bytes: Uint8Array, timeZone?: string): ParseOutcome {
  const kind = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (kind === 'fit') return parseFit(bytes, timeZone);
  if (kind !== 'gpx' && kind !== 'tcx') return refuse('it is not a GPX, TCX or FIT file');
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse('the file is damaged: it is not readable text');
  }
  return kind === 'gpx' ? parseGpx(source, timeZone) : parseTcx(source, timeZone);
}
