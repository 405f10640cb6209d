// Stage 1 (stub, to be replaced): bytes → text.
import { ReadError } from '../errors.ts';

export function readReport(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new ReadError(name, 'the file is empty');
  return new TextDecoder('utf-8').decode(bytes);
}
