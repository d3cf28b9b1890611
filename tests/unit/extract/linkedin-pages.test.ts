import { describe, expect, it } from 'vitest';
import {
  canonicalLinkedInUrl,
  isLinkedInAboutTab,
  isLinkedInCompanyPage,
  isLinkedInHost,
  isLinkedInPeopleTab,
  isLinkedInPostsTab,
  linkedInCompanySlug,
  linkedInTab,
} from '../../../lib/company/linkedin';
import {
  addressCountry,
  parseFollowers,
  parseHeadquarters,
  parseSizeBand,
  parseYear,
  splitSpecialties,
  websiteUrl,
} from '../../../lib/extract/linkedin/values';
import { labelField } from '../../../lib/extract/linkedin/labels';

describe('LinkedIn page detection', () => {
  it('recognises company pages on every tab and country subdomain', () => {
    for (const url of [
      'https://www.linkedin.com/company/brightlane-analytics/',
      'https://www.linkedin.com/company/brightlane-analytics/about/',
      'https://www.linkedin.com/company/brightlane-analytics/people/?keywords=sales',
      'https://uk.linkedin.com/company/brightlane-analytics',
      'https://fr.linkedin.com/company/brightlane-analytics/posts/?feedView=all',
    ])
      expect(isLinkedInCompanyPage(url), url).toBe(true);
  });

  it('rejects profiles, schools, look-alike hosts and bad URLs', () => {
    for (const url of [
      'https://www.linkedin.com/in/jane-doe/',
      'https://www.linkedin.com/school/some-school/',
      'https://www.linkedin.com/company/',
      'https://linkedin.com.evil.example/company/brightlane-analytics/',
      'https://notlinkedin.com/company/brightlane-analytics/',
      'ftp://www.linkedin.com/company/brightlane-analytics/',
      'not a url',
    ])
      expect(isLinkedInCompanyPage(url), url).toBe(false);
    expect(isLinkedInHost('https://uk.linkedin.com/feed/')).toBe(true);
  });

  it('reads the slug and the tab', () => {
    expect(linkedInCompanySlug('https://uk.linkedin.com/company/Brightlane-Analytics?trk=x')).toBe(
      'brightlane-analytics',
    );
    expect(linkedInCompanySlug('https://www.linkedin.com/company/soci%C3%A9t%C3%A9-x/')).toBe(
      'société-x',
    );
    expect(linkedInCompanySlug('https://www.linkedin.com/company/bad%zz/')).toBe('bad%zz');
    expect(linkedInTab('https://www.linkedin.com/company/brightlane-analytics/')).toBe('home');
    expect(isLinkedInAboutTab('https://www.linkedin.com/company/brightlane-analytics/about/')).toBe(
      true,
    );
    expect(
      isLinkedInPeopleTab('https://www.linkedin.com/company/brightlane-analytics/people/'),
    ).toBe(true);
    expect(isLinkedInPostsTab('https://www.linkedin.com/company/brightlane-analytics/posts/')).toBe(
      true,
    );
    expect(linkedInTab('https://www.linkedin.com/company/brightlane-analytics/insights/')).toBe(
      'other',
    );
    expect(canonicalLinkedInUrl('Brightlane-Analytics')).toBe(
      'https://www.linkedin.com/company/brightlane-analytics/',
    );
  });
});

describe('LinkedIn values', () => {
  it('reads size bands in English and French, never member counts as bands', () => {
    expect(parseSizeBand('51-200 employees')).toEqual({ min: 51, max: 200 });
    expect(parseSizeBand('10,001+ employees')).toEqual({ min: 10001, max: null });
    expect(parseSizeBand('51-200 employés')).toEqual({ min: 51, max: 200 });
    expect(parseSizeBand('10 001 employés ou plus')).toEqual({ min: 10001, max: null });
    expect(parseSizeBand('2-10 employees')).toEqual({ min: 2, max: 10 });
    expect(parseSizeBand('1 employee')).toEqual({ min: 1, max: 1 });
    expect(parseSizeBand('200-51 employees')).toBeUndefined();
    expect(parseSizeBand('Company size')).toBeUndefined();
  });

  it('reads follower counts, exact and rounded', () => {
    expect(parseFollowers('2,587,822 followers')).toEqual({ count: 2587822, approximate: false });
    expect(parseFollowers('5 750 abonnés')).toEqual({ count: 5750, approximate: false });
    expect(parseFollowers('8K followers')).toEqual({ count: 8000, approximate: true });
    expect(parseFollowers('1,2 k abonnés')).toEqual({ count: 1200, approximate: true });
    expect(parseFollowers('followers')).toBeUndefined();
  });

  it('splits headquarters into city, region and country', () => {
    expect(parseHeadquarters('Mountain View, CA')).toEqual({
      city: 'Mountain View',
      region: 'CA',
      country: 'US',
    });
    expect(parseHeadquarters('London, London')).toEqual({ city: 'London', region: 'London' });
    expect(parseHeadquarters('Lyon, Auvergne-Rhône-Alpes, France')).toEqual({
      city: 'Lyon',
      region: 'Auvergne-Rhône-Alpes',
      country: 'FR',
    });
    expect(parseHeadquarters('Nantes')).toEqual({ city: 'Nantes' });
    expect(addressCountry('1 Harbour Road, Nantes, Pays de la Loire 44000, FR')).toBe('FR');
    expect(addressCountry('Toronto, ON M5G 1M1, CA')).toBe('CA');
    expect(addressCountry('Nantes')).toBeUndefined();
  });

  it('reads years, specialties and websites', () => {
    expect(parseYear('Fondée en 2016')).toBe(2016);
    expect(parseYear('3000')).toBeUndefined();
    expect(splitSpecialties('Analytics, Data Pipelines, and Forecasting')).toEqual([
      'Analytics',
      'Data Pipelines',
      'Forecasting',
    ]);
    expect(splitSpecialties('Analyse de données, Prévisions et Tableaux de bord')).toEqual([
      'Analyse de données',
      'Prévisions',
      'Tableaux de bord',
    ]);
    expect(websiteUrl('brightlane.example/teams')).toBe('https://brightlane.example/teams');
    expect(
      websiteUrl(
        'https://www.linkedin.com/redir/redirect?url=http%3A%2F%2Fwww%2Ebrightlane%2Eexample',
      ),
    ).toBe('http://www.brightlane.example/');
    expect(websiteUrl('https://www.linkedin.com/company/brightlane-analytics/')).toBeUndefined();
    expect(websiteUrl('Visit our site')).toBeUndefined();
  });

  it('knows the English and French labels', () => {
    expect(labelField('Company size')).toBe('size');
    expect(labelField('Taille de l’entreprise')).toBe('size');
    expect(labelField('Siège social')).toBe('hq');
    expect(labelField('Fondée en')).toBe('founded');
    expect(labelField('Secteur')).toBe('industry');
    expect(labelField('Site web')).toBe('website');
    expect(labelField('Spécialisations')).toBe('specialties');
    expect(labelField('Type')).toBeUndefined();
  });
});

describe('LinkedIn specialties', () => {
  it('keeps a single specialty whole and splits only real lists', () => {
    expect(splitSpecialties('Research and Development')).toEqual(['Research and Development']);
    expect(splitSpecialties('Data; Research and Development')).toEqual([
      'Data',
      'Research and Development',
    ]);
    expect(splitSpecialties('Data, Research and Development')).toEqual([
      'Data',
      'Research',
      'Development',
    ]);
    expect(splitSpecialties('Project Management; Work Management')).toEqual([
      'Project Management',
      'Work Management',
    ]);
  });
});
