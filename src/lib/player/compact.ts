/** The compact player: a small always-on-top window that sits beside the runner's other windows. */

/**
 * Its window size: the countdown still reads from the mat, and the name, Next line and three
 * buttons fit without scrolling even once a title bar and menu take about 60 px of it.
 */
export const COMPACT_WINDOW = Object.freeze({ width: 420, height: 300 });
