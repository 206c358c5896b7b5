/** `npm run contract`: writes the tab's copy of the API contract from the server's routes. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CONTRACT_FILE, generateContract } from './openapiContract.js';

const target = path.resolve(import.meta.dirname, '../..', CONTRACT_FILE);
await writeFile(target, await generateContract());
console.log(`wrote ${CONTRACT_FILE}`);
