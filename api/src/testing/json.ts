/**
 * A JSON answer as tests read it: any path may be followed, and the assertions say what must be
 * there. Production code parses answers into declared types instead.
 */
// biome-ignore lint/suspicious/noExplicitAny: tests walk response bodies freely and assert on them
export type TestJson = any;

export async function readJson(response: Response): Promise<TestJson> {
  return response.json();
}
