// The WebAssembly engine gives the command line's results on every fixture: the diagnostics
// report in English, French and Spanish (diagnostic for diagnostic, field for field, why a
// file cannot be read included), the canonical JSON, the XML, the pre-filled and blank
// templates, the HTML report in each language and the annotated workbook (byte for byte) and
// the rule catalogue. Every sheet a finding points at can be shown.
//
//   node web/tests/compare-cli.mjs --att target/debug/att [--glue target/att-wasm]
//
// One difference is expected and checked: where a third-party parser panics on a damaged
// file, the command line's workbook reader catches the panic ("the workbook is damaged
// (cause)…", in each language), while in WebAssembly a panic ends the instance and the page
// reports att's internal failure with the same cause. Everything else must be equal.

import { readFileSync, readdirSync, statSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const REPORT_EXTENSIONS = /\.(xlsx|xlsm|xls|ods|xml|json)$/i;
const WORKBOOK_EXTENSIONS = /\.(xlsx|xlsm|xls|ods)$/i;
const LANGS = ['en', 'fr', 'es'];

function argument(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : process.argv[index + 1];
}

const att = resolve(argument('att', join(ROOT, 'target/debug/att')));
const glueDir = resolve(argument('glue', join(ROOT, 'target/att-wasm')));
const work = mkdtempSync(join(tmpdir(), 'att-compare-'));

/** Runs the command line in an empty folder (no att.toml), English unless told. */
function run(args, env = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(att, args, { cwd: work, env: { ...process.env, ATT_LANG: 'en', LANG: 'C', ...env } });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString() }));
  });
}

/** Runs `jobs` (functions returning promises) two at a time, as many as the machine's cores. */
async function pool(jobs, width = 2) {
  const results = new Array(jobs.length);
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < jobs.length) {
      const index = next++;
      results[index] = await jobs[index]();
    }
  }));
  return results;
}

function fixtures(folder) {
  return readdirSync(folder).sort().flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return fixtures(path);
    return REPORT_EXTENSIONS.test(name) ? [path] : [];
  });
}

const failures = [];
function check(condition, what) {
  if (!condition) failures.push(what);
  return condition;
}

/** Where two JSON values first differ, for the failure message. */
function firstDifference(a, b, path = '') {
  if (isDeepStrictEqual(a, b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = firstDifference(a[key], b[key], `${path}/${key}`);
      if (found) return found;
    }
  }
  return `${path || '/'}: command line ${JSON.stringify(a)?.slice(0, 300)} vs page ${JSON.stringify(b)?.slice(0, 300)}`;
}

const glue = await import(join(glueDir, 'att_wasm.js'));
glue.initSync({ module: readFileSync(join(glueDir, 'att_wasm_bg.wasm')) });

const files = fixtures(join(ROOT, 'fixtures'));
console.log(`compare-cli: ${files.length} fixture reports`);

// The page's engine, one instance; a panic restarts it.
let engine = new glue.Engine();
const checked = new Map();
for (const file of files) {
  const bytes = readFileSync(resolve(work, file));
  try {
    checked.set(file, { id: engine.check(bytes, file) });
  } catch (error) {
    glue.__wbg_reset_state();
    engine = new glue.Engine();
    check(glue.is_internal_failure(error.message), `${file}: the engine threw something other than an internal failure: ${error.message}`);
    checked.set(file, { crashed: error.message });
    // The engines of later files are in the new instance; earlier numbers died with the old.
    for (const [other, entry] of checked) {
      if (other !== file && entry.id !== undefined) entry.id = engine.check(readFileSync(resolve(work, other)), other);
    }
  }
}

// Diagnostics, in each language, against one `att validate` run over every file, each report
// checked on its own as the page checks it (`--no-corpus`: the fixtures are no corpus).
let compared = 0;
let failuresCompared = 0;
let crashes = 0;
for (const lang of LANGS) {
  const cli = await run(['validate', '--no-corpus', '--format', 'json', '--lang', lang, ...files]);
  check(cli.code === 0 || cli.code === 1 || cli.code === 2, `att validate exited ${cli.code}: ${cli.stderr}`);
  const report = JSON.parse(cli.stdout.toString());
  check(report.files.length === files.length, `att validate reported ${report.files.length} files for ${files.length}`);
  report.files.forEach((expected, index) => {
    const file = files[index];
    const entry = checked.get(file);
    if (entry.crashed) {
      crashes += lang === 'en' ? 1 : 0;
      const cause = glue.failure_cause(entry.crashed);
      check(expected.failure !== undefined && cause !== '' && expected.failure.includes(cause),
        `${file} (${lang}): att failed in the page (${entry.crashed}) but the command line says ${JSON.stringify(expected.failure)}`);
      return;
    }
    const page = JSON.parse(engine.diagnostics_json(Uint32Array.of(entry.id), lang));
    check(isDeepStrictEqual(page.tool, report.tool), `${file}: tool ${JSON.stringify(page.tool)} vs ${JSON.stringify(report.tool)}`);
    // Why a file cannot be read is said by the same code on both sides, in every language.
    const difference = firstDifference(expected, page.files[0]);
    if (check(difference === null, `${file} (${lang}): ${difference}`)) compared += 1;
    if (expected.failure !== undefined) failuresCompared += 1;
    if (lang === 'en') {
      const result = JSON.parse(engine.result(entry.id, lang));
      check(isDeepStrictEqual(result.file, page.files[0]), `${file}: the page's result holds other diagnostics than its download`);
      for (const diagnostic of result.file.diagnostics) {
        const location = diagnostic.location;
        if (!location || location.sheet === undefined) continue;
        if (!check(result.sheets.includes(location.sheet), `${file}: ${diagnostic.code} points at sheet ${location.sheet}, not among ${result.sheets}`)) continue;
        try {
          const shown = JSON.parse(engine.sheet(entry.id, location.sheet, 0, 1, 0, 1, lang));
          check(shown.sheet === location.sheet, `${file}: the grid of ${location.sheet} is of ${shown.sheet}`);
        } catch (error) {
          check(false, `${file}: the sheet ${location.sheet} cannot be shown: ${error.message}`);
        }
      }
    }
  });
}

