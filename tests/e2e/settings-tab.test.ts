import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITES } from '../fixtures/sites/index';
import {
  launchExtension,
  readBadge,
  waitForBadge,
  type ExtensionHarness,
} from './support/extension';

let ext: ExtensionHarness;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

const settingsUrl = () => `chrome-extension://${ext.extensionId}/options.html#settings`;

describe('Settings tab', () => {
  it('lists the sites turned off, and Remove turns a site back on at once', async () => {
    await ext.setStorage({ disabledSites: ['acme.example', 'nuagique.fr'] });
    const site = await ext.open(SITES.nuagique.url);
    await site.waitForTimeout(300);
    expect(await readBadge(site)).toBeNull();

    const settings = await ext.context.newPage();
    await settings.goto(settingsUrl());
    const list = settings.getByRole('list', { name: 'Sites where ICP Lens is off' });
    await expect
      .poll(() => list.getByRole('listitem').allInnerTexts())
      .toEqual([expect.stringContaining('acme.example'), expect.stringContaining('nuagique.fr')]);
    await settings.getByRole('button', { name: 'Turn ICP Lens back on for nuagique.fr' }).click();
    await settings.waitForFunction(() => !document.body.innerText.includes('nuagique.fr'));
    await expect.poll(() => ext.getStorage('disabledSites')).toEqual(['acme.example']);
    await waitForBadge(site); // the open page gets its badge back without a reload

    await settings.getByRole('button', { name: 'Turn ICP Lens back on for acme.example' }).click();
    await settings.getByText('None. Use “Never on this site”').waitFor();
    await Promise.all([site.close(), settings.close()]);
  });

  it('switches pause and the LinkedIn badge, and says what stays on the device', async () => {
    const settings = await ext.context.newPage();
    await settings.goto(settingsUrl());
    const pause = settings.getByRole('switch', { name: 'Pause ICP Lens everywhere' });
    await pause.click();
    await expect.poll(() => pause.getAttribute('aria-checked')).toBe('true');
    await expect.poll(() => ext.getStorage('paused')).toBe(true);
    await pause.click();
    await expect.poll(() => ext.getStorage('paused')).toBe(false);

    const linkedin = settings.getByRole('switch', {
      name: 'Show the badge on LinkedIn company pages',
    });
    await expect.poll(() => linkedin.getAttribute('aria-checked')).toBe('false');
    await linkedin.click();
    await expect.poll(() => ext.getStorage('linkedinBadge')).toBe(true);
    await linkedin.click();
    await expect.poll(() => ext.getStorage('linkedinBadge')).toBe(false);

    expect(await settings.getByRole('heading', { name: 'Privacy' }).count()).toBe(1);
    expect(await settings.locator('.privacy').innerText()).toContain(
      'Nothing about the pages you visit leaves the browser.',
    );
    await settings.close();
  });

  it('overrides the interface language, for the whole options page, at once', async () => {
    const settings = await ext.context.newPage();
    await settings.goto(settingsUrl());
    await settings.getByLabel('Interface language').selectOption('fr');
    await settings.waitForSelector('html[lang="fr"]');
    await expect.poll(() => ext.getStorage('language')).toBe('fr');
    expect(
      await settings.getByRole('tab', { name: 'Réglages' }).getAttribute('aria-selected'),
    ).toBe('true');
    expect(await settings.locator('.privacy').innerText()).toContain(
      'Rien des pages que vous consultez ne quitte le navigateur.',
    );
    await settings.getByLabel('Langue de l’interface').selectOption('auto');
    await settings.waitForSelector('html[lang="en"]');
    await settings.close();
  });
});
