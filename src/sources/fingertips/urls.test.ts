import { expect } from '@open-wc/testing';
import { DEFAULT_API_BASE, latestDataUrl, originOf, resolveApiBase } from './urls.js';

describe('Fingertips addresses', () => {
  it('asks for the latest figures of every upper-tier authority in England, ids sorted', () => {
    expect(latestDataUrl(DEFAULT_API_BASE, { indicatorIds: [93203, 20401, 22301, 20401], areaTypeId: 502 })).to.equal(
      'https://fingertips.phe.org.uk/api/latest_data/specific_indicators_for_child_areas?area_type_id=502&parent_area_code=E92000001&indicator_ids=20401,22301,93203&profile_id=19',
    );
  });

  it('sends the profile asked for, and another parent when given', () => {
    const url = latestDataUrl('/fingertips-api/', { indicatorIds: [90631], areaTypeId: 402, profileId: 20, parentAreaCode: 'E12000007' });
    expect(url).to.equal(
      '/fingertips-api/latest_data/specific_indicators_for_child_areas?area_type_id=402&parent_area_code=E12000007&indicator_ids=90631&profile_id=20',
    );
  });

  it('accepts an absolute address or a path on the same site, and explains anything else', () => {
    expect(resolveApiBase(undefined)).to.equal(DEFAULT_API_BASE);
    expect(resolveApiBase(' /fingertips-api/ ')).to.equal('/fingertips-api');
    expect(resolveApiBase('http://localhost:8080/api')).to.equal('http://localhost:8080/api');
    for (const bad of ['fingertips.phe.org.uk/api', '//fingertips.phe.org.uk/api', 'ftp://example.org/api', 'https://', '']) {
      expect(() => resolveApiBase(bad), bad).to.throw(RangeError, /full address starting with https:\/\/, or a path on this site/);
    }
  });

  it('tells a cross-site address from a path on the page’s own site', () => {
    expect(originOf('https://fingertips.phe.org.uk/api/x?y=1')).to.equal('https://fingertips.phe.org.uk');
    expect(originOf('/fingertips-api/x')).to.equal(undefined);
  });
});
