// Building the page's elements without markup strings: every text from a report goes in as
// text, never as HTML (the page's policy requires it, and report files are not trusted).

/** An element `tag` with `attributes` (`class`, `text`, `on*` handlers, others as attributes). */
export function el(doc, tag, attributes = {}, children = []) {
  const element = doc.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') element.className = value;
    else if (key === 'text') element.textContent = value;
    else if (key.startsWith('on') && typeof value === 'function') element.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(element.dataset, value);
    else element.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of [].concat(children)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return element;
}

/** Removes every child of `element`. */
export function clear(element) {
  while (element.firstChild) element.firstChild.remove();
  return element;
}

/** The column letters of a 0-based column (0 → A, 26 → AA). */
export function columnName(column) {
  let name = '';
  let rest = column + 1;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    name = String.fromCharCode(65 + digit) + name;
    rest = Math.floor((rest - 1) / 26);
  }
  return name;
}

/** The 0-based row and column of an A1 cell name (`D17` → { row: 16, column: 3 }). */
export function parseCell(name) {
  const match = /^([A-Z]+)([0-9]+)$/.exec(name || '');
  if (!match) return null;
  let column = 0;
  for (const letter of match[1]) column = column * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, column: column - 1 };
}

/** Offers `content` (bytes or text) as a file to save, made in the page. */
export function download(doc, content, fileName, type) {
  const blob = new Blob([content], { type });
  const url = URL.createObjectURL(blob);
  const link = el(doc, 'a', { href: url, download: fileName, class: 'hidden-link' });
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The file name without its extension (`report.final.xlsx` → `report.final`). */
export function baseName(fileName) {
  const slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
  const name = fileName.slice(slash + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
