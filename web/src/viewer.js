// "Where to look": a sheet of the report shown as a grid, or the lines of an XML or JSON
// file, with the chosen finding's cell highlighted, its message beside it, and every flagged
// cell coloured by its severity.

import { el, clear, columnName, parseCell } from './dom.js';
import { t } from './i18n.js';

const ROWS_SHOWN = 40;
const COLUMNS_SHOWN = 16;
const LINES_SHOWN = 40;
const SEVERITY_RANK = { error: 3, warning: 2, info: 1 };

/** The worst severity of each flagged place, keyed `sheet\u0000cell` or `line`. */
export function flaggedPlaces(diagnostics) {
  const places = new Map();
  diagnostics.forEach((diagnostic, index) => {
    const key = placeKey(diagnostic.location);
    if (key === null) return;
    const place = places.get(key) || { severity: 'info', indexes: [] };
    if (SEVERITY_RANK[diagnostic.severity] > SEVERITY_RANK[place.severity]) place.severity = diagnostic.severity;
    place.indexes.push(index);
    places.set(key, place);
  });
  return places;
}

function placeKey(location) {
  if (!location) return null;
  if (location.sheet !== undefined) return `${location.sheet}\u0000${location.cell}`;
  return `line ${location.line}`;
}

/** A place as people write it: `Exports!D17`, `line 14, column 22`, or "whole report". */
export function placeText(lang, location) {
  if (!location) return t(lang, 'noPlace');
  if (location.sheet !== undefined) return `${location.sheet}!${location.cell}`;
  return t(lang, 'line', { line: location.line, column: location.column });
}

/** The first row and column of a window of `size` that puts `target` near its middle. */
export function windowAround(target, size, used) {
  const start = Math.max(0, target - Math.floor(size / 3));
  return Math.max(0, Math.min(start, Math.max(used - size, 0), target));
}

/** The lines of a text report, decoded as its bytes say (UTF-8, or UTF-16 with its mark). */
export function decodeText(bytes) {
  let encoding = 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  else if (bytes[0] === 0x3c && bytes[1] === 0x00) encoding = 'utf-16le';
  else if (bytes[0] === 0x00 && bytes[1] === 0x3c) encoding = 'utf-16be';
  let text;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.split(/\r\n|\r|\n/);
}

/**
 * Renders the viewer into `container`: `view` says what to show (`{ sheet, firstRow,
 * firstColumn }` for a workbook, `{ firstLine }` for text) and `finding` the chosen finding's
 * index, if any. `onChange(view)` asks for another window or sheet.
 */
export function renderViewer(doc, container, { lang, session, key, result, finding, view, rules, onChange }) {
  clear(container);
  container.append(el(doc, 'h3', { id: 'viewer-title', text: t(lang, 'viewer') }));
  const diagnostics = result.file.diagnostics;
  const chosen = finding === null || finding === undefined ? null : diagnostics[finding];
  if (chosen) container.append(callout(doc, lang, chosen, rules, diagnostics));
  else container.append(el(doc, 'p', { class: 'hint', text: t(lang, 'viewerHint') }));
  if (chosen && !chosen.location) {
    container.append(el(doc, 'p', { class: 'hint', text: t(lang, 'noGrid') }));
    return null;
  }
  const places = flaggedPlaces(diagnostics);
  if (result.sheets.length > 0 && view.sheet !== undefined) {
    return sheetView(doc, container, { lang, session, key, result, chosen, view, places, onChange });
  }
  if (result.format === 'xml' || result.format === 'json') {
    return textView(doc, container, { lang, session, key, result, chosen, view, places, onChange });
  }
  return null;
}

/** The chosen finding's severity, code, message, place and rule, and the other findings there. */
function callout(doc, lang, diagnostic, rules, diagnostics) {
  const rule = rules.get(diagnostic.code);
  const others = diagnostics.filter((d) => d !== diagnostic && placeKey(d.location) !== null && placeKey(d.location) === placeKey(diagnostic.location));
  return el(doc, 'div', { class: `callout sev-${diagnostic.severity}`, id: 'callout', 'aria-live': 'polite' }, [
    el(doc, 'p', { class: 'callout-head' }, [
      el(doc, 'span', { class: `badge sev-${diagnostic.severity}`, text: t(lang, `severityOne_${diagnostic.severity}`) }),
      ' ',
      el(doc, 'code', { text: diagnostic.code }),
      rule ? ` ${rule.name}` : '',
      ' · ',
      el(doc, 'strong', { class: 'place', text: placeText(lang, diagnostic.location) }),
    ]),
    el(doc, 'p', { class: 'callout-message', text: diagnostic.message }),
    diagnostic.pointer ? el(doc, 'p', { class: 'pointer', text: t(lang, 'pointer', { pointer: diagnostic.pointer }) }) : null,
    rule ? el(doc, 'p', { class: 'rule-summary', text: rule.summary }) : null,
    others.length > 0 ? el(doc, 'ul', { class: 'same-place' }, others.map((other) => el(doc, 'li', { class: `sev-text-${other.severity}` }, [el(doc, 'code', { text: other.code }), ` ${other.message}`]))) : null,
  ]);
}

