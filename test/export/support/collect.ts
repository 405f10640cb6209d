// Runs an export format over a store and returns the whole text.
import type { GraphStore } from '../../../src/graph/store.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../../../src/export/index.ts';

export async function exportText(store: GraphStore, format: ExportFormat): Promise<string> {
  let text = '';
  for await (const chunk of EXPORT_FORMATS[format](store)) text += chunk;
  return text;
}

export const total = (counts: Partial<Record<string, number>>) =>
  Object.values(counts).reduce<number>((a, b) => a + (b ?? 0), 0);
