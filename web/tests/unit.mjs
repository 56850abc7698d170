// Tests of the page's modules that need no browser: texts in three languages, cell names,
// windows onto a sheet, text decoding, chart rows and the flagged places.
//
//   node web/tests/unit.mjs

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LANGUAGES, keysOf, t, preferredLanguage, formatAmount } from '../src/i18n.js';
import { columnName, parseCell, baseName } from '../src/dom.js';
import { windowAround, decodeText, flaggedPlaces, placeText, viewFor } from '../src/viewer.js';
import { topRows, shorten } from '../src/charts.js';

test('every text exists in every language, with the same plural forms and placeholders', () => {
  const english = keysOf('en');
  for (const lang of LANGUAGES) {
    assert.deepEqual(keysOf(lang).sort(), [...english].sort(), `keys of ${lang}`);
    for (const key of english) {
      const placeholders = (text) => [...String(text).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      const values = { n: 2, name: 'x', error: 'x', errors: 'x', warnings: 'x', infos: 'x', version: '1', text: 'x', line: 1, column: 1, cell: 'A1', sheet: 's', first: 1, last: 2, pointer: '/', label: 'l', value: 'v' };
      const shown = t(lang, key, values);
      assert.ok(!/\{\w+\}/.test(shown), `${lang}.${key} leaves a placeholder: ${shown}`);
      assert.deepEqual(placeholders(JSON.stringify(t('en', key))), placeholders(JSON.stringify(t(lang, key))), `${lang}.${key} uses other placeholders`);
    }
  }
});

test('plural forms follow the language', () => {
  assert.equal(t('en', 'errors', { n: 1 }), '1 error');
  assert.equal(t('en', 'errors', { n: 3 }), '3 errors');
  assert.equal(t('fr', 'entries', { n: 1 }), '1 ligne');
  assert.equal(t('fr', 'entries', { n: 0 }), '0 ligne');
  assert.equal(t('es', 'warnings', { n: 2 }), '2 advertencias');
  assert.throws(() => t('en', 'no-such-text'));
});

test('the page starts in the first of the browser\'s languages it speaks', () => {
  assert.equal(preferredLanguage(['de-CH', 'fr-CH', 'en']), 'fr');
  assert.equal(preferredLanguage(['es-419']), 'es');
  assert.equal(preferredLanguage(['de']), 'en');
  assert.equal(preferredLanguage(undefined), 'en');
});

test('amounts show their currency, or the code when it is not ISO 4217', () => {
  assert.match(formatAmount('en', 1500000, 'SEK'), /SEK\s?1,500,000/);
  assert.equal(formatAmount('en', 12, 'XX'), '12 XX');
  assert.equal(formatAmount('en', 12, ''), '12');
  assert.equal(formatAmount('en', 1e40, ''), '1E40');
});

test('cell names and columns', () => {
  assert.equal(columnName(0), 'A');
  assert.equal(columnName(25), 'Z');
  assert.equal(columnName(26), 'AA');
  assert.equal(columnName(16383), 'XFD');
  for (const name of ['A1', 'D17', 'AA100', 'XFD1048576']) {
    const cell = parseCell(name);
    assert.equal(`${columnName(cell.column)}${cell.row + 1}`, name);
  }
  assert.equal(parseCell('d17'), null);
  assert.equal(parseCell(undefined), null);
});

test('file names lose their folder and extension', () => {
  assert.equal(baseName('report.final.xlsx'), 'report.final');
  assert.equal(baseName('C:\\reports\\Sweden 2023.xls'), 'Sweden 2023');
  assert.equal(baseName('.hidden'), '.hidden');
});

test('a window puts its target in view, within the sheet', () => {
  assert.equal(windowAround(0, 40, 100), 0);
  assert.equal(windowAround(60, 40, 1000), 47);
  assert.equal(windowAround(95, 40, 100), 60);
  assert.equal(windowAround(5, 40, 10), 0);
  const view = viewFor({ sheets: ['Exports'] }, { location: { sheet: 'Exports', cell: 'T300' } }, 0);
  assert.equal(view.sheet, 'Exports');
  assert.ok(view.firstRow <= 299 && view.firstRow + 40 > 299);
  assert.ok(view.firstColumn <= 19 && view.firstColumn + 16 > 19);
});

test('text reports decode as their bytes say', () => {
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<a>\r\né</a>', 'utf16le')]);
  assert.deepEqual(decodeText(new Uint8Array(utf16)), ['<a>', 'é</a>']);
  assert.deepEqual(decodeText(new Uint8Array(Buffer.from('{\n"x": 1}\n'))), ['{', '"x": 1}', '']);
  assert.deepEqual(decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9])), ['café']);
});

test('a flagged place takes its worst severity', () => {
  const places = flaggedPlaces([
    { severity: 'info', location: { sheet: 'S', cell: 'A1' } },
    { severity: 'error', location: { sheet: 'S', cell: 'A1' } },
    { severity: 'warning', location: { line: 3, column: 1 } },
    { severity: 'error' },
  ]);
  assert.equal(places.get('S\u0000A1').severity, 'error');
  assert.deepEqual(places.get('S\u0000A1').indexes, [0, 1]);
  assert.equal(places.get('line 3').severity, 'warning');
  assert.equal(places.size, 2);
  assert.equal(placeText('fr', { line: 3, column: 7 }), 'ligne 3, colonne 7');
  assert.equal(placeText('en', { sheet: 'Exports', cell: 'D17' }), 'Exports!D17');
  assert.equal(placeText('es', undefined), 'informe completo');
});

test('charts keep the largest rows and sum the rest', () => {
  const rows = [5, 4, 3, 2, 1].map((value) => ({ label: String(value), value, shown: String(value) }));
  const kept = topRows(rows, 3, (n) => `${n} others`, String);
  assert.deepEqual(kept.map((row) => [row.label, row.value]), [['5', 5], ['4', 4], ['3 others', 6]]);
  assert.equal(topRows(rows, 5, String, String).length, 5);
  assert.equal(shorten('Ametralladoras ligeras y pesadas', 10), 'Ametralla…');
});
