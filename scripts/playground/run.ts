import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DEMO_PEOPLE, DEMO_TENANT_ID, type DemoPerson } from '../../api/src/dev/demoTenant.js';

/**
 * `npm run playground`: Taiwa (dev sign-in, demo tenant) and the Microsoft 365 Agents Playground
 * pointed at its bot endpoint, telemetry off. The playground plays Teams: it posts activities to
 * /api/messages and runs a connector that shows what the bot sends back.
 */
const root = path.resolve(import.meta.dirname, '../..');
const taiwaPort = Number(process.env.PORT ?? 3978);
const playgroundPort = Number(process.env.PLAYGROUND_PORT ?? 56150);
const workDir = path.join(root, '.data', 'playground');
const taiwaUrl = `http://127.0.0.1:${taiwaPort}`;

/** Its schema asks for given name and surname; demo names are "surname given" in Japanese, "given surname" in English. */
function nameParts(who: DemoPerson): { givenName: string; surname: string } {
  const [first = who.displayName, second = ''] = who.displayName.split(' ');
  return who.locale === 'ja' ? { givenName: second, surname: first } : { givenName: first, surname: second };
}

function userLines(who: DemoPerson, id: string, indent: string): string[] {
  const { givenName, surname } = nameParts(who);
  return [
    `id: ${id}`,
    `name: ${who.displayName}`,
    `userPrincipleName: ${who.email}`,
    `aadObjectId: ${who.id}`,
    `givenName: ${givenName}`,
    `surname: ${surname}`,
    `email: ${who.email}`,
  ].map((line, index) => (index === 0 && indent.endsWith('- ') ? indent : indent.replace('- ', '  ')) + line);
}

/**
 * The playground's people are the demo tenant's (its schema wants exactly five besides you), so the
 * bot knows who is talking. You are Kenta, a member; his manager is Misaki.
 */
function playgroundConfig(): string {
  const others = Object.values(DEMO_PEOPLE).filter((who) => who.id !== DEMO_PEOPLE.kenta.id);
  return [
    'version: "0.1.1"',
    `tenantId: ${DEMO_TENANT_ID}`,
    'bot:',
    '  id: 00000000-0000-4000-8000-00000000b071',
    '  name: Taiwa',
    'currentUser:',
    ...userLines(DEMO_PEOPLE.kenta, 'user-id-0', '  '),
    'users:',
    ...others.flatMap((who, index) => userLines(who, `user-id-${index + 1}`, '  - ')),
    'personalChat:',
    '  id: playground-personal-chat',
    'groupChat:',
    '  id: "19:meeting_taiwa-playground@thread.v2"',
    '  name: 1on1',
    'team:',
    '  id: playground-team',
    '  name: Taiwa Demo',
    '  aadGroupId: 00000000-0000-4000-8000-00000000a001',
    '  channels:',
    '    - id: playground-channel',
    '      name: 1on1',
    '',
  ].join('\n');
}

async function waitUntilReady(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`Taiwa did not become ready at ${url}`);
}

const children: ChildProcess[] = [];
function stopAll(code: number): never {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exit(code);
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

async function main(): Promise<void> {
  await mkdir(workDir, { recursive: true });
  await writeFile(path.join(workDir, '.m365agentsplayground.yml'), playgroundConfig());

  const taiwa = spawn(process.execPath, [path.join(root, 'api/dist/main.js')], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PORT: String(taiwaPort), HOST: '127.0.0.1', AUTH_MODE: 'dev' },
  });
  children.push(taiwa);
  taiwa.on('exit', (code) => stopAll(code ?? 1));
  await waitUntilReady(taiwaUrl);

  const cli = path.join(root, 'node_modules/@microsoft/m365agentsplayground/cli.js');
  const playground = spawn(
    process.execPath,
    [
      cli,
      '-e',
      `${taiwaUrl}/api/messages`,
      '-c',
      'msteams',
      '-p',
      String(playgroundPort),
      '--disable-telemetry',
    ],
    {
      cwd: workDir,
      stdio: 'inherit',
      env: {
        ...process.env,
        PATH: `${path.join(import.meta.dirname, 'bin')}${path.delimiter}${process.env.PATH ?? ''}`,
        TEAMSFX_TELEMETRY: 'false',
      },
    },
  );
  children.push(playground);
  playground.on('exit', (code) => stopAll(code ?? 1));
  process.stdout.write(
    `\nTaiwa: ${taiwaUrl}   Agents Playground: http://localhost:${playgroundPort}  (you are ${DEMO_PEOPLE.kenta.displayName})\n\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`playground: ${error instanceof Error ? error.message : String(error)}\n`);
  stopAll(1);
});
