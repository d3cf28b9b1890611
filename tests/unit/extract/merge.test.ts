import { describe, expect, it } from 'vitest';
import { mergeCandidates } from '../../../lib/extract/merge';
import type { Candidate } from '../../../lib/extract/types';

describe('merge by confidence', () => {
  it('keeps the most confident value per field, with its source and evidence', () => {
    const facts = mergeCandidates([
      {
        field: 'name',
        value: 'Acme Blog',
        source: 'meta',
        confidence: 0.4,
        evidence: '<title> Acme Blog',
      },
      {
        field: 'name',
        value: 'Acme',
        source: 'jsonld',
        confidence: 0.85,
        evidence: 'JSON-LD: name "Acme"',
      },
    ]);
    expect(facts.name).toEqual({
      value: 'Acme',
      source: 'jsonld',
      confidence: 0.85,
      evidence: 'JSON-LD: name "Acme"',
    });
  });

  it('lets agreeing weak sources beat a single slightly stronger one', () => {
    const facts = mergeCandidates([
      { field: 'country', value: 'DE', source: 'text', confidence: 0.35 },
      { field: 'country', value: 'DE', source: 'url', confidence: 0.25 },
      { field: 'country', value: 'DE', source: 'microdata', confidence: 0.3 },
      { field: 'country', value: 'AT', source: 'meta', confidence: 0.4 },
    ]);
    expect(facts.country).toMatchObject({ value: 'DE', confidence: 0.45 });
  });

  it('treats names differing only in case, accents or ® as agreeing', () => {
    const facts = mergeCandidates([
      { field: 'name', value: 'KITE WORKS®', source: 'meta', confidence: 0.6 },
      { field: 'name', value: 'Kite Works', source: 'jsonld', confidence: 0.6 },
      { field: 'name', value: 'Other', source: 'text', confidence: 0.62 },
    ]);
    expect(facts.name?.confidence).toBe(0.65);
  });

  it('cuts evidence to 160 characters and drops unusable candidates', () => {
    const facts = mergeCandidates([
      {
        field: 'description',
        value: 'x'.repeat(300),
        source: 'meta',
        confidence: 0.5,
        evidence: 'word '.repeat(100),
      },
      { field: 'city', value: '   ', source: 'text', confidence: 0.9 },
      { field: 'foundedYear', value: Number.NaN, source: 'text', confidence: 0.9 },
      { field: 'siren', value: '123456789', source: 'text', confidence: Number.NaN },
    ]);
    expect(facts.description?.evidence?.length).toBeLessThanOrEqual(160);
    expect(Object.keys(facts)).toEqual(['description']);
  });

  it('unions list fields', () => {
    const facts = mergeCandidates([
      { field: 'technologies', value: ['HubSpot', 'React'], source: 'tech', confidence: 0.9 },
      { field: 'technologies', value: ['react', 'Matomo'], source: 'tech', confidence: 0.8 },
    ] as Candidate[]);
    expect(facts.technologies?.value).toEqual(['HubSpot', 'React', 'Matomo']);
  });
});
