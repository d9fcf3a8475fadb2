import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// Written by `npm run analyze`; .storybook/main.ts runs it first when the file is missing or stale.
import manifest from '../custom-elements.json';
import { inFrame, PAGES, THEMES } from '../stories/frames.js';

interface ManifestMember {
  kind?: string;
  privacy?: string;
  static?: boolean;
}

interface ManifestDeclaration {
  members?: ManifestMember[];
  cssParts?: { name: string }[];
}

interface Manifest {
  modules?: { declarations?: ManifestDeclaration[] }[];
}

/**
 * Two adjustments to the manifest before Storybook builds its tables from it:
 * - it lists private and protected members too (the elements' Tasks and render helpers), which
 *   Storybook would show as properties a page could set: keep only the public ones;
 * - Storybook keys its rows by name across every category, so the `source` shadow part would hide
 *   the `source` attribute: name parts the way a stylesheet selects them, `::part(source)`.
 */
function forStorybook(source: Manifest): Manifest {
  return {
    ...source,
    modules: source.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter((member) => !member.static && (member.privacy ?? 'public') === 'public'),
        cssParts: declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` })),
      })),
    })),
  };
}

setCustomElementsManifest(forStorybook(manifest as Manifest));

type ArgTypesEnhancer = NonNullable<Preview['argTypesEnhancers']>[number];

/**
 * Stories bind the attributes they give a value in `args`; every other row of the table (properties,
 * parts, custom properties, attributes a story leaves alone) is documentation only, so it gets no
 * control that would seem to change the element and not do so. A story can still ask for one.
 */
const controlsForBoundArgsOnly: ArgTypesEnhancer = ({ argTypes, initialArgs }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => [name, name in initialArgs || argType.control !== undefined ? argType : { ...argType, control: false }]),
  );

/** The toolbar's choices, from a record of value → title. */
function toolbarItems(choices: Record<string, string>) {
  return Object.entries(choices).map(([value, title]) => ({ value, title }));
}

const preview: Preview = {
  tags: ['autodocs'],
  argTypesEnhancers: [controlsForBoundArgsOnly],
  // Every story sits in a page whose theme and width the toolbar chooses; a story can pin them with
  // `globals`, as the theme, width and print stories do (stories/frames.ts).
  decorators: [inFrame],
  globalTypes: {
    theme: {
      description: 'The page’s theme: custom properties and parts a council could set',
      toolbar: { title: 'Theme', icon: 'paintbrush', items: toolbarItems(THEMES), dynamicTitle: true },
    },
    page: {
      description: 'The width of the space the elements have, or the printed A4 page',
      toolbar: { title: 'Page', icon: 'browser', items: toolbarItems(PAGES), dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'default', page: 'full' },
  parameters: {
    // Any axe violation fails the story when stories run as tests.
    a11y: { test: 'error' },
    controls: { expanded: true },
    options: {
      storySort: {
        order: ['Introduction', 'Guides', ['Add the assessment to your website', 'Use it in your app'], 'Elements'],
      },
    },
  },
};

export default preview;
