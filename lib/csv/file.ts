import { phrase, type Phrase } from '../i18n/phrase';
import { decodeText } from './decode';
import { checkFileSize } from './size';

export type TextFileRead = { ok: true; text: string } | { ok: false; phrase: Phrase };

/**
 * Reads a file the user picked (an extension page's <input type="file">) as text: its size is
 * checked first (`File.size`, nothing loaded when it is too big), then its bytes are decoded
 * (lib/csv/decode.ts). Never throws: a file that cannot be read comes back as a phrase.
 */
export async function readTextFile(
  file: Pick<Blob, 'size' | 'arrayBuffer'>,
  maxBytes: number,
): Promise<TextFileRead> {
  const tooBig = checkFileSize(file.size, maxBytes);
  if (tooBig) return { ok: false, phrase: tooBig };
  try {
    return { ok: true, text: decodeText(new Uint8Array(await file.arrayBuffer())) };
  } catch (error) {
    return {
      ok: false,
      phrase: phrase('csvUnreadable', error instanceof Error ? error.message : String(error)),
    };
  }
}