// Canonical JSON, XML and the pre-filled template: what `att convert` and `att template` write.
const outputs = [
  { name: 'canonical JSON', args: (file) => ['convert', '--to', 'json', file], page: (id) => engine.canonical_json(id, 'en') },
  { name: 'XML', args: (file) => ['convert', '--to', 'xml', file], page: (id) => engine.xml(id, 'en') },
  { name: 'pre-filled template', args: (file, out) => ['template', '--from', file, '-o', out], page: (id) => engine.template(id, 'en'), file: true },
  // The annotated copy of a workbook, named with the extension its type needs, which the page
  // gives (the refusal of text files is the same code, tested in Rust).
  { name: 'annotated workbook', args: (file, out) => ['annotate', file, '-o', out, '--lang', 'en'], page: (id) => engine.annotate(id, 'en'), file: true, annotated: true, only: WORKBOOK_EXTENSIONS },
];
let identicalOutputs = 0;
const jobs = [];
for (const file of files) {
  const entry = checked.get(file);
  if (entry.crashed) continue;
  outputs.filter((output) => !output.only || output.only.test(file)).forEach((output) => {
    const number = jobs.length;
    jobs.push(async () => {
      let page;
      let extension = 'xlsx';
      try {
        const made = output.page(entry.id);
        if (output.annotated) {
          extension = made.extension;
          page = Buffer.from(made.bytes);
          made.free();
        } else {
          page = Buffer.from(made);
        }
      } catch (error) {
        page = error;
      }
      const out = join(work, `output-${number}.${extension}`);
      const cli = await run(output.args(file, out));
      const cliBytes = cli.code === 2 ? null : output.file ? readFileSync(out) : cli.stdout;
      if (cliBytes === null) {
        check(page instanceof Error, `${file}: ${output.name}: the command line refused (${cli.stderr.trim()}) but the page wrote it`);
      } else if (check(!(page instanceof Error), `${file}: ${output.name}: the page refused (${page.message}) but the command line wrote it`)) {
        if (check(page.equals(cliBytes), `${file}: ${output.name} differs from the command line's (${page.length} bytes vs ${cliBytes.length})`)) identicalOutputs += 1;
      }
    });
  });
}
await pool(jobs);

// The HTML report of every file the page read (one page of them all, in each language) is the
// one `att validate --format html` writes of them, byte for byte.
const read = files.filter((file) => !checked.get(file).crashed);
for (const lang of LANGS) {
  const cli = await run(['validate', '--no-corpus', '--format', 'html', '--lang', lang, ...read]);
  const page = Buffer.from(engine.html_report(Uint32Array.from(read.map((file) => checked.get(file).id)), lang));
  if (check(page.equals(cli.stdout), `the HTML report (${lang}) differs from the command line's (${page.length} bytes vs ${cli.stdout.length})`)) identicalOutputs += 1;
}

// The rule catalogue and the blank templates.
for (const lang of LANGS) {
  const cli = JSON.parse((await run(['rules', '--format', 'json', '--lang', lang])).stdout.toString());
  const page = JSON.parse(engine.rules(lang));
  check(firstDifference(cli, page) === null, `rules (${lang}): ${firstDifference(cli, page)}`);
  const out = join(work, `blank-${lang}.xlsx`);
  await run(['template', '--lang', lang, '-o', out]);
  check(Buffer.from(glue.blank_template(lang)).equals(readFileSync(out)), `blank template (${lang}) differs from the command line's`);
}

rmSync(work, { recursive: true, force: true });
console.log(`compare-cli: ${compared} diagnostics reports equal (${files.length} files × ${LANGS.length} languages; ${failuresCompared} of them say why a file cannot be read), ${identicalOutputs} outputs identical, ${crashes} files on which a parser panics (same cause both sides)`);
check(failuresCompared >= LANGS.length, `only ${failuresCompared} failures compared: the fixtures should hold files att cannot read`);
if (failures.length > 0) {
  console.error(`compare-cli: ${failures.length} differences:\n  ${failures.slice(0, 40).join('\n  ')}`);
  process.exit(1);
}
