import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPackage } from './build-package.js';
import { appPackageDir, envDir } from './paths.js';
import { readZip } from './zip-reader.js';

const build = (envName: string, processEnv: NodeJS.ProcessEnv = {}) => {
  const outputDir = mkdtempSync(join(tmpdir(), 'taiwa-package-'));
  return buildPackage({ envName, sourceDir: appPackageDir, envDir, outputDir, processEnv });
};

describe('buildPackage', () => {
  it.each(['dev', 'local'])(
    'writes a valid appPackage.%s.zip from the committed env file',
    async (envName) => {
      const result = await build(envName);
      expect(result.problems).toEqual([]);
      expect(result.zipPath.endsWith(`appPackage.${envName}.zip`)).toBe(true);
      const files = readZip(readFileSync(result.zipPath));
      expect([...files.keys()].sort()).toEqual(['color.png', 'ja.json', 'manifest.json', 'outline.png']);
      expect(files.get('manifest.json')?.toString('utf8')).not.toContain('${{');
    },
  );

  it('resolves the dev manifest with the Azure example values', async () => {
    const result = await build('dev');
    const manifest = JSON.parse(
      readZip(readFileSync(result.zipPath)).get('manifest.json')?.toString('utf8') ?? '',
    );
    expect(manifest.validDomains).toEqual(['taiwa-dev.azurewebsites.net']);
    expect(manifest.configurableTabs[0].configurationUrl).toBe('https://taiwa-dev.azurewebsites.net/config');
    expect(manifest.webApplicationInfo.resource).toBe(
      'api://taiwa-dev.azurewebsites.net/00000000-0000-4000-8000-00000000a002',
    );
  });

  it('lets the process environment win over the env file, as the Agents Toolkit does', async () => {
    const result = await build('dev', {
      TAB_DOMAIN: 'taiwa.contoso.example',
      TAB_ENDPOINT: 'https://taiwa.contoso.example',
      TEAMS_APP_ID: '0f0f0f0f-0000-4000-8000-000000000000',
    });
    expect(result.problems).toEqual([]);
    const manifest = JSON.parse(
      readZip(readFileSync(result.zipPath)).get('manifest.json')?.toString('utf8') ?? '',
    );
    expect(manifest.id).toBe('0f0f0f0f-0000-4000-8000-000000000000');
    expect(manifest.staticTabs[0].contentUrl).toBe('https://taiwa.contoso.example/');
  });

  it('reports the problems and keeps no package when validation fails', async () => {
    const result = await build('dev', { TAB_ENDPOINT: 'https://somewhere-else.example' });
    expect(result.problems.map((problem) => problem.message)).toContain(
      'staticTabs[0].contentUrl: host "somewhere-else.example" is not in validDomains',
    );
    expect(existsSync(result.zipPath)).toBe(false);
  });

  it('refuses an environment that has no env file', async () => {
    await expect(build('staging')).rejects.toThrow(/No env file for environment "staging"/);
  });
});
