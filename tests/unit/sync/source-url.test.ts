import { describe, expect, it } from 'vitest';
import {
  checkSourceUrl,
  isInsecureRedirect,
  looksLikeCsvUrl,
  originPattern,
  signatureUrl,
} from '../../../lib/sync/source-url';

describe('source URLs', () => {
  it('accepts https anywhere and http only on this machine', () => {
    expect(checkSourceUrl('https://intranet.fjordwave.example/icp.json').ok).toBe(true);
    expect(checkSourceUrl('http://localhost:8080/icp.json').ok).toBe(true);
    expect(checkSourceUrl('http://127.0.0.1/icp.json').ok).toBe(true);
    expect(checkSourceUrl('http://icp.example.com/icp.json')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/use https:\/\/icp\.example\.com\/icp\.json/),
    });
    expect(checkSourceUrl('ftp://example.com/icp.json').ok).toBe(false);
    expect(checkSourceUrl('icp.json').ok).toBe(false);
  });

  it('treats any downgrade from https as insecure, and http off this machine', () => {
    const https = new URL('https://icp.example.com/a.json');
    expect(isInsecureRedirect(https, 'https://cdn.example.com/a.json')).toBe(false);
    expect(isInsecureRedirect(https, 'http://localhost/a.json')).toBe(true);
    const local = new URL('http://127.0.0.1:9000/a.json');
    expect(isInsecureRedirect(local, 'http://localhost:9000/b.json')).toBe(false);
    expect(isInsecureRedirect(local, 'http://evil.example.com/a.json')).toBe(true);
  });

  it('derives the permission pattern, the signature URL and the CSV guess', () => {
    expect(originPattern(new URL('https://raw.example.com:8443/team/icp.json'))).toBe(
      'https://raw.example.com/*',
    );
    expect(signatureUrl(new URL('https://x.example/icp.json?ref=main')).href).toBe(
      'https://x.example/icp.json.sig?ref=main',
    );
    expect(looksLikeCsvUrl(new URL('https://x.example/sheet.CSV'))).toBe(true);
    expect(
      looksLikeCsvUrl(new URL('https://docs.example.com/spreadsheets/d/abc/export?format=csv')),
    ).toBe(true);
    expect(looksLikeCsvUrl(new URL('https://x.example/icp.json'))).toBe(false);
  });
});
