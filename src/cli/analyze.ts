/**
 * Entry point of `npm run analyze -- FILE... [--url URL] [--json | --text]`: runs
 * {@link runCli} on the process's arguments and streams. See `args.ts` for the usage.
 */
import { runCli } from './run-cli';

// `npm run analyze | head` closes the pipe early: stop quietly instead of throwing EPIPE.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

process.exitCode = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
  columns: process.stdout.columns,
  env: process.env,
});
