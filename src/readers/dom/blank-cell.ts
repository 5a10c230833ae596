/**
 * A row's selection cell: a checkbox or radio and no text (`<td><label><input type="checkbox"></label></td>`). It
 * shows nothing of the row's kind: a row of labels with a selection cell in front is still a row of labels. (An
 * empty cell is not one: beside a label it is that label's value, shown empty.)
 */
export const isSelectionCell = (cell: Element): boolean =>
  (cell.textContent ?? '').trim() === '' && cell.querySelector('input[type=checkbox], input[type=radio], [role=checkbox], [role=radio]') !== null;
