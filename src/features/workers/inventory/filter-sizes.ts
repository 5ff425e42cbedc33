// The sizes of the Workers filters that render after the rows (more-filters.tsx): each field's minWidth (at
// least what its longest choice needs), held for them until they render so that nothing moves when they do.
export const FILTER_WIDTHS = { pool: 220, health: 170, style: 200, disabled: 210 };
export const SWITCH_SIZE = { width: 160, height: 38 };
