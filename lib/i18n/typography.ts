/** U+202F NARROW NO-BREAK SPACE: French puts it before ; : ! ? and inside « ». */
export const NARROW_NBSP = '\u202f';

/**
 * French typography on a piece of prose: a narrow no-break space before `;` `:` `!` `?` used as
 * punctuation (after a word and before a space or the end), inside « » and between a number and
 * its % sign, replacing an ordinary
 * or no-break space or added where there is none. Tokens are left alone: "https://", "10:30",
 * "?" on its own. Any other language's text comes back unchanged.
 *
 * Small and dependency-free on purpose: the in-page badge uses it as well as the extension pages.
 */
export function typeset(text: string, locale: string): string {
  if (!locale.toLowerCase().startsWith('fr')) return text;
  return (
    text
      .replace(/([^\s;:!?])[ \u00a0\u202f]?([;:!?])(?=[\s;:!?).,\]»”]|$)/gu, `$1${NARROW_NBSP}$2`)
      // A separator such as " ; " starts with its space: it must not break either.
      .replace(/^[ \u00a0]([;:!?])(?=\s|$)/u, `${NARROW_NBSP}$1`)
      .replace(/(\d)[ \u00a0]%/gu, `$1${NARROW_NBSP}%`)
      .replace(/«[ \u00a0\u202f]?/gu, `«${NARROW_NBSP}`)
      .replace(/[ \u00a0\u202f]?»/gu, `${NARROW_NBSP}»`)
  );
}
