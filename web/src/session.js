// The page's link to the WebAssembly engine: starts it from the bytes inlined in the page,
// keeps every report's bytes, and survives a failure of att on one file. A panic in
// WebAssembly ends the instance; the session then starts a fresh one, keeps the failure's
// cause for that file (the engine says it in the language each result is asked in), and
// checks the other reports again when they are next asked for. Every call that can fail takes
// the page's language, in which the engine says why.

import { decodeText } from './viewer.js';

/** The gzip-compressed WebAssembly module inlined in the page, as bytes. */
export async function inlinedModule(doc) {
  const holder = doc.getElementById('att-wasm');
  if (!holder) throw new Error('the page holds no WebAssembly module');
  const binary = atob(holder.textContent.trim());
  const compressed = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) compressed[i] = binary.charCodeAt(i);
  const stream = new Blob([compressed]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Whether `error` ended the instance: a trap, or the exception of a panic. */
function isFatal(error, glue) {
  if (error instanceof WebAssembly.RuntimeError || error instanceof RangeError) return true;
  return error instanceof Error && glue.is_internal_failure(error.message);
}

/** A report of the session: what the page keeps to show it in any language. */
class Entry {
  constructor(key, name, bytes) {
    this.key = key;
    this.name = name;
    this.bytes = bytes;
    this.id = null;
    this.generation = -1;
  }
}

/** The reports checked in this page and the engine that checks them. */
export class Session {
  /** `glue` is the wasm-bindgen module, already initialised. */
  constructor(glue) {
    this.glue = glue;
    this.settings = null;
    this.generation = 0;
    this.entries = new Map();
    this.nextKey = 1;
    this.engine = this.newEngine();
  }

  newEngine() {
    if (!this.settings) return new this.glue.Engine();
    // The settings were read once already: they cannot fail now, in any language.
    return this.glue.Engine.with_settings(this.settings.text, this.settings.name, 'en');
  }

  /** Applies the settings of an `att.toml` file to the reports checked from now on; why not, in `lang`. */
  configure(name, text, lang) {
    const engine = this.glue.Engine.with_settings(text, name, lang);
    this.settings = { name, text };
    this.replaceEngine(engine);
    for (const entry of this.entries.values()) entry.generation = -1;
  }

  replaceEngine(engine) {
    try {
      this.engine.free();
    } catch {
      // An engine of an instance that ended cannot be freed, and need not be.
    }
    this.engine = engine;
    this.generation += 1;
  }

  /** Starts a fresh instance after att failed; every report will be checked again. */
  restart() {
    this.glue.__wbg_reset_state();
    this.generation += 1;
    this.engine = this.newEngine();
  }

  /** Checks a report; returns its key. */
  add(name, bytes) {
    const entry = new Entry(this.nextKey++, name, bytes);
    this.entries.set(entry.key, entry);
    this.ensure(entry);
    return entry.key;
  }

  /** Forgets a report. */
  remove(key) {
    const entry = this.entries.get(key);
    if (!entry) return;
    if (entry.generation === this.generation) this.engine.remove(entry.id);
    this.entries.delete(key);
  }

  keys() {
    return [...this.entries.keys()];
  }

  name(key) {
    return this.entry(key).name;
  }

  entry(key) {
    const entry = this.entries.get(key);
    if (!entry) throw new Error(`no report ${key}`);
    return entry;
  }

  /** The engine's number for the report, checking it (again) when this instance lacks it. */
  ensure(entry) {
    if (entry.generation === this.generation) return entry.id;
    if (entry.crashed) {
      entry.id = this.engine.record_failure(entry.name, entry.cause);
    } else {
      try {
        entry.id = this.engine.check(entry.bytes, entry.name);
      } catch (error) {
        this.restart();
        entry.cause = this.failureCause(error);
        entry.crashed = true;
        entry.id = this.engine.record_failure(entry.name, entry.cause);
      }
    }
    entry.generation = this.generation;
    return entry.id;
  }

  /** The cause of att's failure on a file: a panic's message, or a trap's. */
  failureCause(error) {
    return this.glue.failure_cause(error instanceof Error ? error.message : String(error));
  }

  /**
   * Calls `work(engine, id)` for the report, restarting once if att fails on the way; the
   * failure is said in `lang`, as the command line words it.
   */
  with(key, lang, work) {
    const entry = this.entry(key);
    const id = this.ensure(entry);
    try {
      return work(this.engine, id);
    } catch (error) {
      if (!isFatal(error, this.glue)) throw error;
      this.restart();
      throw new Error(this.glue.internal_failure(this.failureCause(error), lang));
    }
  }

  /** Whether att itself failed on the report (and the session restarted). */
  crashed(key) {
    return Boolean(this.entry(key).crashed);
  }

  /** What the page shows of the report, in `lang`. */
  result(key, lang) {
    return JSON.parse(this.with(key, lang, (engine, id) => engine.result(id, lang)));
  }

  sheet(key, sheet, window, lang) {
    return JSON.parse(this.with(key, lang, (engine, id) => engine.sheet(id, sheet, window.firstRow, window.rows, window.firstColumn, window.columns, lang)));
  }

  canonicalJson(key, lang) {
    return this.with(key, lang, (engine, id) => engine.canonical_json(id, lang));
  }

  xml(key, lang) {
    return this.with(key, lang, (engine, id) => engine.xml(id, lang));
  }

  template(key, lang) {
    return this.with(key, lang, (engine, id) => engine.template(id, lang));
  }

  /** The diagnostics report of the reports `keys`, in that order. */
  diagnosticsJson(keys, lang) {
    return this.engine.diagnostics_json(this.ids(keys), lang);
  }

  diagnosticsCsv(keys, lang) {
    return this.engine.diagnostics_csv(this.ids(keys), lang);
  }

  /** The engine's numbers of the reports `keys`, all of the same instance. */
  ids(keys) {
    for (;;) {
      const generation = this.generation;
      const ids = keys.map((key) => this.ensure(this.entry(key)));
      // A report that makes att fail on checking it again restarts the instance: ask again
      // (it is a kept failure from then on, so this ends).
      if (generation === this.generation) return Uint32Array.from(ids);
    }
  }

  /** The HTML report of the reports `keys` (`att validate --format html`). */
  htmlReport(keys, lang) {
    return this.engine.html_report(this.ids(keys), lang);
  }

  /** The annotated workbook (`att annotate`): its bytes and the extension its type needs. */
  annotated(key, lang) {
    return this.with(key, lang, (engine, id) => {
      const made = engine.annotate(id, lang);
      try {
        return { bytes: made.bytes, extension: made.extension };
      } finally {
        made.free();
      }
    });
  }

  /** The lines of a text report (XML, JSON), decoded once. */
  lines(key) {
    const entry = this.entry(key);
    if (!entry.lines) entry.lines = decodeText(entry.bytes);
    return entry.lines;
  }

  rules(lang) {
    return JSON.parse(this.engine.rules(lang));
  }

  blankTemplate(lang) {
    return this.glue.blank_template(lang);
  }

  version() {
    return this.glue.version();
  }
}
