import type { FactSource } from '../facts/schema';
import { typeset } from '../i18n/typography';
import type { GuessNoteKey } from '../score/result';

/**
 * The in-page badge's words in English and French. A small dictionary of its own: the content
 * script cannot afford the extension pages' i18n layer (and `i18n.getMessage` ignores the
 * language setting). Same wording as public/_locales where they meet.
 */
export interface BadgeStrings {
  badgeLabel: (tier: string, score: number, company: string) => string;
  showBadge: string;
  details: string;
  tier: (tier: string) => string;
  score: (score: number) => string;
  range: (score: number, potential: number) => string;
  coverage: (checked: number, total: number) => string;
  disqualified: (why: string) => string;
  /** "Label: value", with the language's spacing before the colon. */
  labelled: (label: string, value: string) => string;
  mustMissed: (what: string) => string;
  mustUnknown: (what: string) => string;
  outcome: { match: string; miss: string; unknown: string };
  notOnPage: string;
  editedByYou: string;
  icpVersion: (name: string, version: number) => string;
  alsoScored: string;
  openFullView: string;
  collapse: string;
  close: string;
  neverOnSite: string;
  sources: Record<FactSource, string>;
  /** The pill's text and label when the verdict is undecided: `?` and the tiers still possible. */
  undecidedLabel: (range: readonly [string, string], company: string) => string;
  undecided: (range: readonly [string, string]) => string;
  deciding: (what: string) => string;
  excludedBy: (icp: string, why: string) => string;
  /** A guess's note by its phrase key (lib/score/criteria.ts): "likely FR, from the web address". */
  guessedFrom: Record<GuessNoteKey, (value: string) => string>;
  /** The toolbar icon's title. */
  toolbarVerdict: (company: string, tier: string, score: number, icp: string) => string;
  toolbarUndecided: (
    company: string,
    checked: number,
    total: number,
    range: readonly [string, string],
    icp: string,
  ) => string;
  toolbarDisqualified: (company: string, why: string) => string;
}

const en: BadgeStrings = {
  badgeLabel: (tier, score, company) =>
    `ICP Lens: ${company ? `${company}, ` : ''}tier ${tier}, score ${score}. Show details`,
  showBadge: 'Show the ICP Lens badge',
  details: 'ICP fit details',
  tier: (tier) => (tier === 'excluded' ? 'Disqualified' : `Tier ${tier}`),
  score: (score) => `score ${score}`,
  range: (score, potential) => `score ${score} … ${potential} potential`,
  coverage: (checked, total) => `${checked} of ${total} criteria checked`,
  disqualified: (why) => `Disqualified: ${why}`,
  labelled: (label, value) => `${label}: ${value}`,
  mustMissed: (what) => `Must-have missed, so lowest tier: ${what}`,
  mustUnknown: (what) => `Must-have not checked yet: ${what}`,
  outcome: { match: 'Matched', miss: 'Missed', unknown: 'Unknown' },
  notOnPage: 'not found on this page',
  editedByYou: 'edited by you',
  icpVersion: (name, version) => `${name} · v${version}`,
  alsoScored: 'Other ICPs',
  openFullView: 'Open full view',
  collapse: 'Collapse to a dot',
  close: 'Close details',
  neverOnSite: 'Never on this site',
  sources: {
    jsonld: 'structured data',
    microdata: 'structured data',
    meta: 'page metadata',
    linkedin: 'LinkedIn',
    legal: 'legal notice',
    text: 'page text',
    tech: 'page code',
    url: 'web address',
    wikipedia: 'Wikipedia',
    user: 'you',
    import: 'import',
  },
  undecidedLabel: ([low, high], company) =>
    `ICP Lens: ${company ? `${company}, ` : ''}not enough data, tier ${low} to ${high}. Show details`,
  undecided: ([low, high]) => `Not enough data: tier ${low} … ${high}`,
  deciding: (what) => `Would decide it: ${what}`,
  excludedBy: (icp, why) => `Excluded by ${icp}: ${why}`,
  guessedFrom: {
    noteGuessFromLanguage: (value) => `likely ${value}, from the page's language`,
    noteGuessFromAddress: (value) => `likely ${value}, from the web address`,
    noteGuessFromText: (value) => `likely ${value}, from the page text`,
    noteGuessFromWeakSignal: (value) => `likely ${value}, from a weak signal`,
  },
  toolbarVerdict: (company, tier, score, icp) =>
    `ICP Lens: ${company}, tier ${tier}, score ${score} (${icp})`,
  toolbarUndecided: (company, checked, total, [low, high], icp) =>
    `ICP Lens: ${company}, not enough data (${checked} of ${total} checked), tier ${low} … ${high} (${icp})`,
  toolbarDisqualified: (company, why) => `ICP Lens: ${company}, disqualified (${why})`,
};

