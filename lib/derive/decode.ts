/**
 * Decodes a file's bytes: UTF-8 (with or without a byte-order mark) when they are valid UTF-8,
 * else Windows-1252, which Excel still uses for "CSV" exports on Windows, so "Société" survives
 * either way. UTF-16 files with a byte-order mark (Excel's "Unicode text") are read too.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
