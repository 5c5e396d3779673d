// Write outputs deterministically (stable key order comes from the builders; no timestamps) and
// report raw and gzip sizes against the budgets.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { OUT_DIR } from './config.ts';

export interface Written {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export const gzipSize = (text: string | Buffer): number => gzipSync(text, { level: 9 }).length;

export function writeOutput(name: string, content: string, budget?: number, outDir = OUT_DIR): Written {
  mkdirSync(outDir, { recursive: true });
  const text = content.endsWith('\n') ? content : `${content}\n`;
  const w = { file: name, bytes: Buffer.byteLength(text), gzipBytes: gzipSize(text) };
  if (budget && w.gzipBytes > budget)
    throw new Error(`[data] ${name}: ${w.gzipBytes} B gzip exceeds the budget of ${budget} B`);
  writeFileSync(resolve(outDir, name), text);
  return w;
}

export const writeJson = (name: string, data: unknown, budget?: number, outDir?: string): Written =>
  writeOutput(name, JSON.stringify(data), budget, outDir);
