/**
 * A typed document kept in one store file. The main process is the only writer, so the parsed
 * document is cached after the first read and every write goes through to disk (atomically,
 * via the backend: electron-store / conf write a temp file and rename it).
 */

/** The part of electron-store / conf that we use: the whole document and the file path. */
export interface StoreBackend {
  store: Record<string, unknown>;
  readonly path: string;
}

export interface DocStore<T> {
  read(): T;
  write(next: T): void;
  readonly path: string;
}

export function createDocStore<T extends object>(backend: StoreBackend, parse: (raw: Record<string, unknown>) => T): DocStore<T> {
  let cached: T | undefined;
  return {
    path: backend.path,
    read() {
      cached ??= parse(backend.store);
      return cached;
    },
    write(next) {
      backend.store = next as unknown as Record<string, unknown>;
      cached = next;
    },
  };
}
