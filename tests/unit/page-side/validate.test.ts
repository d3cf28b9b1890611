import { describe, expect, it } from 'vitest';
import { pageSignalsSchema, parsePayload } from '../../../lib/messaging/validate';

describe('message validation', () => {
  const valid = {
    pageUrl: 'https://www.nuagique.fr/',
    kind: 'company-site',
    signals: { jsonld: ['{"@type":"Organization","name":"Nuagique"}'] },
  };

  it('accepts a well-formed page report', () => {
    expect(parsePayload('scorePage', pageSignalsSchema, valid)).toEqual(valid);
  });

  it('rejects bad payloads with the message name and the path of the problem', () => {
    expect(() =>
      parsePayload('scorePage', pageSignalsSchema, { ...valid, pageUrl: 'javascript:alert(1)' }),
    ).toThrow(/rejected scorePage: pageUrl/);
    expect(() =>
      parsePayload('scorePage', pageSignalsSchema, {
        ...valid,
        signals: { text: { length: Number.POSITIVE_INFINITY } },
      }),
    ).toThrow(/rejected scorePage: signals/);
    expect(() => parsePayload('scorePage', pageSignalsSchema, 'nonsense')).toThrow(/rejected/);
  });
});
