import { expect } from '@open-wc/testing';
import { SnapshotSource } from '../sources/snapshot.js';
import { verdictKeyText } from '../format/verdict.js';
import { choroplethRows, choroplethSelection, loadChoroplethView } from './choropleth-view.js';

describe('the choropleth view model', () => {
  it('outlines a ward’s council and zooms to the council’s region, and names an unknown area', async () => {
    const view = await loadChoroplethView(new SnapshotSource(), 'children-in-need');
    const shapes = [{ code: 'E06000009', region: 'E12000002' }];
    const blackpool = choroplethSelection(view, shapes, 'E06000009');
    expect([blackpool.authority?.name, blackpool.region]).to.deep.equal(['Blackpool', 'E12000002']);
    const region = choroplethSelection(view, shapes, 'E12000002');
    expect([region.area?.name, region.authority, region.region]).to.deep.equal(['North West', undefined, 'E12000002']);
    expect(choroplethSelection(view, shapes, 'E99999999').error).to.be.instanceOf(Error);
  });

  it('words each authority for the tooltip, and says when it is a neighbour of the chosen council', async () => {
    const view = await loadChoroplethView(new SnapshotSource(), 'looked-after-children');
    const [row] = choroplethRows(view, [{ code: 'E06000009', name: 'Blackpool' }], {
      of: 'Hartlepool',
      codes: ['E06000009'],
      label: 'DfE statistical neighbours, May 2025',
    });
    expect(row!.label).to.equal('Blackpool. 184 per 10,000. Worse than England. A statistical neighbour of Hartlepool (DfE statistical neighbours, May 2025)');
    expect(verdictKeyText('worse', 'outcome')).to.equal('Children fare worse than England');
  });
});
