/** Reading what is typed into a settings field, before main is asked. */
export type SecondsRead = { ok: true; value: number } | { ok: false; message: string };

/** A number of seconds as typed into a settings field; empty or fractional is refused here, the range by main. */
export function readSeconds(text: string): SecondsRead {
  const t = text.trim();
  if (t === '') return { ok: false, message: 'Type a number of seconds.' };
  if (!/^-?\d+$/.test(t)) return { ok: false, message: 'Whole seconds, please.' };
  return { ok: true, value: Number(t) };
}
