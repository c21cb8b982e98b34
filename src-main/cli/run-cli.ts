/**
 * The bundle tool's main function: parses the command line (node:util parseArgs) and runs one command. Returns
 * the exit code instead of exiting, and writes only through `io`, so tests run it in-process.
 */
import { parseArgs } from 'node:util';
import { type CliIo, EXIT, UsageError } from './cli-io';
import { inspectCommand } from './inspect-command';
import { packCommand } from './pack-command';
import { HELP, USAGE_LINE } from './usage';
import { validateCommand } from './validate-command';

const OPTIONS = {
  json: { type: 'boolean' },
  output: { type: 'string', short: 'o' },
  metadata: { type: 'string' },
  title: { type: 'string' },
  creator: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Options = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

const ALLOWED: Record<string, (keyof Options)[]> = {
  inspect: ['json'],
  validate: [],
  pack: ['output', 'metadata', 'title', 'creator'],
};

function onePath(command: string, positionals: string[]): string {
  if (positionals.length !== 1) throw new UsageError(`${command} needs exactly one path (got ${positionals.length}).`);
  return positionals[0] as string;
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  if (values.help || argv.length === 0) {
    io.stdout(HELP);
    return argv.length === 0 ? EXIT.usage : EXIT.ok;
  }
  const [command = '', ...rest] = positionals;
  const allowed = ALLOWED[command];
  if (!allowed) throw new UsageError(`unknown command “${command}”.`);
  const stray = (Object.keys(values) as (keyof Options)[]).filter((name) => !allowed.includes(name));
  if (stray.length > 0) throw new UsageError(`${command} does not take --${stray[0]}.`);
  switch (command) {
    case 'inspect':
      return inspectCommand(onePath(command, rest), { json: values.json === true }, io);
    case 'validate':
      return validateCommand(onePath(command, rest), io);
    default: {
      if (!values.output) throw new UsageError('pack needs -o <file.offprint>.');
      const options = { output: values.output, metadata: values.metadata, title: values.title, creator: values.creator };
      return packCommand(onePath(command, rest), options, io);
    }
  }
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (error instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) {
      io.stderr(`offprint-bundle: ${(error as Error).message}\n${USAGE_LINE}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
