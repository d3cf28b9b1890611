import { describe, expect, it } from 'vitest';
import {
  frenchVatKey,
  germanVatValid,
  isSiren,
  isSiret,
  luhnValid,
  swissUidValid,
} from '../../../lib/extract/legal/checksums';
import { findForms, formAtEnd } from '../../../lib/extract/legal/forms';
import { findIdentifiers } from '../../../lib/extract/legal/identifiers';
import type { Line } from '../../../lib/extract/legal/lines';
import { companyLines } from '../../../lib/extract/legal/sections';

describe('identifier checksums', () => {
  it('accepts Luhn-valid SIREN and SIRET and rejects one wrong digit', () => {
    expect(luhnValid('912345675')).toBe(true);
    expect(isSiren('912345675')).toBe(true);
    expect(isSiren('912345676')).toBe(false);
    expect(isSiret('91234567500017')).toBe(true);
    expect(isSiret('91234567500018')).toBe(false);
  });

  it('rejects template numbers that happen to pass Luhn', () => {
    expect(luhnValid('000000000')).toBe(true);
    expect(isSiren('000000000')).toBe(false);
    expect(isSiren('999999999')).toBe(false);
    expect(isSiret('00000000000000')).toBe(false);
  });

  it("accepts La Poste's SIRETs, numbered by digit sum instead of Luhn", () => {
    // Digit sum 20, a multiple of 5, though not Luhn-valid; 21 is not.
    expect(isSiret('35600000000114')).toBe(true);
    expect(isSiret('35600000000115')).toBe(false);
  });

  it('computes the French VAT key from the SIREN', () => {
    expect(frenchVatKey('912345675')).toBe('65');
    expect(frenchVatKey('821453099')).toBe('07');
  });

  it('checks German VAT and Swiss UID check digits', () => {
    expect(germanVatValid('812345673')).toBe(true);
    expect(germanVatValid('812345674')).toBe(false);
    expect(swissUidValid('109876542')).toBe(true);
    expect(swissUidValid('109876543')).toBe(false);
  });
});

describe('identifiers in text', () => {
  it('reads numbers written with spaces, dots and non-breaking spaces, only after a label', () => {
    expect(findIdentifiers('SIREN 912\u00a0345\u00a0675').siren?.value).toBe('912345675');
    expect(findIdentifiers('RCS Rennes B 912.345.675').siren?.value).toBe('912345675');
    expect(findIdentifiers('Appelez le 912 345 675 pour commander').siren).toBeUndefined();
  });

  it('reads the RCS city in its usual spellings', () => {
    expect(findIdentifiers('R.C.S. de Lyon 912 345 675').rcsCity?.value).toBe('Lyon');
    expect(findIdentifiers('RCS Bordeaux 912 345 675').rcsCity?.value).toBe('Bordeaux');
    expect(
      findIdentifiers("immatriculée au RCS d'Angers sous le n° 912 345 675").rcsCity?.value,
    ).toBe('Angers');
  });

  it('reads NAF codes with or without the dot, and rejects a French VAT number with a wrong key', () => {
    expect(findIdentifiers('Code APE : 6202A').naf?.value).toBe('62.02A');
    expect(findIdentifiers('NAF 62.02A').naf?.value).toBe('62.02A');
    expect(findIdentifiers('TVA FR64912345675').vatId).toBeUndefined();
    expect(findIdentifiers('TVA FR 65 912 345 675').vatId?.value).toBe('FR65912345675');
  });

  it('pads UK company numbers and keeps Scottish prefixes', () => {
    expect(findIdentifiers('Company No. 1234567').register?.value).toBe('01234567');
    expect(findIdentifiers('Registered in Scotland, company number SC123456').register?.value).toBe(
      'SC123456',
    );
  });
});

describe('legal forms', () => {
  it('maps long French forms to their abbreviation', () => {
    expect(findForms('Société par actions simplifiée au capital')[0]?.form).toBe('SAS');
    expect(findForms('société par actions simplifiée unipersonnelle')[0]?.form).toBe('SASU');
    expect(findForms('Société à responsabilité limitée')[0]?.form).toBe('SARL');
    expect(findForms('S.A.R.L. Dupont')[0]?.form).toBe('SARL');
  });

  it('reads German forms, including the compound and the UG', () => {
    expect(formAtEnd('Alpenwerk Software GmbH & Co. KG')?.form).toBe('GmbH & Co. KG');
    expect(formAtEnd('Isarbyte UG (haftungsbeschränkt)')?.form).toBe('UG');
    expect(formAtEnd('Huber e.K.')?.form).toBe('e.K.');
  });

  it('does not read "AG München" after "Registergericht" as a form', () => {
    expect(findForms('Registergericht: AG München, HRB 1234')).toEqual([]);
    expect(findForms('Alpenwerk AG, München')[0]?.form).toBe('AG');
  });
});

describe('sections about other parties', () => {
  const line = (text: string, block: number, heading = false): Line => ({ text, block, heading });

  it('drops a hosting section up to the next heading', () => {
    const kept = companyLines([
      line('Éditeur', 0, true),
      line('Acme SAS, RCS Paris 912 345 675', 1),
      line('Hébergeur', 2, true),
      line('OVH SAS', 3),
      line('2 rue Kellermann, 59100 Roubaix', 4),
      line('Crédits', 5, true),
      line('Propriété intellectuelle', 6, true),
      line('Le contenu appartient à Acme.', 7),
    ]);
    expect(kept.join(' ')).not.toMatch(/OVH|Roubaix/);
    expect(kept.join(' ')).toContain('Acme SAS');
    expect(kept.join(' ')).toContain('Le contenu appartient à Acme.');
  });

  it('keeps a hosting label section closed through its field labels', () => {
    const kept = companyLines([
      line('Hébergeur :', 0),
      line('Raison sociale : OVH SAS', 1),
      line('Adresse : 2 rue Kellermann, 59100 Roubaix', 2),
      line('Éditeur : Acme SAS', 3),
    ]);
    expect(kept).toEqual(['Éditeur : Acme SAS']);
  });

  it('cuts a sentence naming the host or the publication director mid-paragraph', () => {
    const kept = companyLines([
      line('Acme SAS, 3 rue X, 75001 Paris. Le site est hébergé par OVH, Roubaix.', 0),
      line('2 rue Kellermann', 0),
      line('Le directeur de la publication est Jean Dupont.', 1),
      line('Acme est une société de conseil.', 2),
    ]);
    expect(kept).toEqual(['Acme SAS, 3 rue X, 75001 Paris.', 'Acme est une société de conseil.']);
  });
});
