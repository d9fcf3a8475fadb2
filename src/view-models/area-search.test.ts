import { expect } from '@open-wc/testing';
import type { Area } from '../model.js';
import { SnapshotSource } from '../sources/snapshot.js';
import { areaMatches, normaliseName, searchAreas, type AreaGroup } from './area-search.js';

const region = (code: string, name: string): Area => ({ code, name, kind: 'region', parentCode: 'E92000001' });
const utla = (code: string, name: string, parentCode: string): Area => ({ code, name, kind: 'utla', parentCode });

const NORTH_EAST = region('E12000001', 'North East');
const LONDON = region('E12000007', 'London');
const SOUTH_EAST = region('E12000008', 'South East');

const SMALL = [
  utla('E08000021', 'Newcastle upon Tyne', NORTH_EAST.code),
  utla('E06000047', 'County Durham', NORTH_EAST.code),
  utla('E09000008', 'Croydon', LONDON.code),
  utla('E09000002', 'Barking and Dagenham', LONDON.code),
  utla('E06000043', 'Brighton and Hove', SOUTH_EAST.code),
];

/** Each group as "Region: area, area", which reads well in a failure. */
const summary = (groups: AreaGroup[]) => groups.map(({ region: r, areas }) => `${r.name}: ${areas.map((a) => a.name).join(', ')}`);
const names = (groups: AreaGroup[]) => groups.flatMap((group) => group.areas.map((area) => area.name));

let real: { areas: Area[]; regions: Area[] } | undefined;
async function snapshot(): Promise<{ areas: Area[]; regions: Area[] }> {
  if (!real) {
    const all = await new SnapshotSource().areas();
    real = { areas: all.filter((area) => area.kind === 'utla'), regions: all.filter((area) => area.kind === 'region') };
  }
  return real;
}

describe('normaliseName', () => {
  it('lower-cases and collapses spaces', () => {
    expect(normaliseName('  North   TYNESIDE ')).to.equal('north tyneside');
  });

  it('strips accents and other diacritics', () => {
    expect(normaliseName('Ryedàle Çafé Ñ')).to.equal('ryedale cafe n');
    expect(normaliseName('Sainte\u0301')).to.equal('sainte');
  });

  it('turns punctuation into single spaces and drops apostrophes', () => {
    expect(normaliseName('Stoke-on-Trent')).to.equal('stoke on trent');
    expect(normaliseName('Kingston upon Hull, City of')).to.equal('kingston upon hull city of');
    expect(normaliseName('St. Helens')).to.equal('st helens');
    expect(normaliseName('King’s Lynn')).to.equal('kings lynn');
    expect(normaliseName("King's Lynn")).to.equal('kings lynn');
  });

  it('reads “&” as “and” and “Saint” as “St”', () => {
    expect(normaliseName('Brighton & Hove')).to.equal('brighton and hove');
    expect(normaliseName('Brighton&Hove')).to.equal('brighton and hove');
    expect(normaliseName('Saint Helens')).to.equal('st helens');
    expect(normaliseName('Saintfield')).to.equal('saintfield');
  });

  it('gives an empty string for nothing but punctuation', () => {
    expect(normaliseName(' ,.- ')).to.equal('');
  });
});

describe('areaMatches', () => {
  const hull = utla('E06000010', 'Kingston upon Hull, City of', 'E12000003');

  it('matches anywhere in the name, ignoring case and punctuation', () => {
    expect(areaMatches(hull, 'HULL')).to.be.true;
    expect(areaMatches(hull, 'upon hull, city')).to.be.true;
    expect(areaMatches(hull, 'york')).to.be.false;
  });

  it('matches the spoken order of an inverted ONS name', () => {
    expect(areaMatches(hull, 'City of Kingston')).to.be.true;
  });

  it('matches the ONS code typed in full, in any case, but not part of one', () => {
    expect(areaMatches(hull, 'e06000010 ')).to.be.true;
    expect(areaMatches(hull, 'E0600001')).to.be.false;
  });

  it('lets “and” be left out or typed as “&”', () => {
    const barking = SMALL[3]!;
    expect(areaMatches(barking, 'barking & dagenham')).to.be.true;
    expect(areaMatches(barking, 'barking dagenham')).to.be.true;
    expect(areaMatches(barking, 'barking or dagenham')).to.be.false;
  });

  it('matches nothing for a query of punctuation alone, and everything for an empty one', () => {
    expect(areaMatches(hull, '--')).to.be.false;
    expect(areaMatches(hull, '   ')).to.be.true;
  });
});