function sheetView(doc, container, { lang, session, key, result, chosen, view, places, onChange }) {
  const tabs = el(doc, 'div', { class: 'sheet-tabs', role: 'group', 'aria-label': t(lang, 'sheets') });
  for (const name of result.sheets) {
    const hidden = isHidden(session, key, name, lang);
    tabs.append(el(doc, 'button', {
      type: 'button',
      class: hidden ? 'sheet-tab hidden-sheet' : 'sheet-tab',
      'aria-pressed': name === view.sheet ? 'true' : 'false',
      dataset: { sheet: name },
      text: hidden ? `${name} ${t(lang, 'hiddenSheet')}` : name,
      onclick: () => onChange({ sheet: name, firstRow: 0, firstColumn: 0 }),
    }));
  }
  container.append(tabs);
  let window;
  try {
    window = session.sheet(key, view.sheet, { firstRow: view.firstRow, rows: ROWS_SHOWN, firstColumn: view.firstColumn, columns: COLUMNS_SHOWN }, lang);
  } catch (error) {
    container.append(el(doc, 'p', { class: 'failure', role: 'alert', text: error.message }));
    return null;
  }
  const target = chosen && chosen.location && chosen.location.sheet === view.sheet ? parseCell(chosen.location.cell) : null;
  const lastRow = Math.max(window.first_row + 1, Math.min(window.first_row + window.rows, Math.max(window.used_rows, target ? target.row + 1 : 0)));
  const lastColumn = Math.max(window.first_column + 1, Math.min(window.first_column + window.columns, Math.max(window.used_columns, target ? target.column + 1 : 0)));
  const navigation = el(doc, 'div', { class: 'grid-nav' }, [
    navButton(doc, t(lang, 'earlierRows'), window.first_row > 0, () => onChange({ ...view, firstRow: Math.max(0, window.first_row - ROWS_SHOWN) })),
    navButton(doc, t(lang, 'laterRows'), lastRow < window.used_rows, () => onChange({ ...view, firstRow: window.first_row + ROWS_SHOWN })),
    navButton(doc, t(lang, 'earlierColumns'), window.first_column > 0, () => onChange({ ...view, firstColumn: Math.max(0, window.first_column - COLUMNS_SHOWN) })),
    navButton(doc, t(lang, 'laterColumns'), lastColumn < window.used_columns, () => onChange({ ...view, firstColumn: window.first_column + COLUMNS_SHOWN })),
  ]);
  container.append(navigation);
  const texts = new Map(window.cells.map(([row, column, text]) => [`${row},${column}`, text]));
  const table = el(doc, 'table', {
    class: 'grid',
    'aria-label': t(lang, 'gridLabel', { sheet: view.sheet + (window.hidden ? ` ${t(lang, 'hiddenSheet')}` : ''), first: window.first_row + 1, last: lastRow }),
  });
  const head = el(doc, 'tr', {}, [el(doc, 'th', { class: 'corner' })]);
  for (let column = window.first_column; column < lastColumn; column++) {
    head.append(el(doc, 'th', { scope: 'col', text: columnName(column) }));
  }
  table.append(el(doc, 'thead', {}, [head]));
  const body = el(doc, 'tbody');
  let targetCell = null;
  for (let row = window.first_row; row < lastRow; row++) {
    const line = el(doc, 'tr', {}, [el(doc, 'th', { scope: 'row', text: String(row + 1) })]);
    for (let column = window.first_column; column < lastColumn; column++) {
      const cellName = `${columnName(column)}${row + 1}`;
      const place = places.get(`${view.sheet}\u0000${cellName}`);
      const isTarget = target && target.row === row && target.column === column;
      const classes = [place ? `flag sev-${place.severity}` : '', isTarget ? 'target' : ''].filter(Boolean).join(' ');
      const cell = el(doc, 'td', {
        class: classes || undefined,
        tabindex: isTarget ? '0' : '-1',
        'aria-current': isTarget ? 'location' : undefined,
        title: place ? `${cellName}: ${place.indexes.length}` : cellName,
        dataset: { cell: cellName },
        text: texts.get(`${row},${column}`) ?? '',
      });
      if (isTarget) targetCell = cell;
      line.append(cell);
    }
    body.append(line);
  }
  table.append(body);
  table.addEventListener('keydown', (event) => moveFocus(event, table));
  const scroller = el(doc, 'div', { class: 'grid-scroll' }, [table]);
  container.append(scroller);
  if (!targetCell) {
    const first = table.querySelector('td');
    if (first) first.tabIndex = 0;
  }
  return targetCell;
}

