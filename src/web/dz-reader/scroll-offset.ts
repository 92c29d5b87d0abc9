/** Where a row the reader scrolls to must stand so that nothing of the page covers it. */

/** Room left between the toolbar and the row, so the row's edge is visibly its own. */
const GAP_PX = 8;

/**
 * The viewport offset at which a row's top is fully visible: below the toolbar when the toolbar
 * sticks to the top (desktop), at the top when it scrolls away with the page (phones).
 */
export function belowToolbar(toolbar: HTMLElement | null): number {
  if (toolbar === null) return GAP_PX;
  const style = getComputedStyle(toolbar);
  if (style.position !== 'sticky' && style.position !== 'fixed') return GAP_PX;
  return (parseFloat(style.top) || 0) + toolbar.getBoundingClientRect().height + GAP_PX;
}
