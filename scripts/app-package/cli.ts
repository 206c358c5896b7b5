import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { buildPackage } from './build-package.js';
import { appPackageDir, envDir, repoRoot } from './paths.js';

const usage = `Usage: npm run package -- --env <name> [--out <dir>]

Resolves appPackage/manifest.json with env/.env.<name> (then env/.env.<name>.user, then the process
environment, which wins), writes appPackage/build/appPackage.<name>.zip and validates it offline.`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      env: { type: 'string', short: 'e' },
      out: { type: 'string', default: `${appPackageDir}/build` },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (!values.env) {
    console.error(`--env is required.\n\n${usage}`);
    return 2;
  }
  const result = await buildPackage({
    envName: values.env,
    sourceDir: appPackageDir,
    envDir,
    outputDir: values.out,
  });
  const shown = (path: string) => relative(repoRoot, path) || path;
  console.log(
    `Environment ${values.env} from ${result.envFiles.map(shown).join(', ')} and the process environment`,
  );
  if (result.problems.length > 0) {
    console.error(`\n${result.problems.length} problem(s); no package was kept:`);
    for (const problem of result.problems) console.error(`  [${problem.rule}] ${problem.message}`);
    return 1;
  }
  console.log(
    `Wrote ${shown(result.zipPath)} (${result.fileNames.join(', ')}); it passed every offline check.`,
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
