/** Dutch texts of the handout feature. */
export const handoutNl = {} as const;
