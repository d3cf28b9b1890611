import type { Icp } from '../icp/schema';
import { matchPersonas, type PersonaFit } from './match';
import {
  contactPriority,
  matchedPersona,
  type CompanyVerdict,
  type PriorityResult,
} from './priority';
import { readTitle, type TitleReading } from './title';

/** Everything the extension and the CLI show about one contact. */
export interface ContactResult {
  reading: TitleReading;
  /** Every persona, best fit first (empty when the ICP has none). */
  personas: PersonaFit[];
  /** The best persona when it reaches the ICP's `minFit`, else null. */
  persona: PersonaFit | null;
  priority: PriorityResult;
}

/**
 * Reads a contact's job title, matches it to the ICP's personas and gives the contact's
 * priority from their company's verdict (null: the company was never scored).
 */
export function scoreContact(
  title: string,
  company: CompanyVerdict | null,
  icp: Pick<Icp, 'tiers' | 'priorities' | 'personas'>,
): ContactResult {
  const reading = readTitle(title);
  const personas = matchPersonas(reading, icp.personas ?? []);
  const best = personas[0] ?? null;
  const priority = contactPriority(company, best, icp);
  return { reading, personas, persona: matchedPersona(best, icp), priority };
}
