/**
 * The `offprint-bundle` command (built to out/main/offprint-bundle.js; plain Node, no Electron):
 * `node out/main/offprint-bundle.js inspect ./folder --json`. See run-cli.ts and README.
 */
import { runCli } from './run-cli';

runCli(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  cwd: process.cwd(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`offprint-bundle: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
