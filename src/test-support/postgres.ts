/**
 * Tests against the real PostgreSQL server at 127.0.0.1:5432: run when it
 * answers, else skipped with the reason said, so a machine without it still
 * passes and tells why those tests did not run.
 */
import { describe, it } from "vitest";
import { localServerProblem } from "../store/postgres/scratch-database.js";

const problem = await localServerProblem();

export function describeOnPostgres(name: string, body: () => void): void {
  if (!problem) {
    describe(name, body);
    return;
  }
  console.warn(`${name}: skipped, ${problem}`);
  describe.skip(`${name} (skipped: ${problem})`, () => {
    it("needs PostgreSQL at 127.0.0.1:5432", () => {});
  });
}
