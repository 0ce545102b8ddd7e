/**
 * Architecture rules (DESIGN.md "Layout"). Checked by test/lint/boundaries.test.ts, so a
 * violation fails `npm test`.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'shared-is-pure',
      comment: 'shared/ is pure TypeScript: it imports only shared/ and a few pure npm packages.',
      severity: 'error',
      from: { path: '^shared/', pathNot: '\\.test\\.ts$' },
      to: { pathNot: ['^shared/', '^node_modules/(zod|uuid|minisearch|@orama/stemmers)/'] },
    },
    {
      name: 'shared-tests-stay-in-shared',
      comment: 'Tests of shared/ may add the test libraries, nothing from the other folders.',
      severity: 'error',
      from: { path: '^shared/.+\\.test\\.ts$' },
      to: { pathNot: ['^shared/', '^node_modules/(zod|uuid|minisearch|@orama/stemmers|vitest|@vitest|fast-check)/'] },
    },
    {
      name: 'shared-no-builtins',
      comment: 'shared/ runs in the renderer, the main process and the hub: no Node built-ins.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'renderer-not-into-hosts',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^(electron|server)/' },
    },
    {
      name: 'electron-not-into-others',
      severity: 'error',
      from: { path: '^electron/' },
      to: { path: '^(renderer|server)/' },
    },
    {
      name: 'server-not-into-others',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: '^(renderer|electron)/' },
    },
    {
      name: 'only-electron-imports-electron',
      comment:
        'Only electron/ (and test/electron/, the suite that launches it) may import the electron module; ' +
        'everything else stays testable in Node.',
      severity: 'error',
      from: { pathNot: ['^electron/', '^test/electron/'] },
      to: { path: '(^|/)node_modules/electron/' },
    },
    {
      name: 'feature-through-index',
      comment:
        'A feature exposes what others may use through its index.ts (docs/architecture.md): other features and the ' +
        'shell import only that, never a file inside another feature.',
      severity: 'error',
      from: { path: '^renderer/src/(features/([^/]+)/|(?!features/))' },
      to: {
        path: '^renderer/src/features/[^/]+/.+',
        pathNot: ['^renderer/src/features/$2/', '^renderer/src/features/[^/]+/index\\.tsx?$'],
      },
    },
    {
      name: 'building-blocks-not-into-features',
      comment: 'ui/, db/, sync/, host/, i18n/ and workstation/ serve the features; they never import one.',
      severity: 'error',
      from: { path: '^renderer/src/(ui|db|sync|host|i18n|workstation)/' },
      to: { path: '^renderer/src/features/' },
    },
    {
      name: 'no-circular',
      comment: 'Import cycles make load order fragile and hide which module depends on which.',
      severity: 'error',
      from: { path: '^(renderer|shared|server|electron)/' },
      to: { circular: true },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'no-undeclared-dependency',
      comment:
        'Every npm package imported directly is declared in package.json; one that merely happens to be ' +
        'installed (hoisted from another package) can vanish or change version with any install.',
      severity: 'error',
      from: {},
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Anchored: the build output of this repository, not every package's dist/ in node_modules
    // (unanchored, that hid e.g. uuid and @internationalized/date from every rule).
    exclude: { path: '^(out|dist|release)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
  },
};
