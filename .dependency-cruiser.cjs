/**
 * The layers of src/ (docs/decisions/0008-layers.md): shared code (config, lib, components)
 * beneath the features, the app shell on top; a feature never reaches into another one.
 * `npm run lint` fails on any of these.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'An import cycle makes load order matter and the layers meaningless.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'feature-fence',
      severity: 'error',
      comment:
        'Features stay independent: move what two features share into src/lib or src/components.',
      from: { path: '^src/features/([^/]+)/' },
      to: { path: '^src/features/', pathNot: '^src/features/$1/' },
    },
    {
      name: 'shared-stays-beneath',
      severity: 'error',
      comment:
        'src/config, src/lib and src/components serve the features and the app, never import them.',
      from: { path: '^src/(config|lib|components)/' },
      to: { path: '^src/(features|app)/' },
    },
    {
      name: 'features-beneath-the-app',
      severity: 'error',
      comment: 'The app shell composes features; a feature never imports the shell.',
      from: { path: '^src/features/' },
      to: { path: '^src/app/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.tsx?$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
