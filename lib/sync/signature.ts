/**
 * Ed25519 detached signatures with WebCrypto: the source publishes `<url>.sig` (the signature
 * of the document's exact bytes, base64) and the admin configures the public key (base64 of
 * the raw 32-byte key, or of its SPKI DER form, PEM armour allowed).
 */

/** Decodes base64 or base64url, ignoring whitespace and PEM armour; undefined when malformed. */
export function decodeBase64(text: string): Uint8Array | undefined {
  const body = text
    .replace(/-----(BEGIN|END) [A-Z ]+-----/g, '')
    .replace(/\s+/g, '')
    .replace(/-/g, '+')
    .replace(/_/g, '/');
  if (!body || !/^[A-Za-z0-9+/]+={0,2}$/.test(body)) return undefined;
  try {
    const binary = atob(body.padEnd(Math.ceil(body.length / 4) * 4, '='));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** Standard base64 of bytes (how a signature is stored beside its document). */
export function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export type KeyImport = { ok: true; key: CryptoKey } | { ok: false; message: string };

/** Imports a configured public key; a clear message when it is not an Ed25519 key. */
export async function importPublicKey(text: string): Promise<KeyImport> {
  const bytes = decodeBase64(text);
  if (!bytes) return { ok: false, message: 'the public key is not base64' };
  const format = bytes.byteLength === 32 ? 'raw' : 'spki';
  try {
    const key = await crypto.subtle.importKey(
      format,
      bytes as Uint8Array<ArrayBuffer>,
      { name: 'Ed25519' },
      false,
      ['verify'],
    );
    return { ok: true, key };
  } catch (error) {
    return {
      ok: false,
      message: `the public key is not an Ed25519 key (${(error as Error).message || 'rejected'})`,
    };
  }
}

/**
 * Reads a `.sig` body: base64 text (as `openssl ... | base64` writes it) or the raw 64 bytes.
 */
export function parseSignature(body: Uint8Array): Uint8Array | undefined {
  const text = new TextDecoder().decode(body).trim();
  const decoded = decodeBase64(text);
  if (decoded?.byteLength === 64) return decoded;
  if (body.byteLength === 64) return body;
  return undefined;
}

/** True when `signature` is a valid Ed25519 signature of `data` under `key`. */
export async function verifyEd25519(
  key: CryptoKey,
  signature: Uint8Array,
  data: Uint8Array,
): Promise<boolean> {
  try {
    return await crypto.subtle.verify(
      { name: 'Ed25519' },
      key,
      signature as Uint8Array<ArrayBuffer>,
      data as Uint8Array<ArrayBuffer>,
    );
  } catch {
    return false;
  }
}
