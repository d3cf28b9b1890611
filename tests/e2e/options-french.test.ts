import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import { SITES } from '../fixtures/sites/index';
import { launchExtension, waitForBadge, type ExtensionHarness } from './support/extension';
import { SCREENSHOTS as shots } from './support/screenshots';

/**
 * A French user's pass over every screen of the options page, in Chromium started in French:
 * each tab shows French, no English sentence of the catalogue is left, French typography holds
 * (a narrow no-break space before : ; ! ? and inside « »), and a screenshot of each tab at
 * 1280 px goes to .output/screenshots/ (`npm run screenshots` copies those the docs show into
 * tests/e2e/screenshots/). The popup is checked at 360 px.
 */

const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));

let ext: ExtensionHarness;
beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  ext = await launchExtension({ locale: 'fr-FR' });
});
afterAll(async () => {
  await ext?.close();
});

type Catalog = Record<string, { message: string }>;

/**
 * English the page must not show: every catalogue sentence whose French differs, cut at its
 * placeholders, keeping the pieces of three words or more (shorter ones could be a company's or
 * a column's name).
 */
const ENGLISH = [
  ...new Set(
    Object.entries(en as Catalog)
      .filter(([key, entry]) => (fr as Catalog)[key]?.message !== entry.message)
      .flatMap(([, entry]) => entry.message.split(/\$[A-Z0-9_]+\$/))
      .map((piece) => piece.trim().replace(/^[\s,.;:()“”]+|[\s,.;:()“”]+$/g, ''))
      .filter((piece) => (piece.match(/\p{L}{2,}/gu) ?? []).length >= 3),
  ),
];

/**
 * The page's words, without what users or files brought in: form values, column headers read
 * from a CSV (options of the column pickers), sample cells, URLs, and page evidence.
 */
async function interfaceText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    for (const element of copy.querySelectorAll(
      'select, textarea, code, pre, .snippet, .derive-sample, .derive-table td, .icp-chip, a[href]',
    ))
      element.remove();
    document.body.append(copy);
    copy.style.position = 'absolute';
    const text = copy.innerText;
    copy.remove();
    return text;
  });
}

/** Fails on English left on the page and on French typography slips. */
async function expectFrench(page: Page, mustShow: string[]): Promise<void> {
  for (const text of mustShow) await page.getByText(text, { exact: false }).first().waitFor();
  const text = await interfaceText(page);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
  expect(ENGLISH.filter((piece) => text.includes(piece))).toEqual([]);
  // A colon, semicolon, ! or ? in a sentence has a narrow no-break space before it, never a
  // plain space and never nothing (URLs and times, where the sign is inside a token, are fine).
  const slips = text
    .split('\n')
    .filter((line) =>
      /[^\s\u202f][;:!?](\s|\)|$)|[ \u00a0][;:!?]|«[^\u202f]|[^\u202f]»/u.test(line),
    );
  expect(slips).toEqual([]);
}

