// The page's benchmark (not a test): its size, the time from opening it to a ready engine, the
// time to the first result for a 1,000-entry workbook in headless Chromium, and the same check
// with the command line, in one run; medians of several runs.
//
//   cargo run --release -p att-bench -- --write-samples target/samples
//   cargo build --release -p att && web/build.sh
//   node web/bench.mjs --att target/release/att --samples target/samples [--runs 7]
//
// The 1,000-entry workbook is the standard template filled with the first 1,000 entries of the
// benchmark's 10,000-entry report (`att convert --to xlsx`), as an official would send it; the
// benchmark's own 10,000-entry workbook is measured too, for scale.

import { existsSync, readFileSync, writeFileSync, statSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
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

async function pageTimes(browser, file) {
  const startup = [];
  const firstResult = [];
  for (let run = 0; run < runs; run++) {
    await browser.open('about:blank');
    await browser.open(pathToFileURL(page).href);
    await browser.waitFor('the engine', "return document.body.dataset.state === 'ready'", [], 60_000);
    startup.push(await browser.run("return performance.getEntriesByName('att-ready')[0].startTime"));
    await (await browser.find('#files')).type(file);
    await browser.waitFor('the result', "return performance.getEntriesByName('att-time-to-first-result').length > 0 && document.body.dataset.state === 'ready'", [], 120_000);
    firstResult.push(await browser.run("return performance.getEntriesByName('att-time-to-first-result')[0].duration"));
  }
  return { startup: median(startup), firstResult: median(firstResult) };
}

function cliTime(file) {
  const times = [];
  for (let run = 0; run < runs; run++) {
    const started = process.hrtime.bigint();
    attRun(['validate', '--format', 'json', file]);
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
    rows.push({ ...workbook, entries: count, kb: statSync(workbook.path).size / 1024, page_startup_ms: inPage.startup, page_first_result_ms: inPage.firstResult, cli_ms: cliTime(workbook.path) });
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
console.log(JSON.stringify({ page_mb: pageMb, runs, workbooks: rows.map(({ path, ...row }) => row) }));
