import { expect } from '@open-wc/testing';
import { CATALOGUE } from './catalogue.js';
import { DOMAINS } from './domains.js';

/** The directions the tool's question has for each indicator: lower only where less is worse. */
const LOWER_IS_WORSE = ['adult-low-wellbeing', 'wellbeing-age-15', 'school-readiness', 'gcse-attainment'];

describe('the catalogue', () => {
  it('holds the 27 indicators of the four domains, each slug once', () => {
    expect(CATALOGUE).to.have.length(27);
    expect(new Set(CATALOGUE.map((entry) => entry.slug)).size).to.equal(27);
    for (const entry of CATALOGUE)
      expect(
        DOMAINS.map((domain) => domain.id),
        entry.slug,
      ).to.include(entry.domain);
  });

  it('gives every indicator the opportunity reading: a direction, a plain reason, and why it matters', () => {
    for (const entry of CATALOGUE) {
      expect(entry.reading, entry.slug).to.exist;
      expect(entry.reading!.worseWhen, entry.slug).to.equal(LOWER_IS_WORSE.includes(entry.slug) ? 'lower' : 'higher');
      expect(entry.reading!.reason, entry.slug).to.match(/^[A-Z].{20,200}\.$/);
      expect(entry.whyItMatters, entry.slug).to.match(/^[A-Z].{40,400}\.$/);
      // The reason says the direction in the tool's words, for families or for children.
      const about = entry.domain === 'children-outcomes' ? /worse outcome|worse for|poorer/ : /more|fewer|lower average/i;
      expect(entry.reading!.reason, entry.slug).to.match(about);
    }
  });

  it('keeps the publisher’s own polarity as data, and the caveat where a higher rate can also mean services find more families', () => {
    for (const entry of CATALOGUE) expect(['high-is-bad', 'high-is-good', 'no-judgement'], entry.slug).to.include(entry.publishedPolarity);
    for (const slug of ['children-in-need', 'looked-after-children', 'adult-mental-health', 'domestic-abuse', 'young-carers']) {
      expect(CATALOGUE.find((entry) => entry.slug === slug)!.reading!.caveat, slug).to.match(/local (services|practice)/);
    }
  });

  it('writes in plain English: no “neither is judged better”, no “middle half”, no unexplained SEMH', () => {
    for (const entry of CATALOGUE) {
      const words = JSON.stringify(entry);
      expect(words, entry.slug).to.not.match(/neither (direction )?is judged better|middle half/i);
      expect(entry.shortTitle, entry.slug).to.not.contain('SEMH');
      if (/SEMH/.test(words)) expect(entry.definition, entry.slug).to.contain('social, emotional and mental health (SEMH)');
    }
  });

  it('defines under-18 conceptions by what is counted: all conceptions under 18, per 1,000 girls aged 15 to 17', () => {
    const conceptions = CATALOGUE.find((entry) => entry.slug === 'under-18-conceptions')!;
    expect(conceptions.definition).to.contain('Conceptions to girls aged under 18, per 1,000 girls aged 15 to 17');
  });

  it('never advises live data for an indicator the live source does not ask for', () => {
    for (const entry of CATALOGUE.filter((candidate) => candidate.noSnapshotData)) {
      if (!entry.fingertips) expect(entry.noSnapshotData, entry.slug).to.not.match(/use live data/i);
      expect(entry.noSnapshotData, entry.slug).to.contain('A council can show its own figure');
    }
  });
});
