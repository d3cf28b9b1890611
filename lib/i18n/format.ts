/**
 * Chrome's messages.json format (the extension i18n convention), read by the UI itself because
 * `chrome.i18n.getMessage` cannot switch language at runtime.
 * https://developer.chrome.com/docs/extensions/reference/api/i18n#concepts_and_usage
 */
export interface ChromeMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type Substitution = string | number;

/**
 * Resolves one message as chrome.i18n.getMessage would: named placeholders ($COUNT$, case
 * insensitive) become their `content`, then $1…$9 become the substitutions and $$ a dollar sign.
 * Substituted text is inserted as is, never re-read for placeholders.
 */
export function formatMessage(
  entry: ChromeMessage,
  substitutions: readonly Substitution[] = [],
): string {
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, value]) => [
      name.toLowerCase(),
      value.content,
    ]),
  );
  const withContent = entry.message.replace(
    /\$([a-z0-9_@]+)\$/gi,
    (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole,
  );
  return withContent.replace(/\$(\$|[1-9])/g, (_whole, token: string) =>
    token === '$' ? '$' : String(substitutions[Number(token) - 1] ?? ''),
  );
}

/** Named placeholders a message uses, lower-case (for checks that locales agree). */
export function placeholdersUsed(message: string): string[] {
  return [...message.matchAll(/\$([a-z0-9_@]+)\$/gi)]
    .map((match) => match[1]!.toLowerCase())
    .sort();
}
