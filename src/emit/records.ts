// Records the emitters write that are not facts.
import type { ErrorRecord } from '../facts.js';

export function errorRecord(doc: string, message: string): ErrorRecord {
  return { type: 'error', doc, message };
}
