// The direction of src/ (shared/LAYOUT.md), checked by `npm run lint`: each folder (or
// top-level file) stands in one layer and imports only from layers below it, never
// from a sibling of its own layer; no module imports itself back through others; and
// only src/cli/ touches the process (its arguments, streams, exit code). Types count
// as imports: a folder that names another's types depends on it.

/** Ground up. A folder is `name`; a file at the top of src/ is `name.ts`. */
const LAYERS = [
  ['rules', 'fact-types.ts'],
  ['segment', 'document'],
  ['numbers', 'places', 'read', 'facts.ts'],
  ['dates', 'emit', 'diff'],
  ['frames'],
  ['context'],
  ['organizations'],
  ['indicators', 'events'],
  ['pipeline.ts'],
  ['run', 'eval', 'explain', 'index.ts', 'table'],
  ['cli'],
];

const escapeDots = (s) => s.replace(/[.]/g, '\\.');
const pathOf = (unit) => (unit.endsWith('.ts') ? `^src/${escapeDots(unit)}$` : `^src/${unit}/`);
const anyOf = (units) => `(${units.map(pathOf).join('|')})`;

const layering = LAYERS.flatMap((layer, i) => {
  const above = LAYERS.slice(i + 1).flat();
  const rules = layer.map((unit) => ({
    name: `layer-${unit}`,
    comment: `${unit} is in layer ${i} and imports only from the layers below it (LAYOUT.md)`,
    severity: 'error',
    from: { path: pathOf(unit) },
    to: { path: anyOf([...above, ...layer.filter((other) => other !== unit)]) },
  }));
  return above.length === 0 && layer.length === 1 ? [] : rules;
});

module.exports = {
  forbidden: [
    ...layering,
    {
      name: 'layer-unknown',
      comment: 'a folder or file of src/ that no layer lists: add it to LAYERS above, where its imports put it',
      severity: 'error',
      from: { path: '^src/', pathNot: anyOf(LAYERS.flat()) },
      to: {},
    },
    {
      name: 'no-circular',
      comment: 'a module that imports itself back through others (types alone do not make a loop)',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'process-in-cli-only',
      comment:
        'only src/cli/ touches the process; the rest takes what it needs as arguments (eslint checks the global)',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/cli/' },
      to: { path: '^(node:)?process$' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // packages that name their entry points in `exports` (csv-stringify/sync)
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