describe('searchAreas', () => {
  it('returns everything for an empty query, regions and areas in alphabetical order', () => {
    expect(summary(searchAreas(SMALL, [SOUTH_EAST, NORTH_EAST, LONDON], ''))).to.deep.equal([
      'London: Barking and Dagenham, Croydon',
      'North East: County Durham, Newcastle upon Tyne',
      'South East: Brighton and Hove',
    ]);
  });

  it('leaves out regions without a match', () => {
    expect(summary(searchAreas(SMALL, [SOUTH_EAST, NORTH_EAST, LONDON], 'and'))).to.deep.equal([
      'London: Barking and Dagenham',
      'South East: Brighton and Hove',
    ]);
  });

  it('leaves out areas whose region is not given, and does not change its inputs', () => {
    const areas = [...SMALL];
    const regions = [SOUTH_EAST, LONDON];
    expect(names(searchAreas(areas, regions, ''))).to.deep.equal(['Barking and Dagenham', 'Croydon', 'Brighton and Hove']);
    expect(areas).to.deep.equal(SMALL);
    expect(regions).to.deep.equal([SOUTH_EAST, LONDON]);
  });

  it('returns an empty list when nothing matches', () => {
    expect(searchAreas(SMALL, [NORTH_EAST, LONDON, SOUTH_EAST], 'zzz')).to.deep.equal([]);
  });

  describe('over the real snapshot', () => {
    it('lists all 153 upper-tier authorities in 9 regions for an empty query', async () => {
      const { areas, regions } = await snapshot();
      const groups = searchAreas(areas, regions, '');
      expect(groups.map((group) => group.region.name)).to.deep.equal([
        'East Midlands',
        'East of England',
        'London',
        'North East',
        'North West',
        'South East',
        'South West',
        'West Midlands',
        'Yorkshire and The Humber',
      ]);
      expect(names(groups)).to.have.length(153);
    });

    it('finds the three Tyneside authorities for “tyne”, wherever it falls in the name', async () => {
      const { areas, regions } = await snapshot();
      expect(summary(searchAreas(areas, regions, 'tyne'))).to.deep.equal(['North East: Newcastle upon Tyne, North Tyneside, South Tyneside']);
    });

    it('finds Hull by the middle of its ONS name (and Solihull, which contains “hull”)', async () => {
      const { areas, regions } = await snapshot();
      expect(summary(searchAreas(areas, regions, 'hull'))).to.deep.equal(['West Midlands: Solihull', 'Yorkshire and The Humber: Kingston upon Hull, City of']);
    });

    it('finds Croydon by its ONS code', async () => {
      const { areas, regions } = await snapshot();
      expect(summary(searchAreas(areas, regions, 'E09000008'))).to.deep.equal(['London: Croydon']);
    });

    it('finds St Helens however the “St” is typed', async () => {
      const { areas, regions } = await snapshot();
      for (const query of ['st helens', 'St. Helens', 'saint helens']) {
        expect(names(searchAreas(areas, regions, query)), query).to.deep.equal(['St. Helens']);
      }
    });

    it('finds both Blackburn with Darwen and Blackpool for “black”, in that order', async () => {
      const { areas, regions } = await snapshot();
      expect(summary(searchAreas(areas, regions, 'black'))).to.deep.equal(['North West: Blackburn with Darwen, Blackpool']);
    });
  });
});
