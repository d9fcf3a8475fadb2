/**
 * Texts the elements show, which several stories expect word for word: where a figure comes from, and
 * the notices over figures that are not the ones the page asked for. Each is written here once, as a
 * reader sees it with the embedded snapshot of 1 December 2026.
 */

/** The day the embedded snapshot was built, in words. */
export const SNAPSHOT_DATE = '1 December 2026';

/** The source line's end for figures from the embedded snapshot. */
export const FROM_SNAPSHOT = `Figures: Embedded snapshot, ${SNAPSHOT_DATE}.`;

/** The source line's end for live figures (the recorded replies are dated the day the snapshot was built). */
export const FROM_FINGERTIPS = `Figures: OHID Fingertips (live), ${SNAPSHOT_DATE}.`;

/** The end of the source of a figure read from DfE's Local authority interactive tool (LAIT), which republishes other publishers' statistics. */
const FROM_LAIT = 'via LAIT · Open Government Licence v3.0';

/** Where a figure comes from, as rows, tables and tooltips name it. */
export const SOURCES = {
  /** Figures the snapshot read from the Department for Education's Local authority interactive tool, credited to their own publishers. */
  laitChildrenInNeed: `Department for Education, Children in need, ${FROM_LAIT}`,
  laitConceptions: `Office for National Statistics, Conceptions in England and Wales, ${FROM_LAIT}`,
  laitSchoolReadiness: `Department for Education, Early years foundation stage profile results, ${FROM_LAIT}`,
  /** A live figure, as Fingertips publishes it. */
  fingertips: 'Office for Health Improvement and Disparities, Public health profiles (Fingertips) · Open Government Licence v3.0',
  /** A percentage worked out from Census 2021 counts. */
  census: 'Calculated from Office for National Statistics, Census 2021 · Open Government Licence v3.0',
  /** A rate worked out from the children in need census's counts. */
  childrenInNeed: 'Calculated from Department for Education, Children in need · Open Government Licence v3.0',
} as const;

/** The notice when live figures were asked for but Fingertips could not be reached (stories/story-sources.ts `live-unavailable`). */
export const LIVE_UNAVAILABLE_NOTICE =
  `Live data unavailable — showing figures from ${SNAPSHOT_DATE}. Fingertips could not be reached: there is no connection, or its address could not be found. ` +
  'Fingertips will not be asked again for about a minute.';

/** The notice while a slow live reply is awaited and the snapshot's figures are shown (`fingertips-slow`). */
export const LIVE_LOADING_NOTICE = `Live figures are still loading from Fingertips, which can take up to a minute — showing figures from the embedded snapshot of ${SNAPSHOT_DATE} meanwhile.`;

/** The notice when the council's file is not found and the snapshot's figures are shown (`council-file-unavailable`). */
export const FILE_NOT_FOUND_NOTICE = `our-figures-2026.csv could not be loaded: the server answered 404 Not Found. The figures shown are the embedded snapshot’s, of ${SNAPSHOT_DATE}.`;
