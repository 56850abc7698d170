// The page's benchmark (not a test): its size, the time from opening it to a ready engine, the
// time to the first result for a 1,000-entry workbook in headless Chromium, and the same check
// with the command line, in one run; then the HTML report and the annotated workbook, made in
// the page (from the click to the saved file) and by the command line; medians of several runs.
//
//   cargo run --release -p att-bench -- --write-samples target/samples
//   cargo build --release -p att && web/build.sh
//   node web/bench.mjs --att target/release/att --samples target/samples [--runs 7]
//
// The 1,000-entry workbook is the standard template filled with the first 1,000 entries of the
// benchmark's 10,000-entry report (`att convert --to xlsx`), as an official would send it; the
// benchmark's own 10,000-entry workbook is measured too, for scale.

import { existsSync, readFileSync, readdirSync, writeFileSync, statSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve, dirname, basename } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Browser } from './tests/webdriver.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
function argument(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : process.argv[index + 1];
}
const att = resolve(argument('att', join(ROOT, 'target/release/att')));
const samples = resolve(argument('samples', join(ROOT, 'target/samples')));
const page = resolve(argument('page', join(ROOT, 'target/att-page.html')));
const runs = Number(argument('runs', '7'));

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function attRun(args) {
  const result = spawnSync(att, args, { env: { ...process.env, ATT_LANG: 'en' }, maxBuffer: 1 << 30 });
  if (result.status === 2) throw new Error(`att ${args.join(' ')}: ${result.stderr}`);
  return result;
}

/** The standard template filled with the first `size` entries of the 10,000-entry report. */
function templateWorkbook(size) {
  const path = join(samples, `template-${size}.xlsx`);
  if (existsSync(path)) return path;
  const report = JSON.parse(readFileSync(join(samples, 'report-10000.json'), 'utf8'));
  const total = report.exports.entries.length + report.imports.entries.length;
  const exports = Math.round((size * report.exports.entries.length) / total);
  report.exports.entries = report.exports.entries.slice(0, exports);
  report.imports.entries = report.imports.entries.slice(0, size - exports);
  const json = join(samples, `template-${size}.json`);
  writeFileSync(json, JSON.stringify(report));
  attRun(['convert', '--to', 'xlsx', json, '-o', path]);
  return path;
}

/** The time from clicking a download button to its whole file in `downloads`. */
async function downloadTime(browser, button, path) {
  rmSync(path, { force: true });
  const started = Date.now();
  await (await browser.find(`button[data-download="${button}"]`)).click();
  for (;;) {
    if (existsSync(path) && !readdirSync(downloads).some((entry) => entry.endsWith('.crdownload'))) return Date.now() - started;
    if (Date.now() - started > 120_000) throw new Error(`no download ${path}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function pageTimes(browser, file) {
  const startup = [];
  const firstResult = [];
  const html = [];
  const annotated = [];
  const base = basename(file).replace(/\.[^.]*$/, '');
  for (let run = 0; run < runs; run++) {
    await browser.open('about:blank');
    await browser.open(pathToFileURL(page).href);
    await browser.waitFor('the engine', "return document.body.dataset.state === 'ready'", [], 60_000);
    startup.push(await browser.run("return performance.getEntriesByName('att-ready')[0].startTime"));
    await (await browser.find('#files')).type(file);
    await browser.waitFor('the result', "return performance.getEntriesByName('att-time-to-first-result').length > 0 && document.body.dataset.state === 'ready'", [], 120_000);
    firstResult.push(await browser.run("return performance.getEntriesByName('att-time-to-first-result')[0].duration"));
    html.push(await downloadTime(browser, 'html', join(downloads, `${base}.report.html`)));
    annotated.push(await downloadTime(browser, 'annotated', join(downloads, `${base}.annotated.xlsx`)));
  }
  return { startup: median(startup), firstResult: median(firstResult), html: median(html), annotated: median(annotated) };
}

function cliTime(args) {
  const times = [];
  for (let run = 0; run < runs; run++) {
    const started = process.hrtime.bigint();
    attRun(args);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return median(times);
}

if (!existsSync(join(samples, 'report-10000.json'))) {
  console.error(`bench: no samples in ${samples}; write them with: cargo run --release -p att-bench -- --write-samples ${samples}`);
  process.exit(2);
}
const workbooks = [
  { label: '1,000 entries, standard template', path: templateWorkbook(1000) },
  { label: '10,000 entries, benchmark layout', path: join(samples, 'report-10000.xlsx') },
];
const downloads = mkdtempSync(join(tmpdir(), 'att-bench-'));
const browser = await Browser.start({ downloads });
const rows = [];
try {
  for (const workbook of workbooks) {
    const entries = JSON.parse(attRun(['convert', '--to', 'json', workbook.path]).stdout);
    const count = entries.exports.entries.length + entries.imports.entries.length;
    const inPage = await pageTimes(browser, workbook.path);
    const copy = join(downloads, 'cli.annotated.xlsx');
    rows.push({
      ...workbook, entries: count, kb: statSync(workbook.path).size / 1024,
      page_startup_ms: inPage.startup, page_first_result_ms: inPage.firstResult,
      page_html_ms: inPage.html, page_annotated_ms: inPage.annotated,
      cli_ms: cliTime(['validate', '--format', 'json', workbook.path]),
      cli_html_ms: cliTime(['validate', '--format', 'html', '-o', join(downloads, 'cli.html'), workbook.path]),
      cli_annotate_ms: cliTime(['annotate', workbook.path, '-o', copy]),
    });
  }
} finally {
  await browser.quit();
  rmSync(downloads, { recursive: true, force: true });
}
const pageMb = statSync(page).size / 1024 / 1024;
console.log(`page: ${page} — ${pageMb.toFixed(2)} MB; ${runs} runs, medians; Chromium ${spawnSync('/usr/bin/chromium', ['--version']).stdout.toString().trim()}`);
console.log('| workbook | entries | KB | page: open → engine ready ms | page: file → first result ms | att validate (CLI, whole process) ms |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const row of rows) {
  console.log(`| ${row.label} | ${row.entries} | ${row.kb.toFixed(0)} | ${row.page_startup_ms.toFixed(0)} | ${row.page_first_result_ms.toFixed(0)} | ${row.cli_ms.toFixed(0)} |`);
}
console.log('| workbook | page: click → HTML report saved ms | att validate --format html ms | page: click → annotated workbook saved ms | att annotate ms |');
console.log('|---|---:|---:|---:|---:|');
for (const row of rows) {
  console.log(`| ${row.label} | ${row.page_html_ms.toFixed(0)} | ${row.cli_html_ms.toFixed(0)} | ${row.page_annotated_ms.toFixed(0)} | ${row.cli_annotate_ms.toFixed(0)} |`);
}
console.log(JSON.stringify({ page_mb: pageMb, runs, workbooks: rows.map(({ path, ...row }) => row) }));
