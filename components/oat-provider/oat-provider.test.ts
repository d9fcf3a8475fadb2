import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import '../oat-indicator/define.js';
import '../oat-area-picker/define.js';
import type { OatProvider } from './oat-provider.js';
import type { OatIndicator } from '../oat-indicator/oat-indicator.js';
import { CATALOGUE } from '../../src/catalogue/catalogue.js';
import { partText, settled } from '../../test/browser/helpers.js';
import { ScriptedSource } from '../../test/browser/scripted-source.js';

/** Waits for every oat-* element inside a provider to finish loading. */
async function allSettled(provider: OatProvider): Promise<void> {
  await settled(provider);
  await Promise.all([...provider.querySelectorAll<OatIndicator>('oat-indicator')].map((element) => settled(element)));
}

const slugs = CATALOGUE.map((entry) => entry.slug);

describe('<oat-provider>', () => {
  it('lets 40 elements load their figures in exactly one round of data loading', async () => {
    const source = new ScriptedSource();
    const provider = await fixture<OatProvider>(html`<oat-provider area="E09000008" .dataSource=${source}>
      ${Array.from({ length: 40 }, (_, i) => html`<oat-indicator indicator=${slugs[i % slugs.length]!}></oat-indicator>`)}
    </oat-provider>`);
    await allSettled(provider);
    expect(source.queries).to.have.length(1);
    expect(new Set(source.queries[0]!.indicators)).to.deep.equal(new Set(slugs));
    const childrenInNeed = provider.querySelector<OatIndicator>('oat-indicator[indicator="children-in-need"]')!;
    expect(partText(childrenInNeed, 'value')).to.equal('493.6 per 10,000');
  });

  it('moves every element to the area chosen in a picker inside it, with the keyboard alone', async () => {
    const source = new ScriptedSource();
    const provider = await fixture<OatProvider>(html`<oat-provider area="E09000008" .dataSource=${source}>
      <oat-area-picker></oat-area-picker>
      <oat-indicator indicator="children-in-need"></oat-indicator>
      <oat-indicator indicator="looked-after-children" view="compact"></oat-indicator>
      <oat-indicator indicator="children-in-need" area="E08000037"></oat-indicator>
    </oat-provider>`);
    await allSettled(provider);
    const picker = provider.querySelector('oat-area-picker')!;
    await settled(picker);
    const input = picker.shadowRoot!.querySelector<HTMLInputElement>('[part~="input"]')!;
    expect(input.value).to.equal('Croydon');
    input.focus();
    input.select();
    await sendKeys({ type: 'Blackpool' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await allSettled(provider);
    const [first, second, own] = [...provider.querySelectorAll<OatIndicator>('oat-indicator')];
    expect(provider.area).to.equal('E06000009');
    expect(partText(first!, 'value')).to.equal('606.1 per 10,000');
    expect(partText(second!, 'value')).to.equal('184 per 10,000');
    // An element's own area wins over the provider's.
    expect(partText(own!, 'value')).to.equal('389.0 per 10,000');
  });

  it('lets an element’s own source win and reports an unknown source name inside the provider only', async () => {
    const provider = await fixture<OatProvider>(html`<oat-provider area="E09000008" source="nonsense">
      <oat-indicator indicator="children-in-need" source="snapshot"></oat-indicator>
    </oat-provider>`);
    await allSettled(provider);
    expect(provider.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Unknown data source “nonsense”');
    expect(partText(provider.querySelector('oat-indicator')!, 'value')).to.equal('493.6 per 10,000');
  });
});
