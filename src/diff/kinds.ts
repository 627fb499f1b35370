// The kinds of difference between two runs, as `extract diff --fail-on` names them.
// A growing corpus adds facts every night: `--fail-on changed,removed` lets that pass.

export const DIFF_KINDS = ['added', 'removed', 'changed', 'renamed'] as const;
export type DiffKind = (typeof DIFF_KINDS)[number];
