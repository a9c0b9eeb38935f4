export const QUALITY_ROWS = 5;
