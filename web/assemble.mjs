// Assembles the offline page: one HTML file holding its styles, its script (the page's modules
// and the wasm-bindgen glue, bundled) and the WebAssembly module (gzip, base64), with a
// Content-Security-Policy that allows exactly that inline script and style and nothing else.
//
//   node web/assemble.mjs --glue target/att-wasm --out target/att-page.html
//
// The bundler knows only the module forms the page's sources use (named imports, namespace
// imports, `export` before a declaration, export lists) and refuses anything else, so that a
// new form cannot slip through unbundled.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve, relative } from 'node:path';
import { createHash } from 'node:crypto';
import { gzipSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const WEB = dirname(fileURLToPath(import.meta.url));

function argument(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  if (index === -1) {
    if (fallback === undefined) throw new Error(`assemble.mjs: --${name} is required`);
    return fallback;
  }
  return process.argv[index + 1];
}

const IMPORT = /^import\s+(?:\*\s+as\s+(\w+)|\{([^}]*)\})\s+from\s+['"]([^'"]+)['"];?[ \t]*$/gm;
const EXPORT_DECLARATION = /^export\s+((?:async\s+)?function\*?|class|const|let)\s+([\w$]+)/gm;
const EXPORT_LIST = /^export\s*\{([^}]*)\};?[ \t]*$/gm;

/** Splits `a, b as c` into [local, exported] pairs. */
function specifiers(list) {
  return list.split(',').map((part) => part.trim()).filter(Boolean).map((part) => {
    const [local, exported] = part.split(/\s+as\s+/);
    return [local.trim(), (exported ?? local).trim()];
  });
}

/** Reads a module and the modules it imports, dependencies first. */
function collect(path, resolveBare, modules = new Map(), trail = []) {
  if (modules.has(path)) return modules;
  if (trail.includes(path)) throw new Error(`import cycle: ${[...trail, path].join(' → ')}`);
  const source = readFileSync(path, 'utf8');
  const imports = [];
  let body = source.replace(IMPORT, (whole, namespace, names, specifier) => {
    const target = specifier.startsWith('.') ? resolve(dirname(path), specifier) : resolveBare(specifier);
    imports.push({ target, namespace, names: names ? specifiers(names) : null });
    return '';
  });
  if (/^\s*import[\s{*]/m.test(body) || /\bimport\s*\(/.test(body)) {
    throw new Error(`${path}: an import form the bundler does not know`);
  }
  const exported = [];
  body = body.replace(EXPORT_DECLARATION, (whole, kind, name) => {
    exported.push([name, name]);
    return `${kind} ${name}`;
  });
  body = body.replace(EXPORT_LIST, (whole, list) => {
    exported.push(...specifiers(list));
    return '';
  });
  if (/^\s*export\b/m.test(body)) throw new Error(`${path}: an export form the bundler does not know`);
  for (const dependency of imports) collect(dependency.target, resolveBare, modules, [...trail, path]);
  modules.set(path, { imports, exported, body });
  return modules;
}

/** One script: every module as a function scope, in dependency order. */
function bundle(entry, resolveBare) {
  const modules = collect(entry, resolveBare);
  const names = new Map([...modules.keys()].map((path, index) => [path, `__module${index}`]));
  const parts = [];
  for (const [path, module] of modules) {
    const bindings = module.imports.map(({ target, namespace, names: imported }) => {
      const source = names.get(target);
      if (namespace) return `const ${namespace} = ${source};`;
      for (const [name] of imported) {
        if (!modules.get(target).exported.some(([, exportedName]) => exportedName === name)) {
          throw new Error(`${path}: ${relative(WEB, target)} does not export ${name}`);
        }
      }
      return `const { ${imported.map(([name, local]) => (name === local ? name : `${name}: ${local}`)).join(', ')} } = ${source};`;
    });
    const exports = module.exported.map(([local, exported]) => `${JSON.stringify(exported)}: ${local}`).join(', ');
    parts.push(`// ${relative(resolve(WEB, '..'), path)}\nconst ${names.get(path)} = (() => {\n${bindings.join('\n')}\n${module.body}\nreturn Object.freeze({ ${exports} });\n})();\n`);
  }
  return parts.join('\n');
}

function sha256(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

function fill(template, values) {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name) => {
    if (!(name in values)) throw new Error(`index.html: no value for {{${name}}}`);
    return values[name];
  });
}

const glue = resolve(argument('glue'));
const out = resolve(argument('out'));
const version = argument('version', '0.0.0');

const script = bundle(resolve(WEB, 'src/main.js'), (specifier) => {
  if (specifier === 'att-wasm') return resolve(glue, 'att_wasm.js');
  throw new Error(`unknown module ${specifier}`);
});
const style = readFileSync(resolve(WEB, 'src/style.css'), 'utf8');
for (const [name, text, closing] of [['script', script, '</script'], ['style', style, '</style']]) {
  if (text.toLowerCase().includes(closing)) throw new Error(`the page's ${name} holds ${closing}, which would end it early`);
}
const wasm = readFileSync(resolve(glue, 'att_wasm_bg.wasm'));
const packed = gzipSync(wasm, { level: constants.Z_BEST_COMPRESSION }).toString('base64');

const policy = [
  "default-src 'none'",
  `script-src ${sha256(script)} 'wasm-unsafe-eval'`,
  `style-src ${sha256(style)}`,
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join('; ');

const page = fill(readFileSync(resolve(WEB, 'index.html'), 'utf8'), {
  CSP: policy,
  STYLE: style,
  SCRIPT: script,
  WASM: packed,
  VERSION: version,
});
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, page);
const size = Buffer.byteLength(page);
console.log(`${relative(process.cwd(), out)}: ${(size / 1024 / 1024).toFixed(2)} MB (WebAssembly ${(wasm.length / 1024 / 1024).toFixed(2)} MB, ${(packed.length / 1024 / 1024).toFixed(2)} MB packed)`);
