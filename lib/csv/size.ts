/** A human size: "12.5 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Checks a file's size before anything reads it (`File.size`, `stat`), so a huge file is refused
 * without being loaded: a sentence saying why, or undefined when it may be read.
 */
export function checkFileSize(bytes: number, maxBytes: number): string | undefined {
  if (bytes === 0) return 'The file is empty.';
  if (bytes > maxBytes)
    return `The file is ${formatBytes(bytes)}; the limit is ${formatBytes(maxBytes)}. Export fewer columns or split it.`;
  return undefined;
}
