/**
 * Local government reorganisations in England between 2019 and 2023, stated explicitly so that the
 * builder never guesses. A figure published for a former area is carried to its successor only when
 * the boundary is unchanged, and then always with a note saying so. Figures for areas that were split
 * or merged with changed boundaries are not carried; the successor shows "no data" with the reason.
 */
export interface Reorganisation {
  /** Codes of the areas that ceased to exist. */
  formerCodes: string[];
  /** Codes of the upper-tier authorities that replaced them. */
  successorCodes: string[];
  /** The date the change took effect. */
  date: string;
  /** True when a single successor has exactly the former area's boundary. */
  sameBoundary: boolean;
  /** What happened, in words for the reader. */
  description: string;
}

export const REORGANISATIONS: readonly Reorganisation[] = [
  {
    formerCodes: ['E06000028', 'E06000029', 'E10000009'],
    successorCodes: ['E06000058', 'E06000059'],
    date: '2019-04-01',
    sameBoundary: false,
    description:
      'On 1 April 2019 Bournemouth, Poole and Dorset County Council were replaced by Bournemouth, Christchurch and Poole Council and Dorset Council, with Christchurch moving out of Dorset.',
  },
  {
    formerCodes: ['E10000002'],
    successorCodes: ['E06000060'],
    date: '2020-04-01',
    sameBoundary: true,
    description: 'On 1 April 2020 Buckinghamshire County Council and its districts were replaced by Buckinghamshire Council, covering the same area.',
  },
  {
    formerCodes: ['E10000021'],
    successorCodes: ['E06000061', 'E06000062'],
    date: '2021-04-01',
    sameBoundary: false,
    description: 'On 1 April 2021 Northamptonshire County Council was replaced by two councils, North Northamptonshire and West Northamptonshire.',
  },
  {
    formerCodes: ['E10000006'],
    successorCodes: ['E06000063', 'E06000064'],
    date: '2023-04-01',
    sameBoundary: false,
    description: 'On 1 April 2023 Cumbria County Council was replaced by two councils, Cumberland and Westmorland and Furness.',
  },
  {
    formerCodes: ['E10000023'],
    successorCodes: ['E06000065'],
    date: '2023-04-01',
    sameBoundary: true,
    description: 'On 1 April 2023 North Yorkshire County Council and its districts were replaced by North Yorkshire Council, covering the same area.',
  },
  {
    formerCodes: ['E10000027'],
    successorCodes: ['E06000066'],
    date: '2023-04-01',
    sameBoundary: true,
    description: 'On 1 April 2023 Somerset County Council and its districts were replaced by Somerset Council, covering the same area.',
  },
];

/**
 * Districts abolished in April 2023, with the 2023 unitary authority each became part of. Census 2021
 * counts for these districts add up exactly to the new councils, because every district went whole
 * into one successor.
 */
export const DISTRICTS_MERGED_2023: Readonly<Record<string, string>> = {
  E07000026: 'E06000063', // Allerdale → Cumberland
  E07000028: 'E06000063', // Carlisle → Cumberland
  E07000029: 'E06000063', // Copeland → Cumberland
  E07000027: 'E06000064', // Barrow-in-Furness → Westmorland and Furness
  E07000030: 'E06000064', // Eden → Westmorland and Furness
  E07000031: 'E06000064', // South Lakeland → Westmorland and Furness
  E07000163: 'E06000065', // Craven → North Yorkshire
  E07000164: 'E06000065', // Hambleton → North Yorkshire
  E07000165: 'E06000065', // Harrogate → North Yorkshire
  E07000166: 'E06000065', // Richmondshire → North Yorkshire
  E07000167: 'E06000065', // Ryedale → North Yorkshire
  E07000168: 'E06000065', // Scarborough → North Yorkshire
  E07000169: 'E06000065', // Selby → North Yorkshire
  E07000187: 'E06000066', // Mendip → Somerset
  E07000188: 'E06000066', // Sedgemoor → Somerset
  E07000189: 'E06000066', // South Somerset → Somerset
  E07000246: 'E06000066', // Somerset West and Taunton → Somerset
};

/** The reorganisation that retired a code, if any. */
export function reorganisationOf(formerCode: string): Reorganisation | undefined {
  return REORGANISATIONS.find((change) => change.formerCodes.includes(formerCode));
}

/** The reorganisation that created a successor code, if any. */
export function reorganisationCreating(successorCode: string): Reorganisation | undefined {
  return REORGANISATIONS.find((change) => change.successorCodes.includes(successorCode));
}
