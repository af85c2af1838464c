/**
 * The one page geometry of every printed handout: the HTML's print CSS, the PDF and the Word file all take
 * their paper and margins from here, so the three editions break lines and pages alike.
 */
export const PAGE = {
  /** A4, in millimetres. */
  width: 210,
  height: 297,
  margin: { top: 20, right: 18, bottom: 22, left: 18 },
} as const;

/** The width text may use on a portrait page, in millimetres. */
export const CONTENT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
/** The width text may use on a landscape page (the trainer timetable), in millimetres. */
export const LANDSCAPE_CONTENT_WIDTH = PAGE.height - PAGE.margin.left - PAGE.margin.right;
