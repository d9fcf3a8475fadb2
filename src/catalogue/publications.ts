import type { SourceReference } from '../model.js';

/** The licence sentence every figure's attribution ends with. */
export const OGL = 'Contains public sector information licensed under the Open Government Licence v3.0.';

function source(publisher: string, dataset: string, url: string): SourceReference {
  return { publisher, dataset, url, licence: 'OGL-3.0', attribution: `Source: ${publisher}, ${dataset}. ${OGL}` };
}

const EES = 'https://explore-education-statistics.service.gov.uk/find-statistics';

/** The publications the catalogue cites. Keys are short names used only inside this folder. */
export const PUBLICATIONS = {
  // LAIT republishes other departments' statistics (DWP, YJB, ONS …): figures read from it are credited
  // to the indicator's own publisher and said to be read from LAIT.
  dfeLait: {
    ...source(
      'Department for Education',
      'Local authority interactive tool (LAIT)',
      'https://www.gov.uk/government/publications/local-authority-interactive-tool-lait',
    ),
    compilation: true,
    shortName: 'LAIT',
  },
  dfeLookedAfter: source(
    'Department for Education',
    'Children looked after in England including adoptions',
    `${EES}/children-looked-after-in-england-including-adoptions`,
  ),
  dfeChildrenInNeed: source('Department for Education', 'Children in need', `${EES}/children-in-need`),
  dfeEhcPlans: source('Department for Education', 'Education, health and care plans', `${EES}/education-health-and-care-plans`),
  dfeSen: source('Department for Education', 'Special educational needs in England', `${EES}/special-educational-needs-in-england`),
  dfeEyfsp: source('Department for Education', 'Early years foundation stage profile results', `${EES}/early-years-foundation-stage-profile-results`),
  dfeKs4: source('Department for Education', 'Key stage 4 performance', `${EES}/key-stage-4-performance`),
  dfeNeet: source(
    'Department for Education',
    'NEET and participation: local authority figures',
    'https://www.gov.uk/government/publications/neet-and-participation-local-authority-figures',
  ),
  dfeNccis: source(
    'Department for Education',
    'Participation in education, training and NEET age 16 to 17 by local authority',
    `${EES}/participation-in-education-training-and-neet-age-16-to-17-by-local-authority`,
  ),
  dwpLowIncome: source(
    'Department for Work and Pensions',
    'Children in low income families: local area statistics',
    'https://www.gov.uk/government/collections/children-in-low-income-families-local-area-statistics',
  ),
  onsConceptions: source(
    'Office for National Statistics',
    'Conceptions in England and Wales',
    'https://www.ons.gov.uk/peoplepopulationandcommunity/birthsdeathsandmarriages/conceptionandfertilityrates/datasets/conceptionstatisticsenglandandwalesreferencetables',
  ),
  yjbFirstTimeEntrants: source(
    'Youth Justice Board and Ministry of Justice',
    'Youth justice statistics',
    'https://www.gov.uk/government/collections/youth-justice-statistics',
  ),
  onsCensus: source('Office for National Statistics', 'Census 2021', 'https://www.ons.gov.uk/census'),
  onsWellbeing: source(
    'Office for National Statistics',
    'Personal well-being in the UK',
    'https://www.ons.gov.uk/peoplepopulationandcommunity/wellbeing/datasets/headlineestimatesofpersonalwellbeing',
  ),
  onsPopulation: source(
    'Office for National Statistics',
    'Mid-year population estimates',
    'https://www.ons.gov.uk/peoplepopulationandcommunity/populationandmigration/populationestimates',
  ),
  onsLabourForce: source(
    'Office for National Statistics',
    'Working and workless households',
    'https://www.ons.gov.uk/employmentandlabourmarket/peopleinwork/employmentandemployeetypes/bulletins/workingandworklesshouseholds/previousReleases',
  ),
  mhclgHomelessness: source(
    'Ministry of Housing, Communities and Local Government',
    'Statutory homelessness statistics',
    'https://www.gov.uk/government/collections/homelessness-statistics',
  ),
  onsBirths: source(
    'Office for National Statistics',
    'Births in England and Wales',
    'https://www.ons.gov.uk/peoplepopulationandcommunity/birthsdeathsandmarriages/livebirths',
  ),
  dfeNeighbours2025: source(
    'Department for Education',
    'Children’s services statistical neighbours (May 2025)',
    'https://github.com/dfe-analytical-services/local-authority-interactive-tool/blob/main/01_data/02_prod/sn_may_2025.xlsx',
  ),
  dfeNeighbours2021: source(
    'Department for Education',
    'Children’s services statistical neighbours (April 2021)',
    'https://github.com/dfe-analytical-services/local-authority-interactive-tool/blob/main/01_data/02_prod/sn_april_2021.xlsx',
  ),
  onsNeighbours: source(
    'Office for National Statistics',
    'Statistical nearest neighbours for English upper-tier local authorities (as re-published by LibrariesHacked)',
    'https://github.com/LibrariesHacked/public-libraries-activity-dataset/blob/main/data/localauthoritynearestneighboursengland.csv',
  ),
  ohidFingertips: source('Office for Health Improvement and Disparities', 'Public health profiles (Fingertips)', 'https://fingertips.phe.org.uk/'),
} as const satisfies Record<string, SourceReference>;