async function optionsTab(hash: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${ext.extensionId}/options.html#${hash}`);
  return page;
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${shots}${name}`, fullPage: true });
}

describe('every screen in French (Chromium in French)', () => {
  it('popup at 360 px: French labels, and a long label is never broken inside a word', async () => {
    const site = await ext.open(SITES.nuagique.url);
    await waitForBadge(site);
    const popup = await ext.openPopup(await ext.tabId(site));
    await popup.setViewportSize({ width: 360, height: 900 });
    const label = popup.locator('.facts tbody th', { hasText: 'Immatriculation' });
    await label.waitFor();
    // One line box for the word: no break inside it.
    const lines = await label.evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    });
    expect(lines).toBe(1);
    await expectFrench(popup, ['Informations sur l’entreprise']);
    await popup.screenshot({ path: `${shots}popup-fr.png`, fullPage: true });
    await Promise.all([popup.close(), site.close()]);
  });

  it('ICP tab: sources and their status, file import, the editor with problems in the user’s words, versions', async () => {
    await ext.setStorage({
      icpSources: [{ url: 'https://icp.nordlys.example/team-icp.json', addedAt: Date.now() }],
    });
    const page = await optionsTab('icp');
    await page.getByRole('heading', { name: 'Profil client idéal (ICP)' }).waitFor();
    await page.getByRole('button', { name: 'Synchroniser' }).click();
    // The request is refused (no network in the tests): the status says so in French.
    await page.getByText(/Impossible de joindre icp\.nordlys\.example/).waitFor();

    const fileInput = page.locator('label.icp-file input[type="file"]');
    const broken = {
      format: 'icp-lens/v1',
      id: 'equipe-france',
      name: 'Équipe France',
      version: 1,
      criteria: [{ id: 'pays', label: 'Pays', field: 'country', op: 'in', values: [] }],
    };
    await fileInput.setInputFiles({
      name: 'equipe-france.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    await page
      .getByText('Non importé\u202f: Critère 1\u202f: choisissez au moins une valeur')
      .waitFor();

    const icp = JSON.parse(
      readFileSync(new URL('../../public/icps/pme-france.json', import.meta.url), 'utf8'),
    );
    await fileInput.setInputFiles({
      name: 'equipe-france.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...icp, id: 'equipe-france', version: 2 })),
    });
    await page.getByText(/importé\u202f; il sert désormais à l’évaluation/).waitFor();
    await page.getByRole('button', { name: 'Versions' }).click();
    await page.getByText('Versions de «\u202fPME françaises du numérique').waitFor();

    await page.getByRole('button', { name: 'Nouvel ICP' }).click();
    await page.getByRole('button', { name: 'Ajouter un critère' }).click();
    await page.getByText('1 problème à corriger\u202f:').waitFor();
    await page.getByText('Critère 2\u202f: choisissez au moins une valeur').first().waitFor();

    await expectFrench(page, ['ICP utilisés', 'Sources', 'Aperçu', 'Niveaux']);
    await screenshot(page, 'options-icp-fr.png');
    await page.close();
  });

  it('Accounts tab: the list, counts, filters and an account in full', async () => {
    for (const name of ['nuagique', 'ironbridge'] as const) {
      const site = await ext.open(SITES[name].url);
      await waitForBadge(site);
      await site.close();
    }
    const page = await optionsTab('accounts');
    await page.getByRole('heading', { name: 'Comptes' }).waitFor();
    await page.getByText('2 affichés').waitFor();
    await page.locator('[role="row"][data-account] .acc-name button').first().click();
    await page.locator('.acc-detail').getByText('Informations').waitFor();
    await expectFrench(page, [
      'Chaque entreprise évaluée est conservée ici',
      'Dernière',
      'Conserver les comptes',
      'Supprimer ce compte',
    ]);
    await screenshot(page, 'options-accounts-fr.png');
    await page.close();
  });

  it('Learn-from-customers tab: import, outcomes, suggestions and backtest', async () => {
    const page = await optionsTab('derive');
    await page.setInputFiles('input[type=file]', fixture('derive/demo-accounts.csv'));
    await page.getByRole('button', { name: 'Analyser' }).click();
    await page.getByRole('heading', { name: '5. Test rétrospectif sur ces affaires' }).waitFor();
    await page.getByText('Toutes les valeurs').click();
    await expectFrench(page, [
      '600 lignes',
      '3. Quelles valeurs signifient gagnée ou perdue',
      '4. Critères suggérés',
      'Taux de réussite',
    ]);
    await screenshot(page, 'options-derive-fr.png');
    await page.close();
  });

  it('a CSV that cannot be read: the Accounts import, the Learn tab and the ICP import say why in French', async () => {
    const csv = (name: string, text: string) => ({
      name,
      mimeType: 'text/csv',
      buffer: Buffer.from(text),
    });
    const accounts = await optionsTab('accounts');
    await accounts.getByRole('heading', { name: 'Comptes' }).waitFor();
    await accounts
      .locator('.acc-tools input[type="file"]')
      .setInputFiles(
        csv('comptes.csv', 'domain,employees\nfjordwave.example,beaucoup\nun domaine,x\n'),
      );
    await accounts
      .getByText(
        'ligne 2\u202f: effectif «\u202fbeaucoup\u202f»\u202f: ni un nombre ni une fourchette',
      )
      .waitFor();
    await accounts
      .getByText('ligne 3\u202f: «\u202fun domaine\u202f» n’est ni un domaine ni une adresse web')
      .waitFor();
    await expectFrench(accounts, ['Conserver les comptes']);
    await accounts.close();

    const learn = await optionsTab('derive');
    await learn.setInputFiles('input[type=file]', csv('notes.csv', 'Nom Étape\nAcme Gagnée\n'));
    await learn
      .getByRole('alert')
      .getByText('notes.csv\u202f: Une seule colonne trouvée')
      .waitFor();
    await expectFrench(learn, []);
    await learn.close();

    const icp = await optionsTab('icp');
    await icp.getByRole('heading', { name: 'Profil client idéal (ICP)' }).waitFor();
    await icp
      .locator('label.icp-file input[type="file"]')
      .setInputFiles(csv('feuille.csv', 'field,op,values\n"industry,in,x\n'));
    await icp
      .getByText(
        'Non importé\u202f: Ligne 2 du CSV\u202f: une cellule entre guillemets n’est jamais fermée',
      )
      .waitFor();
    await expectFrench(icp, []);
    await icp.close();
  });

  it('Settings tab', async () => {
    const page = await optionsTab('settings');
    await page.getByRole('heading', { name: 'Réglages' }).first().waitFor();
    await expectFrench(page, ['Langue de l’interface', 'Confidentialité']);
    await screenshot(page, 'options-settings-fr.png');
    await page.close();
  });

  it('under a public key: the ICP tab and the popup say which ICPs stop scoring and why', async () => {
    const { publicKey } = generateKeyPairSync('ed25519');
    await ext.setStorage({
      icpPublicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
    });
    const page = await optionsTab('icp');
    // The file imported above is not signed: it stops scoring, and so do the bundled examples.
    const notice = page.locator('.icp-withheld');
    await notice.getByText(/^Une clé publique est définie/).waitFor();
    await notice
      .getByText(
        /«\u202fPME françaises du numérique \(10-250 salariés\)\u202f» version 2, créé ou importé sur cet appareil/,
      )
      .waitFor();
    await notice.getByText(/^Les exemples fournis ne sont pas signés non plus/).waitFor();
    await notice.getByRole('button', { name: 'Versions' }).click();
    await page
      .getByText(/non signée, ne sert pas/)
      .first()
      .waitFor();
    await page
      .getByText('La clé s’applique aussi aux ICP déjà enregistrés', { exact: false })
      .waitFor();
    await expectFrench(page, ['ICP utilisés', 'Sources signées', 'Retirer la clé']);
    await screenshot(page, 'options-icp-signed-fr.png');
    await page.close();

    const site = await ext.open(SITES.nuagique.url);
    const popup = await ext.openPopup(await ext.tabId(site));
    await popup
      .getByText(/^Ne servent pas à l’évaluation, faute de signature avec la clé publique/)
      .waitFor();
    await expectFrench(popup, ['Voir les sources d’ICP']);
    await Promise.all([popup.close(), site.close()]);
    await ext.setStorage({ icpPublicKey: '' });
  });
});
