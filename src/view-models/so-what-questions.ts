/** The four "so what?" questions, by id, in the tool's order; their words are in `so-what-view.ts`. */
export const SO_WHAT_QUESTIONS = ['fit', 'groups', 'services', 'where'] as const;
export type SoWhatQuestionId = (typeof SO_WHAT_QUESTIONS)[number];
