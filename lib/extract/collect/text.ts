import { isPlatform } from '../../company/platforms';
import { readText } from '../dom';
import type { Collector } from '../types';

/** What the text-signal reader needs: contact blocks first, then the body text, and the language. */
export interface TextSignals {
  /** Text of the page's <address>, <footer> and PostalAddress blocks (up to 10, 5,000 characters each). */
  contact: string;
  /** Body text, capped (dom.ts TEXT_CAP). */
  body: string;
  lang?: string;
}

export const textCollector: Collector<TextSignals | undefined> = {
  name: 'text',
  collect(document, url) {
    // The reader skips platforms anyway; not copying their text keeps the message small.
    if (isPlatform(url)) return undefined;
    const contact = [...document.querySelectorAll('address, footer, [itemtype*="PostalAddress"]')]
      .slice(0, 10)
      .map((element) => readText(element, 5000))
      .join('\n');
    const lang = document.documentElement?.getAttribute('lang');
    return {
      contact,
      body: readText(document.body ?? document.documentElement),
      ...(lang ? { lang: lang.slice(0, 50) } : {}),
    };
  },
};
