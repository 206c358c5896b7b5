import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { startTestServer } from '../../api/src/testing/testServer.js';

/** Where the tab's copy of the API contract lives. */
export const CONTRACT_FILE = 'tab/src/api/contract.gen.ts';

const HEADER = `/**
 * The API's contract, generated from the server's OpenAPI document (/api/v1/openapi.json) by
 * \`npm run contract\`. Do not edit: change the route's schema in api/src/http and regenerate.
 * scripts/contract/contract.test.ts fails when this file and the server disagree.
 */
`;

/** The server's OpenAPI document, as a running Taiwa (embedded database, dev sign-in) serves it. */
async function serverDocument(): Promise<OpenAPI3> {
  const server = await startTestServer();
  try {
    const response = await fetch(`${server.url}/api/v1/openapi.json`);
    if (!response.ok) throw new Error(`openapi.json answered ${response.status}`);
    return (await response.json()) as OpenAPI3;
  } finally {
    await server.close();
  }
}

/** The TypeScript the tab compiles against: the document's paths and components as types. */
export async function generateContract(): Promise<string> {
  const document = await serverDocument();
  const ast = await openapiTS(document, {
    exportType: true,
    alphabetize: true,
  });
  return `${HEADER}${astToString(ast)}`;
}
