// The stand-in's line to the test harness that forked this process (tests/e2e/fixtures/main-shell.ts).
// Outgoing: notices (send) and questions (ask). Incoming: commands, answered by the registered handler.

if (!process.send) {
  throw new Error('The electron stand-in runs only in a process forked with an IPC channel by the test harness.');
}

let nextId = 1;
const waiting = new Map();
const commands = new Map();

export function send(message) {
  process.send(message);
}

export function ask(message) {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    process.send({ ...message, askId: id });
  });
}

export function onCommand(type, handler) {
  commands.set(type, handler);
}

/** Tells the harness, then exits once the message is out (so it is never lost). */
export function exitProcess(code) {
  process.send({ type: 'exiting', code }, () => process.exit(code));
}

process.on('message', async (message) => {
  if (message.type === 'answer') {
    const pending = waiting.get(message.askId);
    waiting.delete(message.askId);
    if (message.error !== undefined) pending?.reject(new Error(message.error));
    else pending?.resolve(message.value);
    return;
  }
  const handler = commands.get(message.type);
  try {
    if (!handler) throw new Error(`electron stand-in: no command ${message.type}`);
    const value = await handler(message);
    process.send({ type: 'answer', commandId: message.commandId, value });
  } catch (error) {
    process.send({ type: 'answer', commandId: message.commandId, error: error instanceof Error ? error.message : String(error) });
  }
});
