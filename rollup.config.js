import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { snapshotAsset } from './scripts/rollup-snapshot-asset.mjs';
import { staticFiles } from './scripts/rollup-static-files.mjs';
import { dataFolder } from './scripts/rollup-data-folder.mjs';
import { minifyTemplates } from './scripts/rollup-minify-templates.mjs';

const snapshot = () => snapshotAsset({ from: 'indicators/snapshot.json', fileName: 'oat-snapshot.json' });
const boundaries = () =>
  snapshotAsset({ from: 'indicators/boundaries-utla-2023.json', fileName: 'oat-boundaries-utla-2023.json', module: 'src/charts/boundaries-url.ts' });
// The trend files (one per area) and the neighbour lists, fetched only when a trend or a neighbour comparison is shown.
const trends = () => dataFolder({ from: 'indicators/trends', into: 'oat-trends', module: 'src/trends/trends-url.ts' });
const neighbours = () => dataFolder({ from: 'indicators/neighbours', into: 'oat-neighbours', module: 'src/comparators/neighbours-url.ts' });
const isDependency = (id) => /^(lit|@lit|@lit-labs|d3-|topojson-client|tslib)(\/|$)/.test(id);
const entryNames = { 'components/index.ts': 'index.js', 'components/define-all.ts': 'define.js' };

export default [
  // For people with a bundler: ES modules with bare imports of lit and d3, and type declarations.
  {
    input: ['components/index.ts', 'components/define-all.ts'],
    external: isDependency,
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      entryFileNames: (chunk) => {
        const id = (chunk.facadeModuleId ?? '').replaceAll('\\', '/');
        const entry = Object.keys(entryNames).find((name) => id.endsWith(name));
        return entry ? entryNames[entry] : 'lib/[name].js';
      },
    },
    plugins: [snapshot(), boundaries(), trends(), neighbours(), typescript({ tsconfig: './tsconfig.build.json' }), nodeResolve()],
  },
  // For pages without a build step: one minified file that registers every element. Code only some
  // pages need (the live and council-file sources, the choropleth's map code) is split into files
  // beside it, which the browser fetches relative to oat.js when they are first used.
  {
    // oat.js, plus the scripts of the iframe embed page and the snippet builder, which share its code.
    input: { oat: 'components/oat.ts', embed: 'embed/embed-page.ts', builder: 'embed/builder-page.ts' },
    // Let the chunks import shared code from oat.js itself, rather than a second file behind it.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: (chunk) => (chunk.name.startsWith('oat-') ? '[name].js' : 'oat-[name].js'),
      sourcemap: false,
    },
    plugins: [
      snapshot(),
      boundaries(),
      trends(),
      neighbours(),
      staticFiles(['embed/embed.html', 'embed/builder.html', 'embed/oat-embed.css', 'embed/oat-builder.css', 'embed/oat-themes.css']),
      typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationDir: undefined, outDir: 'dist' }),
      minifyTemplates(),
      nodeResolve({ exportConditions: ['production'] }),
      terser({ format: { comments: false }, ecma: 2022, module: true, compress: { passes: 2 } }),
    ],
  },
  // The optional script a host page adds to size its oat-elements iframes: one small file on its own.
  {
    input: 'embed/embed-host.ts',
    output: { file: 'dist/oat-embed-host.js', format: 'es', sourcemap: false },
    plugins: [
      typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationDir: undefined, outDir: 'dist' }),
      terser({ format: { comments: false }, ecma: 2022, module: true }),
    ],
  },
];
