// Small charts drawn as inline SVG: horizontal bars with their labels and values written
// beside them, so that the chart reads without colour and without hovering.

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 480;
const ROW = 22;
const LABEL_WIDTH = 190;
const VALUE_WIDTH = 96;
const LABEL_CHARS = 30;

function svgElement(doc, name, attributes = {}) {
  const element = doc.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

/** `text` cut to `limit` characters with an ellipsis. */
export function shorten(text, limit = LABEL_CHARS) {
  const chars = Array.from(text);
  return chars.length > limit ? `${chars.slice(0, limit - 1).join('')}…` : text;
}

/**
 * A figure with a caption and one bar per row: `rows` are `{ label, value, shown }` where
 * `shown` is the value as text; `describe(row)` says a row in words for assistive technology.
 */
export function barChart(doc, { caption, rows, describe, className = '' }) {
  const figure = doc.createElement('figure');
  figure.className = `chart ${className}`.trim();
  const figcaption = doc.createElement('figcaption');
  figcaption.textContent = caption;
  figure.append(figcaption);
  const height = rows.length * ROW + 4;
  const svg = svgElement(doc, 'svg', {
    viewBox: `0 0 ${WIDTH} ${height}`,
    role: 'img',
    'aria-label': `${caption}: ${rows.map(describe).join('; ')}`,
  });
  const max = Math.max(1, ...rows.map((row) => row.value));
  const barSpace = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  rows.forEach((row, index) => {
    const y = index * ROW + 2;
    const group = svgElement(doc, 'g', { class: 'bar-row' });
    const title = svgElement(doc, 'title');
    title.textContent = describe(row);
    group.append(title);
    const label = svgElement(doc, 'text', { x: LABEL_WIDTH - 6, y: y + ROW / 2, class: 'bar-label', 'text-anchor': 'end', 'dominant-baseline': 'middle' });
    label.textContent = shorten(row.label || '—');
    const width = Math.max(row.value > 0 ? 2 : 0, (row.value / max) * barSpace);
    const bar = svgElement(doc, 'rect', { x: LABEL_WIDTH, y: y + 3, width: width.toFixed(1), height: ROW - 6, rx: 2, class: 'bar' });
    const value = svgElement(doc, 'text', { x: LABEL_WIDTH + width + 6, y: y + ROW / 2, class: 'bar-value', 'dominant-baseline': 'middle' });
    value.textContent = row.shown;
    group.append(label, bar, value);
    svg.append(group);
  });
  figure.append(svg);
  return figure;
}

/**
 * One bar split into parts (`{ label, value, className }`), with a legend that gives each
 * part's value: for shares of a whole, such as entries by basis.
 */
export function stackedBar(doc, { caption, parts, describe }) {
  const figure = doc.createElement('figure');
  figure.className = 'chart stacked';
  const figcaption = doc.createElement('figcaption');
  figcaption.textContent = caption;
  figure.append(figcaption);
  const total = parts.reduce((sum, part) => sum + part.value, 0);
  const svg = svgElement(doc, 'svg', {
    viewBox: `0 0 ${WIDTH} ${ROW}`,
    role: 'img',
    'aria-label': `${caption}: ${parts.map(describe).join('; ')}`,
  });
  let x = 0;
  for (const part of parts) {
    if (part.value <= 0 || total === 0) continue;
    const width = (part.value / total) * WIDTH;
    const rect = svgElement(doc, 'rect', { x: x.toFixed(1), y: 2, width: width.toFixed(1), height: ROW - 4, class: `part ${part.className}` });
    const title = svgElement(doc, 'title');
    title.textContent = describe(part);
    rect.append(title);
    svg.append(rect);
    x += width;
  }
  figure.append(svg);
  const legend = doc.createElement('ul');
  legend.className = 'legend';
  for (const part of parts) {
    const item = doc.createElement('li');
    const swatch = doc.createElement('span');
    swatch.className = `swatch ${part.className}`;
    swatch.setAttribute('aria-hidden', 'true');
    item.append(swatch, doc.createTextNode(describe(part)));
    legend.append(item);
  }
  figure.append(legend);
  return figure;
}

/** The first `limit` rows, and the rest summed into one row labelled by `othersLabel(count)`. */
export function topRows(rows, limit, othersLabel, show) {
  if (rows.length <= limit) return rows;
  const kept = rows.slice(0, limit - 1);
  const rest = rows.slice(limit - 1);
  const value = rest.reduce((sum, row) => sum + row.value, 0);
  return [...kept, { label: othersLabel(rest.length), value, shown: show(value), others: true }];
}
