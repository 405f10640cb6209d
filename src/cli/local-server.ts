// A running `kg serve` holds the embedded store (LadybugDB locks it), so it says so in the data directory: server.json
// (its address, its process and where its local key is) and server.key (a key made for this run, readable by its user
// only), both removed when it stops. `kg ingest`, `kg stats` and `kg export` find it there and send their work
// through it instead of failing on the lock.
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SERVER_FILE = 'server.json';
const KEY_FILE = 'server.key';

export interface LocalServer {
  url: string;
  key: string;
}

interface ServerFile {
  url: string;
  pid: number;
  keyFile: string;
}

/** A key for this run of the server, for the `kg` commands on its machine. */
export const localKey = () => randomBytes(24).toString('hex');

/** Announces the server and its local key in `dataDir`; returns the function that retracts both. */
export function publishServer(dataDir: string, url: string, key: string): { retract: () => void } {
  const keyFile = join(dataDir, KEY_FILE);
  const serverFile = join(dataDir, SERVER_FILE);
  writeFileSync(keyFile, `${key}\n`, { mode: 0o600 });
  const announced: ServerFile = { url, pid: process.pid, keyFile };
  writeFileSync(serverFile, `${JSON.stringify(announced, null, 2)}\n`);
  return {
    retract: () => {
      rmSync(serverFile, { force: true });
      rmSync(keyFile, { force: true });
    },
  };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, another user's
  }
};

/** The server announced in `dataDir`, if its process still runs (a crashed server's file is ignored). */
export function findServer(dataDir: string): LocalServer | undefined {
  let announced: ServerFile;
  try {
    announced = JSON.parse(readFileSync(join(dataDir, SERVER_FILE), 'utf8')) as ServerFile;
  } catch {
    return undefined;
  }
  if (typeof announced.url !== 'string' || !Number.isInteger(announced.pid) || !alive(announced.pid)) return undefined;
  try {
    return { url: announced.url, key: readFileSync(announced.keyFile, 'utf8').trim() };
  } catch {
    return undefined;
  }
}

/** The server holding the embedded store a command would open (`--store`, KG_STORE, KG_DATA_DIR), if one runs. */
export async function serverHolding(options: { store?: string }): Promise<LocalServer | undefined> {
  const { dataDir, storeKind } = await import('../graph/open.ts');
  return storeKind(options) === 'embedded' ? findServer(dataDir()) : undefined;
}
