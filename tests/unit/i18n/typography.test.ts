import { describe, expect, it } from 'vitest';
import { NARROW_NBSP as N, typeset } from '../../../lib/i18n/typography';

describe('typeset (French typography)', () => {
  it('puts a narrow no-break space before : ; ! ? in French, replacing a space or adding one', () => {
    expect(typeset('Autres ICP: A', 'fr')).toBe(`Autres ICP${N}: A`);
    expect(typeset('Autres ICP : A', 'fr')).toBe(`Autres ICP${N}: A`);
    expect(typeset('Autres ICP\u00a0: A', 'fr')).toBe(`Autres ICP${N}: A`);
    expect(typeset('a ; b', 'fr')).toBe(`a${N}; b`);
    expect(typeset('Vraiment ?', 'fr')).toBe(`Vraiment${N}?`);
    expect(typeset('Enfin!', 'fr-CA')).toBe(`Enfin${N}!`);
    expect(typeset(' ; ', 'fr')).toBe(`${N}; `);
    expect(typeset('(hors ligne ?).', 'fr')).toBe(`(hors ligne${N}?).`);
  });

  it('keeps a percentage together', () => {
    expect(typeset('à 95 %', 'fr')).toBe(`à 95${N}%`);
  });

  it('puts narrow no-break spaces inside « »', () => {
    expect(typeset('« Jamais sur ce site »', 'fr')).toBe(`«${N}Jamais sur ce site${N}»`);
    expect(typeset('«oui»', 'fr')).toBe(`«${N}oui${N}»`);
  });

  it('leaves tokens alone: URLs, times, a lone mark, repeated marks', () => {
    expect(typeset('https://acme.example/a?b=1', 'fr')).toBe('https://acme.example/a?b=1');
    expect(typeset('à 10:30', 'fr')).toBe('à 10:30');
    expect(typeset('?', 'fr')).toBe('?');
    expect(typeset('Quoi ?!', 'fr')).toBe(`Quoi${N}?!`);
  });

  it('is idempotent', () => {
    const once = typeset('Niveau : « A » ; score ?', 'fr');
    expect(typeset(once, 'fr')).toBe(once);
  });

  it('leaves other languages unchanged', () => {
    expect(typeset('Other ICPs: A', 'en')).toBe('Other ICPs: A');
  });
});