/** Whether the workbook hides the sheet (an empty window says, at the cost of nothing). */
function isHidden(session, key, sheet, lang) {
  try {
    return session.sheet(key, sheet, { firstRow: 0, rows: 0, firstColumn: 0, columns: 0 }, lang).hidden;
  } catch {
    return false;
  }
}

/** A button that moves the window, or nothing where there is nothing more to see that way. */
function navButton(doc, label, enabled, action) {
  return enabled ? el(doc, 'button', { type: 'button', class: 'secondary', text: label, onclick: action }) : null;
}

/** Arrow keys move between the grid's cells, as in a spreadsheet. */
function moveFocus(event, table) {
  const moves = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
  const move = moves[event.key];
  const cell = event.target.closest('td');
  if (!move || !cell) return;
  const row = cell.parentElement;
  const rows = [...table.tBodies[0].rows];
  const rowIndex = rows.indexOf(row) + move[0];
  const columnIndex = cell.cellIndex + move[1];
  const next = rows[rowIndex]?.cells[columnIndex];
  if (!next || next.tagName !== 'TD') return;
  event.preventDefault();
  cell.tabIndex = -1;
  next.tabIndex = 0;
  next.focus();
}

function textView(doc, container, { lang, session, key, result, chosen, view, places, onChange }) {
  const lines = session.lines(key);
  const target = chosen && chosen.location && chosen.location.line !== undefined ? chosen.location : null;
  const first = view.firstLine ?? 0;
  const last = Math.min(lines.length, first + LINES_SHOWN);
  container.append(el(doc, 'div', { class: 'grid-nav' }, [
    navButton(doc, t(lang, 'earlierLines'), first > 0, () => onChange({ firstLine: Math.max(0, first - LINES_SHOWN) })),
    navButton(doc, t(lang, 'laterLines'), last < lines.length, () => onChange({ firstLine: first + LINES_SHOWN })),
  ]));
  const list = el(doc, 'ol', { class: 'source', start: String(first + 1), 'aria-label': t(lang, 'textLabel', { name: result.file.path, first: first + 1, last }) });
  let targetLine = null;
  for (let index = first; index < last; index++) {
    const number = index + 1;
    const place = places.get(`line ${number}`);
    const isTarget = target && target.line === number;
    const item = el(doc, 'li', {
      class: [place ? `flag sev-${place.severity}` : '', isTarget ? 'target' : ''].filter(Boolean).join(' ') || undefined,
      tabindex: isTarget ? '0' : undefined,
      'aria-current': isTarget ? 'location' : undefined,
    });
    const text = lines[index];
    if (isTarget) {
      const characters = Array.from(text);
      const at = Math.max(0, target.column - 1);
      item.append(
        el(doc, 'span', { text: characters.slice(0, at).join('') }),
        el(doc, 'mark', { class: 'caret', text: characters[at] ?? ' ' }),
        el(doc, 'span', { text: characters.slice(at + 1).join('') }),
      );
      targetLine = item;
    } else {
      item.textContent = text;
    }
    list.append(item);
  }
  container.append(el(doc, 'div', { class: 'grid-scroll' }, [list]));
  return targetLine;
}

/** The window that shows a finding's place: its sheet around its cell, or lines around it. */
export function viewFor(result, diagnostic, lines) {
  const location = diagnostic && diagnostic.location;
  if (location && location.sheet !== undefined) {
    const cell = parseCell(location.cell) || { row: 0, column: 0 };
    return {
      sheet: location.sheet,
      firstRow: windowAround(cell.row, ROWS_SHOWN, Infinity),
      firstColumn: cell.column < COLUMNS_SHOWN ? 0 : windowAround(cell.column, COLUMNS_SHOWN, Infinity),
    };
  }
  if (location && location.line !== undefined) {
    return { firstLine: windowAround(location.line - 1, LINES_SHOWN, lines) };
  }
  if (result.sheets.length > 0) return { sheet: result.sheets[0], firstRow: 0, firstColumn: 0 };
  return { firstLine: 0 };
}
