import type { SeriesBreak } from '../trends/format.js';

/**
 * Changes of definition that break an indicator's series: periods before `from` are not comparable with
 * those from it on, so a trend is never drawn or tested across them. Each states the publisher's own
 * words. Gaps (a period with no figure) and council reorganisations are read from the figures
 * themselves; see src/trends/series.ts.
 */
export const SERIES_BREAKS: Readonly<Record<string, readonly SeriesBreak[]>> = {
  'school-readiness': [
    {
      from: '2022-08',
      text: 'The early years foundation stage profile was significantly revised in the reforms of September 2021; the Department for Education says it is not possible to directly compare results since 2021/22 with earlier years.',
      url: 'https://explore-education-statistics.service.gov.uk/find-statistics/early-years-foundation-stage-profile-results',
    },
  ],
};
