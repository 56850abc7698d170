// Drives the built page in a real headless Chromium (Debian's chromium and chromedriver):
// opens it from file://, loads fixture reports, finds the findings of the command line and the
// highlighted cell, moves with the keyboard, switches language, downloads the JSON, the HTML
// report and the annotated workbook and compares them with the command line's, survives a file on which att fails, and finds no request leaving
// the page; then serves it over HTTP, as a static host would, and checks it there too.
//
//   node web/tests/browser.mjs --att target/debug/att --page target/att-page.html [--screenshot docs/page.png]

import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve, dirname, basename } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { Browser, KEYS } from './webdriver.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function argument(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : process.argv[index + 1];
}

const att = resolve(argument('att', join(ROOT, 'target/debug/att')));
const pagePath = resolve(argument('page', join(ROOT, 'target/att-page.html')));
const screenshot = argument('screenshot', null);

// A workbook with findings at cells, an XML file with findings at lines, and a file on which
// a parser panics (att fails on it; the page must carry on).
const WORKBOOK = join(ROOT, 'fixtures/templates/invalid-raw-values-kept-es.xlsx');
const XML = join(ROOT, 'fixtures/xml/located-errors.xml');
const CRASHING = join(ROOT, 'fixtures/fuzz/xls-sheet-offset-past-the-end.xls');

