// `extract schema rules|facts`: JSON Schemas generated from the zod schemas, so
// editors can validate rule files and consumers can validate output.
import { z } from 'zod';
import type { Command } from 'commander';
import { RuleFileSchema } from '../rules/schema.js';
import { OutputSchema, FactSchema } from '../facts.js';
import { EXIT, warn } from './common.js';

const SCHEMAS = { rules: RuleFileSchema, facts: FactSchema, output: OutputSchema } as const;

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print a JSON Schema: rules (a rule file), facts (one fact), output (a --format json output)')
    .argument('<what>', 'rules | facts | output')
    .addHelpText('after', '\nExample (VS Code, YAML extension):\n  $ extract schema rules > rules.schema.json\n  # then in a rule file:  # yaml-language-server: $schema=./rules.schema.json')
    .action((what: string) => {
      const schema = SCHEMAS[what as keyof typeof SCHEMAS];
      if (!schema) {
        warn(`unknown schema "${what}" (choose from ${Object.keys(SCHEMAS).join(', ')})`);
        process.exitCode = EXIT.usage;
        return;
      }
      process.stdout.write(JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), null, 2) + '\n');
      process.exitCode = EXIT.ok;
    });
}
