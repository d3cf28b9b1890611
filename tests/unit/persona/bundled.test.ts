import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Icp } from '../../../lib/icp/schema';
import { parseIcpText } from '../../../lib/icp/validate';
import { scoreContact } from '../../../lib/persona/contact';
import type { CompanyVerdict } from '../../../lib/persona/priority';

function bundled(file: string): Icp {
  const result = parseIcpText(
    readFileSync(new URL(`../../../public/icps/${file}`, import.meta.url), 'utf8'),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.icp;
}

const tierA: CompanyVerdict = { decided: true, tier: 'A', disqualified: false, mustMissed: false };

describe('the personas of the bundled ICPs read the titles they are written for', () => {
  it.each([
    ['eu-b2b-saas.json', 'VP Sales EMEA', 'sales-leader', 'P1'],
    ['eu-b2b-saas.json', 'Chief Revenue Officer', 'sales-leader', 'P1'],
    ['eu-b2b-saas.json', 'Head of Revenue Operations', 'revops', 'P1'],
    // The file's matrix makes influencers at tier A companies P1 (the default says P2).
    ['eu-b2b-saas.json', 'Head of Growth', 'marketing-leader', 'P1'],
    ['eu-b2b-saas.json', 'Sales Operations Manager', 'revops', 'P1'],
    ['eu-b2b-saas.json', 'Senior Account Executive', 'seller', 'P2'],
    ['eu-b2b-saas.json', 'Sales Intern', null, 'P4'],
    ['pme-france.json', 'Gérante', 'dirigeant', 'P1'],
    ['pme-france.json', 'Président fondateur', 'dirigeant', 'P1'],
    ['pme-france.json', 'Directrice commerciale', 'direction-commerciale', 'P1'],
    ['pme-france.json', 'Directeur du développement', 'direction-commerciale', 'P1'],
    ['pme-france.json', 'Responsable marketing digital', 'marketing', 'P2'],
    ['pme-france.json', "Chargée d'affaires", 'commerciaux', 'P2'],
    ['pme-france.json', 'Stagiaire commercial', null, 'P4'],
  ])('%s: %s → %s, %s at a tier A company', (file, title, persona, priority) => {
    const result = scoreContact(title, tierA, bundled(file));
    expect(result.persona?.key ?? null).toBe(persona);
    expect(result.priority.priority).toBe(priority);
  });
});
