import { lstatSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDevIssuer } from './devIssuer.js';

const root = mkdtempSync(path.join(tmpdir(), 'taiwa-dev-issuer-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the dev issuer’s signing key', () => {
  it('creates DATA_DIR for its key when nothing else has (dev sign-in on PostgreSQL)', async () => {
    const dataDir = path.join(root, 'not', 'there', 'yet');
    const options = { dataDir, publicUrl: 'http://localhost:3978', audience: 'api://taiwa' };
    const first = await createDevIssuer(options);
    expect(lstatSync(dataDir).mode & 0o777).toBe(0o700);
    expect(lstatSync(path.join(dataDir, 'dev-signing-key.json')).mode & 0o777).toBe(0o600);
    // A restart reads the same key: tokens signed before it still verify.
    const token = await first.sign({
      tenantId: 't',
      userId: 'u',
      displayName: 'U',
      email: 'u@example.com',
      isAdmin: false,
    });
    const second = await createDevIssuer(options);
    const [header] = token.split('.');
    expect(JSON.parse(Buffer.from(header ?? '', 'base64url').toString()).kid).toBe('taiwa-dev');
    const { jwtVerify } = await import('jose');
    await expect(jwtVerify(token, second.keys)).resolves.toBeTruthy();
  });
});
