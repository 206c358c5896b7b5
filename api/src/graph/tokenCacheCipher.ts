import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Encrypts msal-node's serialized token cache before it reaches the database: AES-256-GCM with a
 * key derived (HKDF-SHA256) from the app's client secret, so a database dump alone reveals no
 * refresh token. Rotating the secret makes old caches unreadable, which only costs a new OBO exchange.
 */
export interface TokenCacheCipher {
  encrypt(plain: string): string;
  /** Null when the text was written with another key or has been tampered with. */
  decrypt(sealed: string): string | null;
}

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export function createTokenCacheCipher(secret: string): TokenCacheCipher {
  if (secret.length === 0) throw new Error('a secret is required to encrypt token caches');
  const key = Buffer.from(hkdfSync('sha256', secret, 'taiwa', 'graph-token-cache', 32));
  return {
    encrypt(plain) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
    },
    decrypt(sealed) {
      const [version, payload] = sealed.split('.');
      if (version !== VERSION || payload === undefined) return null;
      const bytes = Buffer.from(payload, 'base64url');
      if (bytes.length < IV_BYTES + TAG_BYTES) return null;
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
        decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
        return Buffer.concat([
          decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)),
          decipher.final(),
        ]).toString('utf8');
      } catch {
        return null;
      }
    },
  };
}
