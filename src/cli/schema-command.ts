// `extract schema rules|facts`: JSON Schemas generated from the zod schemas, so
// editors can validate rule files and consumers can validate output.
import type { Command } from 'commander';
import { EXIT, warn } from './common.js';

const SCHEMAS = ['rules', 'facts', 'output'] as const;

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print a JSON Schema: rules (a rule file), facts (one fact), output (a --format json output)')
    .argument('<what>', 'rules | facts | output')
    .addHelpText(
      'after',
      '\nExample (VS Code, YAML extension):\n  $ extract schema rules > rules.schema.json\n  # then in a rule file:  # yaml-language-server: $schema=./rules.schema.json',
    )
    .action(async (what: string) => {
      if (!(SCHEMAS as readonly string[]).includes(what)) {
        warn(`unknown schema "${what}" (choose from ${SCHEMAS.join(', ')})`);
        process.exitCode = EXIT.usage;
        return;
      }
      // zod loads only for this command.
      const { z } = await import('zod');
      const { RuleFileSchema } = await import('../rules/schema.js');
      const { OutputSchema, FactSchema } = await import('../facts.js');
      const schema = { rules: RuleFileSchema, facts: FactSchema, output: OutputSchema }[
        what as (typeof SCHEMAS)[number]
      ];
      process.stdout.write(
        JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), null, 2) + '\n',
      );
      process.exitCode = EXIT.ok;
    });
}
