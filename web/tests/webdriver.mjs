// A small WebDriver client over Node's fetch, for Debian's chromium and chromedriver: enough
// to open the page, upload files, click, read, take screenshots and read Chromium's logs.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** Chromium's flags that work headless on a CI machine, with no traffic of its own. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-dev-shm-usage',
  '--no-default-browser-check',
  '--metrics-recording-only',
  '--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication',
];

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A running chromedriver and one browser session. */
export class Browser {
  static async start({ chromium = '/usr/bin/chromium', chromedriver = '/usr/bin/chromedriver', language = 'en', downloads, width = 1366, height = 900 } = {}) {
    const port = await freePort();
    const driver = spawn(chromedriver, [`--port=${port}`, '--allowed-ips=127.0.0.1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let driverOutput = '';
    driver.stdout.on('data', (chunk) => { driverOutput += chunk; });
    driver.stderr.on('data', (chunk) => { driverOutput += chunk; });
    const base = `http://127.0.0.1:${port}`;
    for (let attempt = 0; ; attempt++) {
      try {
        const status = await (await fetch(`${base}/status`)).json();
        if (status.value?.ready) break;
      } catch {
        // not listening yet
      }
      if (attempt > 100) {
        driver.kill();
        throw new Error(`chromedriver did not start:\n${driverOutput}`);
      }
      await sleep(100);
    }
    const profile = mkdtempSync(join(tmpdir(), 'att-chromium-'));
    const browser = new Browser(base, driver, profile);
    const capabilities = {
      browserName: 'chrome',
      'goog:chromeOptions': {
        binary: chromium,
        args: [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, `--lang=${language}`, `--window-size=${width},${height}`],
        prefs: {
          'intl.accept_languages': language,
          'download.default_directory': downloads,
          'download.prompt_for_download': false,
          'download.directory_upgrade': true,
          'safebrowsing.enabled': false,
        },
      },
      'goog:loggingPrefs': { performance: 'ALL', browser: 'ALL' },
    };
    try {
      const created = await browser.command('POST', '/session', { capabilities: { alwaysMatch: capabilities } }, false);
      browser.session = created.sessionId;
      if (downloads) await browser.cdp('Page.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    } catch (error) {
      await browser.quit();
      throw new Error(`${error.message}\n${driverOutput}`);
    }
    return browser;
  }

  constructor(base, driver, profile) {
    this.base = base;
    this.driver = driver;
    this.profile = profile;
    this.session = null;
  }

  async command(method, path, body, inSession = true) {
    const url = inSession ? `${this.base}/session/${this.session}${path}` : `${this.base}${path}`;
    const response = await fetch(url, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const reply = await response.json();
    if (!response.ok || reply.value?.error) {
      throw new Error(`WebDriver ${method} ${path}: ${reply.value?.error}: ${reply.value?.message}`);
    }
    return reply.value;
  }

  cdp(cmd, params = {}) {
    return this.command('POST', '/goog/cdp/execute', { cmd, params });
  }

  open(url) {
    return this.command('POST', '/url', { url });
  }

  async find(selector) {
    const found = await this.command('POST', '/element', { using: 'css selector', value: selector });
    return new Element(this, found[ELEMENT], selector);
  }

  async findAll(selector) {
    const found = await this.command('POST', '/elements', { using: 'css selector', value: selector });
    return found.map((reference) => new Element(this, reference[ELEMENT], selector));
  }

  /** Runs `script` (a function body) in the page with `args`; returns what it returns. */
  run(script, ...args) {
    return this.command('POST', '/execute/sync', { script, args });
  }

  /** Waits until `script` returns a truthy value; fails with `what` after `timeout` ms. */
  async waitFor(what, script, args = [], timeout = 20_000) {
    const started = Date.now();
    for (;;) {
      const value = await this.run(script, ...args);
      if (value) return value;
      if (Date.now() - started > timeout) throw new Error(`timed out waiting for ${what}`);
      await sleep(50);
    }
  }

  async activeElement() {
    const found = await this.command('GET', '/element/active');
    return new Element(this, found[ELEMENT], ':focus');
  }

  async screenshot() {
    return Buffer.from(await this.command('GET', '/screenshot'), 'base64');
  }

  /** Chromium's log of a kind (`performance`, `browser`) since the last call. */
  log(type) {
    return this.command('POST', '/se/log', { type });
  }

  async quit() {
    try {
      if (this.session) await this.command('DELETE', '');
    } catch {
      // the browser may be gone already
    }
    this.driver.kill();
    rmSync(this.profile, { recursive: true, force: true });
  }
}

/** A reference to an element of the page. */
export class Element {
  constructor(browser, id, selector) {
    this.browser = browser;
    this.id = id;
    this.selector = selector;
  }

  click() {
    return this.browser.command('POST', `/element/${this.id}/click`, {});
  }

  /** Types `text` into the element; for a file input, the paths of the files, one a line. */
  type(text) {
    return this.browser.command('POST', `/element/${this.id}/value`, { text });
  }

  text() {
    return this.browser.command('GET', `/element/${this.id}/text`);
  }

  attribute(name) {
    return this.browser.command('GET', `/element/${this.id}/attribute/${name}`);
  }

  property(name) {
    return this.browser.command('GET', `/element/${this.id}/property/${name}`);
  }

  reference() {
    return { [ELEMENT]: this.id };
  }
}

/** WebDriver's codes of special keys. */
export const KEYS = { ArrowRight: '\uE014', ArrowDown: '\uE015', ArrowLeft: '\uE012', ArrowUp: '\uE013', Tab: '\uE004', Enter: '\uE007' };
