export const SERIES_COLORS = [
  '#1d5fa8',
  '#e07b39',
  '#2e9e5b',
  '#b4232a',
  '#7a4fb0',
  '#8c6d1f',
  '#3aa6b9',
  '#c2549d',
];
export const AXIS_TICK = { fontSize: 11, fill: '#52606d' };