function cli(args, cwd = tmpdir()) {
  const result = spawnSync(att, args, { cwd, env: { ...process.env, ATT_LANG: 'en', LANG: 'C' }, maxBuffer: 1 << 30 });
  if (result.status === 2 && !args.includes('validate')) throw new Error(`att ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

function expected(file, lang) {
  return JSON.parse(cli(['validate', '--format', 'json', '--lang', lang, file]));
}

let steps = 0;
function assert(condition, what) {
  if (!condition) throw new Error(`browser test failed: ${what}`);
  steps += 1;
}

async function waitForFile(folder, name, timeout = 10_000) {
  const started = Date.now();
  for (;;) {
    const path = join(folder, name);
    if (existsSync(path) && !readdirSync(folder).some((entry) => entry.endsWith('.crdownload'))) return readFileSync(path);
    if (Date.now() - started > timeout) throw new Error(`no download ${name} in ${folder}: ${readdirSync(folder)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The page's findings as (code, place, message), sorted, and the command line's. */
function sortedFindings(list) {
  return list.map((f) => `${f.code}\u0000${f.place}\u0000${f.message}`).sort();
}

function placeOf(lang, location) {
  const noPlace = { en: 'whole report', fr: 'rapport entier', es: 'informe completo' }[lang];
  const line = { en: 'line {line}, column {column}', fr: 'ligne {line}, colonne {column}', es: 'línea {line}, columna {column}' }[lang];
  if (!location) return noPlace;
  if (location.sheet !== undefined) return `${location.sheet}!${location.cell}`;
  return line.replace('{line}', location.line).replace('{column}', location.column);
}

async function pageFindings(browser) {
  return browser.run(`return [...document.querySelectorAll('button.finding')].map((b) => ({
    code: b.dataset.code, place: b.dataset.place, message: b.querySelector('.finding-message').textContent }));`);
}

async function openReport(browser, file) {
  const tab = await browser.find(`button.report-tab[data-report="${basename(file)}"]`);
  await tab.click();
  await browser.waitFor(`the report ${basename(file)}`, 'return document.getElementById("report-title")?.textContent === arguments[0]', [basename(file)]);
}

const downloads = mkdtempSync(join(tmpdir(), 'att-downloads-'));
const browser = await Browser.start({ language: 'fr', downloads, width: 1366, height: 900 });
const pageUrl = pathToFileURL(pagePath).href;
try {
  // The browser's own start page is not the page's doing: forget its requests first.
  await browser.open('about:blank');
  await browser.log('performance');
  await browser.open(pageUrl);
  await browser.waitFor('the engine', "return document.body.dataset.state === 'ready' || document.body.dataset.state === 'failed'");
  assert(await browser.run("return document.body.dataset.state") === 'ready', `the page did not start: ${await browser.run("return document.getElementById('status').textContent")}`);
  const policy = await browser.run(`return document.querySelector('meta[http-equiv="Content-Security-Policy"]').content`);
  assert(/default-src 'none'/.test(policy) && !/unsafe-inline/.test(policy), `a strict Content-Security-Policy (${policy})`);
  assert(await browser.run('return document.documentElement.lang') === 'fr', 'the page starts in the browser\'s language (French)');
  assert(await browser.run('return document.getElementById("lang").value') === 'fr', 'the language menu says French');

  // Three reports at once.
  const input = await browser.find('#files');
  await input.type([WORKBOOK, XML, CRASHING].join('\n'));
  await browser.waitFor('three reports', "return document.querySelectorAll('button.report-tab[data-report]').length === 3 && document.body.dataset.state === 'ready'");
  assert(await browser.run("return document.querySelectorAll('table.overview tbody tr').length") === 3, 'the overview lists the three reports');

  // The workbook's findings are the command line's, in French.
  await openReport(browser, WORKBOOK);
  const expectedFr = expected(WORKBOOK, 'fr').files[0].diagnostics;
  assert(expectedFr.length > 0, 'the workbook fixture has findings');
  const shownFr = await pageFindings(browser);
  assert(isDeepStrictEqual(sortedFindings(shownFr), sortedFindings(expectedFr.map((d) => ({ code: d.code, place: placeOf('fr', d.location), message: d.message })))),
    `the page shows the command line's ${expectedFr.length} findings in French (it shows ${shownFr.length})`);

  // Choosing a finding at a cell shows its sheet with that cell highlighted, and its message.
  const atCell = expectedFr.findIndex((d) => d.location && d.location.sheet !== undefined && d.severity === 'error');
  const target = expectedFr[atCell];
  const button = await browser.find(`button.finding[data-place="${target.location.sheet}!${target.location.cell}"][data-code="${target.code}"]`);
  await button.click();
  await browser.waitFor('the highlighted cell', 'return document.querySelector("td.target")?.dataset.cell === arguments[0]', [target.location.cell]);
  assert(await browser.run('return document.querySelector("td.target").getAttribute("aria-current")') === 'location', 'the highlighted cell is marked as the current location');
  assert(await browser.run('return document.activeElement === document.querySelector("td.target")'), 'the highlighted cell has the keyboard focus');
  assert(await browser.run('return document.querySelector(".sheet-tab[aria-pressed=true]").dataset.sheet') === target.location.sheet, 'the finding\'s sheet is shown');
  const hiddenTabs = await browser.run('return [...document.querySelectorAll(".sheet-tab.hidden-sheet")].map((tab) => tab.textContent)');
  assert(hiddenTabs.length === 1 && /masquée/.test(hiddenTabs[0]), `the toolkit's hidden sheet is labelled hidden (${hiddenTabs})`);
  const callout = await browser.run('return document.querySelector("#callout .callout-message").textContent');
  assert(expectedFr.some((d) => d.message === callout && d.location?.cell === target.location.cell), `the message is beside the cell (${callout})`);
  const flagged = await browser.run(`return [...document.querySelectorAll('td.flag')].map((td) => [td.dataset.cell, td.className])`);
  const onSheet = expectedFr.filter((d) => d.location?.sheet === target.location.sheet);
  for (const [cell, classes] of flagged) {
    const worst = ['error', 'warning', 'info'].find((severity) => onSheet.some((d) => d.location.cell === cell && d.severity === severity));
    assert(worst && classes.includes(`sev-${worst}`), `flagged cell ${cell} is coloured by its worst severity (${classes})`);
  }
  assert(flagged.some(([cell]) => cell === target.location.cell), 'the chosen cell is among the flagged cells');

  // Arrow keys move between cells, as in a spreadsheet.
  const columnOf = (name) => name.replace(/[0-9]/g, '');
  const rowOf = (name) => name.replace(/[A-Z]/g, '');
  const key = columnOf(target.location.cell) === 'A' ? KEYS.ArrowRight : KEYS.ArrowLeft;
  await (await browser.activeElement()).type(key);
  const moved = await browser.run('return document.activeElement.dataset.cell');
  assert(moved && rowOf(moved) === rowOf(target.location.cell) && columnOf(moved) !== columnOf(target.location.cell),
    `an arrow key moves to the next cell on the row (${moved}, from ${target.location.cell})`);

  // English: the whole page and the findings.
  await (await browser.find('#lang option[value="en"]')).click();
  await browser.waitFor('English', "return document.documentElement.lang === 'en'");
  const expectedEn = expected(WORKBOOK, 'en');
  const shownEn = await pageFindings(browser);
  assert(isDeepStrictEqual(sortedFindings(shownEn), sortedFindings(expectedEn.files[0].diagnostics.map((d) => ({ code: d.code, place: placeOf('en', d.location), message: d.message })))),
    'after switching to English the findings are the command line\'s English ones');
  assert(await browser.run('return document.getElementById("findings-title").textContent') === 'Findings', 'the page\'s own words are English');

  if (screenshot) {
    // The picture shows a finding on the sheet with the most findings: a table, not a title page.
    const bySheet = new Map();
    for (const d of expectedFr) if (d.location?.sheet !== undefined) bySheet.set(d.location.sheet, (bySheet.get(d.location.sheet) ?? 0) + 1);
    const busiest = [...bySheet].sort((a, b) => b[1] - a[1])[0][0];
    const shown = expectedFr.find((d) => d.location?.sheet === busiest && d.severity === 'error') ?? expectedFr.find((d) => d.location?.sheet === busiest);
    await (await browser.find(`button.finding[data-place="${shown.location.sheet}!${shown.location.cell}"][data-code="${shown.code}"]`)).click();
    await browser.waitFor('the highlighted cell', 'return document.querySelector("td.target")');
    await browser.command('POST', '/window/rect', { width: 1366, height: 1250 });
    await browser.run('window.scrollTo(0, document.getElementById("report-list").getBoundingClientRect().top + window.scrollY - 8)');
    writeFileSync(resolve(screenshot), await browser.screenshot());
    await browser.command('POST', '/window/rect', { width: 1366, height: 900 });
  }

  // Downloads: the diagnostics and the canonical JSON are the command line's.
  await (await browser.find('button[data-download="diagnostics-json"]')).click();
  const downloaded = JSON.parse(await waitForFile(downloads, `${basename(WORKBOOK, '.xlsx')}.findings.json`));
  assert(isDeepStrictEqual(downloaded.tool, expectedEn.tool), 'the downloaded diagnostics come from the same att');
  assert(isDeepStrictEqual({ ...downloaded.files[0], path: null }, { ...expectedEn.files[0], path: null }), 'the downloaded diagnostics JSON is the command line\'s, but for the path');
  await (await browser.find('button[data-download="json"]')).click();
  const canonical = await waitForFile(downloads, `${basename(WORKBOOK, '.xlsx')}.att.json`);
  assert(canonical.equals(cli(['convert', '--to', 'json', WORKBOOK])), 'the downloaded canonical JSON is the command line\'s, byte for byte');
  // The HTML report and the annotated workbook: the command line's, byte for byte (the page
  // names a report by its file's name, as the command line does run beside it).
  await (await browser.find('button[data-download="html"]')).click();
  const htmlReport = await waitForFile(downloads, `${basename(WORKBOOK, '.xlsx')}.report.html`);
  assert(htmlReport.equals(cli(['validate', '--format', 'html', '--lang', 'en', basename(WORKBOOK)], dirname(WORKBOOK))),
    'the downloaded HTML report is the command line\'s, byte for byte');
  await (await browser.find('button[data-download="annotated"]')).click();
  const annotated = await waitForFile(downloads, `${basename(WORKBOOK, '.xlsx')}.annotated.xlsx`);
  const annotatedByCli = join(mkdtempSync(join(tmpdir(), 'att-annotated-')), 'annotated.xlsx');
  cli(['annotate', WORKBOOK, '-o', annotatedByCli, '--lang', 'en']);
  assert(annotated.equals(readFileSync(annotatedByCli)), 'the downloaded annotated workbook is the command line\'s, byte for byte');
  rmSync(dirname(annotatedByCli), { recursive: true, force: true });

  // The XML report: a finding at a line shows that line.
  await openReport(browser, XML);
  const xmlExpected = expected(XML, 'en').files[0].diagnostics;
  const atLine = xmlExpected.find((d) => d.location && d.location.line !== undefined);
  await (await browser.find(`button.finding[data-place="${placeOf('en', atLine.location)}"][data-code="${atLine.code}"]`)).click();
  await browser.waitFor('the highlighted line', 'return document.querySelector("ol.source li.target")');
  const line = await browser.run('const li = document.querySelector("ol.source li.target"); return Number(li.parentElement.start) + [...li.parentElement.children].indexOf(li)');
  assert(line === atLine.location.line, `the XML finding's line is highlighted (${line}, expected ${atLine.location.line})`);

  // att fails on the damaged file; the page says so and the other reports are still there.
  await openReport(browser, CRASHING);
  const failure = await browser.run('return document.querySelector(".failure-text")?.textContent');
  assert(/att failed on this file/.test(failure || ''), `the file att fails on is reported (${failure})`);
  // In French, the failure is said in French, with the same cause.
  await (await browser.find('#lang option[value="fr"]')).click();
  await browser.waitFor('French', "return document.documentElement.lang === 'fr'");
  await openReport(browser, CRASHING);
  const failureFr = await browser.run('return document.querySelector(".failure-text")?.textContent');
  const cause = /\(an internal error: (.*)\); please report it/.exec(failure)?.[1];
  assert(/^att a échoué sur ce fichier/.test(failureFr || '') && cause !== undefined && failureFr.includes(cause),
    `the failure of att is said in French, with its cause (${failureFr})`);
  await (await browser.find('#lang option[value="en"]')).click();
  await browser.waitFor('English', "return document.documentElement.lang === 'en'");
  await openReport(browser, WORKBOOK);
  assert((await pageFindings(browser)).length === expectedEn.files[0].diagnostics.length, 'after att failed on one file, the other reports are still checked');

  // Nothing left the page: the document itself and the downloads made in it, nothing else.
  const events = (await browser.log('performance')).map((entry) => JSON.parse(entry.message).message);
  const requests = events.filter((event) => event.method === 'Network.requestWillBeSent').map((event) => event.params.request.url);
  const outside = requests.filter((url) => url !== pageUrl && !url.startsWith('blob:') && url !== 'about:blank');
  assert(outside.length === 0, `no request leaves the page (saw ${outside.join(', ')})`);
  assert(requests.includes(pageUrl), 'the network log is recorded (it holds the page itself)');
  assert(await browser.run("return performance.getEntriesByType('resource').length") === 0, 'the page loaded no resource');
  const errors = (await browser.log('browser')).filter((entry) => entry.level === 'SEVERE');
  assert(errors.length === 0, `no error in the browser's console (${errors.map((e) => e.message).join('; ')})`);

  // From a static host: the same page over HTTP starts, checks a report, and asks for nothing
  // but itself.
  const server = createServer((request, response) => {
    if (request.url !== '/att-page.html') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(readFileSync(pagePath));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const hostedUrl = `http://127.0.0.1:${server.address().port}/att-page.html`;
  try {
    await browser.open('about:blank');
    await browser.log('performance');
    await browser.open(hostedUrl);
    await browser.waitFor('the engine over HTTP', "return document.body.dataset.state === 'ready'");
    await (await browser.find('#files')).type(XML);
    await browser.waitFor('the XML report over HTTP', "return document.querySelectorAll('button.finding').length > 0 && document.body.dataset.state === 'ready'");
    assert((await pageFindings(browser)).length === xmlExpected.length, 'the page served over HTTP shows the findings');
    const hostedRequests = (await browser.log('performance')).map((entry) => JSON.parse(entry.message).message)
      .filter((event) => event.method === 'Network.requestWillBeSent').map((event) => event.params.request.url);
    assert(hostedRequests.every((url) => url === hostedUrl || url === 'about:blank') && hostedRequests.includes(hostedUrl),
      `served over HTTP, the page asks for nothing but itself (${hostedRequests.join(', ')})`);
  } finally {
    server.close();
  }
  console.log(`browser: ${steps} checks passed in headless Chromium (${pageUrl}, ${hostedUrl})`);
} catch (error) {
  try {
    writeFileSync(join(tmpdir(), 'att-browser-failure.png'), await browser.screenshot());
    console.error(`browser: a screenshot of the failure is in ${join(tmpdir(), 'att-browser-failure.png')}`);
    const logs = await browser.log('browser');
    if (logs.length) console.error(logs.map((entry) => `${entry.level} ${entry.message}`).join('\n'));
  } catch {
    // the browser is gone
  }
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await browser.quit();
  rmSync(downloads, { recursive: true, force: true });
}
