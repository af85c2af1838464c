/** Dutch texts of the compare feature. */
export const compareNl = {} as const;