/** French puts a narrow no-break space before a colon (lib/i18n/typography). */
const colon = typeset(' :', 'fr');

/** "1 critère vérifié sur 3", "2 critères vérifiés sur 3": French counts 0 and 1 as singular. */
const checkedOf = (checked: number, total: number) =>
  `${checked} ${checked < 2 ? 'critère vérifié' : 'critères vérifiés'} sur ${total}`;

const fr: BadgeStrings = {
  badgeLabel: (tier, score, company) =>
    `ICP Lens${colon} ${company ? `${company}, ` : ''}niveau ${tier}, score ${score}. Afficher le détail`,
  showBadge: 'Afficher le badge ICP Lens',
  details: 'Détail de l’adéquation à l’ICP',
  tier: (tier) => (tier === 'excluded' ? 'Disqualifiée' : `Niveau ${tier}`),
  score: (score) => `score ${score}`,
  range: (score, potential) => `score ${score} … ${potential} potentiel`,
  coverage: (checked, total) => checkedOf(checked, total),
  disqualified: (why) => `Disqualifiée${colon} ${why}`,
  labelled: (label, value) => `${label}${colon} ${value}`,
  mustMissed: (what) => `Critère obligatoire manqué, donc niveau le plus bas${colon} ${what}`,
  mustUnknown: (what) => `Critère obligatoire non vérifié${colon} ${what}`,
  outcome: { match: 'Correspond', miss: 'Ne correspond pas', unknown: 'Inconnu' },
  notOnPage: 'absent de cette page',
  editedByYou: 'modifié par vous',
  icpVersion: (name, version) => `${name} · v${version}`,
  alsoScored: 'Autres ICP',
  openFullView: 'Ouvrir la vue complète',
  collapse: 'Réduire en pastille',
  close: 'Fermer le détail',
  neverOnSite: 'Jamais sur ce site',
  sources: {
    jsonld: 'données structurées',
    microdata: 'données structurées',
    meta: 'métadonnées',
    linkedin: 'LinkedIn',
    legal: 'mentions légales',
    text: 'texte de la page',
    tech: 'code de la page',
    url: 'adresse web',
    wikipedia: 'Wikipédia',
    user: 'vous',
    import: 'import',
  },
  undecidedLabel: ([low, high], company) =>
    `ICP Lens${colon} ${company ? `${company}, ` : ''}pas assez de données, niveau ${low} à ${high}. Afficher le détail`,
  undecided: ([low, high]) => `Pas assez de données${colon} niveau ${low} … ${high}`,
  deciding: (what) => `À vérifier pour fixer le niveau${colon} ${what}`,
  excludedBy: (icp, why) => `Exclue par ${icp}${colon} ${why}`,
  guessedFrom: {
    noteGuessFromLanguage: (value) => `probablement ${value}, d’après la langue de la page`,
    noteGuessFromAddress: (value) => `probablement ${value}, d’après l’adresse web`,
    noteGuessFromText: (value) => `probablement ${value}, d’après le texte de la page`,
    noteGuessFromWeakSignal: (value) => `probablement ${value}, d’après un indice faible`,
  },
  toolbarVerdict: (company, tier, score, icp) =>
    `ICP Lens${colon} ${company}, niveau ${tier}, score ${score} (${icp})`,
  toolbarUndecided: (company, checked, total, [low, high], icp) =>
    `ICP Lens${colon} ${company}, pas assez de données (${checkedOf(checked, total)}), niveau ${low} … ${high} (${icp})`,
  toolbarDisqualified: (company, why) => `ICP Lens${colon} ${company}, disqualifiée (${why})`,
};

/** `auto` follows the browser's language; anything not French gets English. */
export function badgeStrings(setting: string, browserLanguage: string): BadgeStrings {
  const language = setting === 'auto' ? browserLanguage : setting;
  return language.toLowerCase().startsWith('fr') ? fr : en;
}
