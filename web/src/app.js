// The page: reports in, findings, summaries, the place of each finding, and downloads out.
// Everything happens in this page; nothing is sent anywhere.

import { el, clear, download, baseName } from './dom.js';
import { LANGUAGES, LANGUAGE_NAMES, preferredLanguage, t, formatNumber, formatAmount } from './i18n.js';
import { barChart, stackedBar, topRows } from './charts.js';
import { renderViewer, viewFor, placeText } from './viewer.js';
import { Session } from './session.js';

const SEVERITIES = ['error', 'warning', 'info'];
const FINDINGS_SHOWN = 50;
const PARTNERS_SHOWN = 10;
const CATEGORIES_SHOWN = 14;
const ALL = 'all';

/** The page's state: the language, the session, the report shown and the finding chosen. */
class Page {
  constructor(doc, session) {
    this.doc = doc;
    this.session = session;
    this.lang = preferredLanguage(doc.defaultView.navigator.languages);
    this.selected = null;
    this.finding = null;
    this.view = null;
    this.expanded = new Set();
    this.results = new Map();
    this.rulesCache = new Map();
  }

  $(id) {
    return this.doc.getElementById(id);
  }

  tr(key, values) {
    return t(this.lang, key, values);
  }

  /** The result of a report in the page's language, computed once per language. */
  result(key) {
    const cacheKey = `${key}:${this.lang}`;
    if (!this.results.has(cacheKey)) this.results.set(cacheKey, this.session.result(key, this.lang));
    return this.results.get(cacheKey);
  }

  rules() {
    if (!this.rulesCache.has(this.lang)) {
      this.rulesCache.set(this.lang, new Map(this.session.rules(this.lang).map((rule) => [rule.code, rule])));
    }
    return this.rulesCache.get(this.lang);
  }

  setStatus(text) {
    this.$('status').textContent = text;
  }

  start() {
    const select = this.$('lang');
    clear(select);
    for (const code of LANGUAGES) select.append(el(this.doc, 'option', { value: code, text: LANGUAGE_NAMES[code], lang: code }));
    select.value = this.lang;
    select.addEventListener('change', () => this.setLanguage(select.value));
    this.$('files').addEventListener('change', (event) => this.addFiles([...event.target.files]).then(() => { event.target.value = ''; }));
    this.$('settings').addEventListener('change', (event) => this.applySettings(event.target.files[0]).then(() => { event.target.value = ''; }));
    const zone = this.$('dropzone');
    zone.addEventListener('dragover', (event) => { event.preventDefault(); zone.classList.add('over'); });
    zone.addEventListener('dragleave', () => zone.classList.remove('over'));
    zone.addEventListener('drop', (event) => {
      event.preventDefault();
      zone.classList.remove('over');
      this.addFiles([...event.dataTransfer.files]);
    });
    this.setStatus('');
    this.renderAll();
    this.doc.body.dataset.state = 'ready';
    performance.mark('att-ready');
  }

  setLanguage(lang) {
    this.lang = lang;
    this.renderAll();
  }

  /** Reads and checks files one by one, showing the first result as soon as it is ready. */
  async addFiles(files) {
    if (files.length === 0) return;
    this.doc.body.dataset.state = 'busy';
    performance.mark('att-files-received');
    let first = null;
    for (const file of files) {
      this.setStatus(this.tr('checking', { name: file.name }));
      await nextFrame(this.doc);
      const bytes = new Uint8Array(await file.arrayBuffer());
      const key = this.session.add(file.name, bytes);
      first = first ?? key;
      const counts = this.result(key).file.counts;
      this.setStatus(this.tr('checked', {
        name: file.name,
        errors: this.tr('errors', { n: counts.error }),
        warnings: this.tr('warnings', { n: counts.warning }),
        infos: this.tr('infos', { n: counts.info }),
      }));
      if (key === first) {
        this.select(key);
        performance.mark('att-first-result');
        performance.measure('att-time-to-first-result', 'att-files-received', 'att-first-result');
      } else {
        this.renderReportList();
      }
    }
    if (files.length > 1) this.select(ALL);
    this.doc.body.dataset.state = 'ready';
  }

  async applySettings(file) {
    if (!file) return;
    const text = await file.text();
    try {
      this.session.configure(file.name, text, this.lang);
      this.results.clear();
      this.rulesCache.clear();
      this.setStatus(this.tr('settingsApplied', { name: file.name }));
      this.renderAll();
    } catch (error) {
      this.setStatus(this.tr('settingsFailed', { error: error.message }));
    }
  }

  select(key) {
    this.selected = key;
    this.finding = null;
    this.view = null;
    this.renderAll();
  }

  remove(key) {
    this.session.remove(key);
    for (const cacheKey of [...this.results.keys()]) if (cacheKey.startsWith(`${key}:`)) this.results.delete(cacheKey);
    const keys = this.session.keys();
    this.select(this.selected === key || keys.length < 2 && this.selected === ALL ? keys[0] ?? null : this.selected);
  }

  renderAll() {
    const doc = this.doc;
    doc.documentElement.lang = this.lang;
    doc.title = this.tr('title');
    for (const node of doc.querySelectorAll('[data-t]')) node.textContent = this.tr(node.dataset.t);
    this.$('lang').value = this.lang;
    this.$('report-list').setAttribute('aria-label', this.tr('reports'));
    this.$('version').textContent = this.tr('version', { version: this.session.version() });
    this.renderReportList();
    const panel = this.$('report');
    clear(panel);
    if (this.selected === ALL) this.renderOverview(panel);
    else if (this.selected !== null) this.renderReport(panel, this.selected);
    else panel.append(el(doc, 'p', { class: 'hint', text: this.tr('noReports') }));
  }

  renderReportList() {
    const doc = this.doc;
    const list = clear(this.$('report-list'));
    const keys = this.session.keys();
    if (keys.length === 0) return;
    const items = el(doc, 'ul', { class: 'report-tabs' });
    if (keys.length > 1) {
      items.append(el(doc, 'li', {}, [el(doc, 'button', {
        type: 'button', class: 'report-tab', 'aria-current': this.selected === ALL ? 'page' : undefined,
        text: this.tr('allReports'), onclick: () => this.select(ALL),
      })]));
    }
    for (const key of keys) {
      const result = this.result(key);
      items.append(el(doc, 'li', {}, [
        el(doc, 'button', {
          type: 'button', class: 'report-tab', 'aria-current': this.selected === key ? 'page' : undefined,
          dataset: { report: result.file.path }, onclick: () => this.select(key),
        }, [el(doc, 'span', { class: 'report-name', text: result.file.path }), ' ', this.verdict(result)]),
        el(doc, 'button', {
          type: 'button', class: 'remove', 'aria-label': this.tr('removeReport', { name: result.file.path }),
          title: this.tr('removeReport', { name: result.file.path }), text: '×', onclick: () => this.remove(key),
        }),
      ]));
    }
    list.append(items);
  }

  verdict(result) {
    const doc = this.doc;
    if (result.file.failure) return el(doc, 'span', { class: 'badge sev-error', text: this.tr('unreadable') });
    const counts = result.file.counts;
    return el(doc, 'span', { class: 'counts' }, SEVERITIES.filter((s) => counts[s] > 0).map((severity) =>
      el(doc, 'span', { class: `badge sev-${severity}`, text: this.tr(`${severity === 'info' ? 'infos' : `${severity}s`}`, { n: counts[severity] }) }))
      .concat(counts.error === 0 ? [el(doc, 'span', { class: 'badge ok', text: this.tr('valid') })] : []));
  }

  renderReport(panel, key) {
    const doc = this.doc;
    const result = this.result(key);
    panel.append(el(doc, 'h2', { id: 'report-title', text: result.file.path }));
    if (this.session.crashed(key)) panel.append(el(doc, 'p', { class: 'failure', role: 'alert', text: this.tr('internalError') }));
    if (result.file.failure) {
      panel.append(el(doc, 'div', { class: 'failure', role: 'alert' }, [
        el(doc, 'p', { text: this.tr('failure') }),
        el(doc, 'p', { class: 'failure-text', text: result.file.failure }),
      ]));
      panel.append(this.downloads(key, result));
      return;
    }
    if (result.summary) panel.append(this.summary(result));
    const findings = el(doc, 'section', { class: 'findings', 'aria-labelledby': 'findings-title' });
    const viewer = el(doc, 'section', { class: 'viewer', id: 'viewer', 'aria-labelledby': 'viewer-title' });
    this.renderFindings(findings, key, result, viewer);
    panel.append(el(doc, 'div', { class: 'work' }, [findings, viewer]));
    this.renderViewer(viewer, key, result, false);
    panel.append(this.downloads(key, result));
  }

  summary(result) {
    const doc = this.doc;
    const summary = result.summary;
    const state = summary.reporting_state;
    const facts = el(doc, 'dl', { class: 'facts' });
    const fact = (label, value) => facts.append(el(doc, 'div', {}, [el(doc, 'dt', { text: label }), el(doc, 'dd', { text: value })]));
    fact(this.tr('reportingState'), state ? (state.code && state.name && state.label !== state.name ? `${state.label} (${state.name})` : state.label) : this.tr('notStated'));
    fact(this.tr('year'), summary.year === undefined ? this.tr('notStated') : this.written(summary.year));
    if (summary.language) fact(this.tr('languageOfReport'), LANGUAGE_NAMES[summary.language] ?? summary.language);
    if (summary.template) fact(this.tr('layout'), summary.template === 'att-2017' ? this.tr('layoutTemplate') : summary.template === 'national' ? this.tr('layoutNational') : summary.template);
    fact(this.tr('format'), result.format.toUpperCase());
    const section = el(doc, 'section', { class: 'summary', 'aria-labelledby': 'summary-title' }, [
      el(doc, 'h3', { id: 'summary-title', text: this.tr('summary') }),
      facts,
      el(doc, 'div', { class: 'directions' }, [this.direction('exports', summary.exports), this.direction('imports', summary.imports)]),
    ]);
    return section;
  }

  /**
   * A value that may be typed or as written: a year (a number), or a status or basis named by
   * `prefix` (`reported`, `both`…); anything else is shown as written, between quotes.
   */
  written(value, prefix) {
    if (!prefix && typeof value === 'number') return String(value);
    if (prefix && typeof value === 'string') {
      try {
        return this.tr(`${prefix}_${value}`);
      } catch {
        // not one of the values: as written
      }
    }
    return this.tr('asWritten', { text: typeof value === 'string' ? value : JSON.stringify(value) });
  }

  direction(name, direction) {
    const doc = this.doc;
    const lang = this.lang;
    const card = el(doc, 'article', { class: 'direction', 'aria-labelledby': `${name}-title` }, [
      el(doc, 'h4', { id: `${name}-title`, text: this.tr(name) }),
      el(doc, 'p', { class: 'chips' }, [
        el(doc, 'span', { class: 'chip' }, [`${this.tr('status')}: `, el(doc, 'strong', { text: direction.status === undefined ? this.tr('notStated') : this.written(direction.status, 'status') })]),
        el(doc, 'span', { class: 'chip' }, [`${this.tr('basis')}: `, el(doc, 'strong', { text: direction.basis === undefined ? this.tr('notStated') : this.written(direction.basis, 'basis') })]),
        el(doc, 'span', { class: 'chip' }, [this.tr('entries', { n: direction.entries }), ' · ', this.tr('items', { n: direction.items })]),
      ]),
    ]);
    if (direction.entries === 0) {
      card.append(el(doc, 'p', { class: 'hint', text: this.tr('noEntries') }));
      return card;
    }
    const entries = (n) => this.tr('entries', { n });
    const charts = el(doc, 'div', { class: 'charts' });
    card.append(charts);
    const describe = (row) => this.tr('chartOf', { label: row.label, value: row.shown });
    const categories = topRows(
      direction.by_category.map((c) => ({ label: c.category && c.category !== 'national' && c.label !== c.category ? `${c.category} ${c.label}` : c.label || this.tr('notStated'), value: c.entries, shown: entries(c.entries) })),
      CATEGORIES_SHOWN, (n) => this.tr('others', { n }), entries);
    charts.append(barChart(doc, { caption: this.tr('byCategory'), rows: categories, describe, className: 'categories' }));
    const partners = topRows(
      direction.by_partner.map((p) => ({ label: p.partner.label, value: p.entries, shown: entries(p.entries) })),
      PARTNERS_SHOWN, (n) => this.tr('others', { n }), entries);
    charts.append(barChart(doc, { caption: this.tr('byPartner'), rows: partners, describe, className: 'partners' }));
    const basis = direction.by_basis;
    const side = el(doc, 'div', { class: 'side' });
    side.append(stackedBar(doc, {
      caption: this.tr('byBasis'),
      parts: [
        { label: this.tr('basis_authorized'), value: basis.authorized, className: 'authorized' },
        { label: this.tr('basis_actual'), value: basis.actual, className: 'actual' },
        { label: this.tr('unstated'), value: basis.unstated, className: 'unstated' },
      ],
      describe: (part) => this.tr('chartOf', { label: part.label, value: entries(part.value) }),
    }));
    if (direction.totals.length > 0) {
      side.append(el(doc, 'div', { class: 'totals' }, [
        el(doc, 'h5', { text: this.tr('totals') }),
        el(doc, 'ul', {}, direction.totals.map((total) => el(doc, 'li', {}, [
          el(doc, 'strong', { class: 'amount', text: formatAmount(lang, total.amount, total.currency) }),
          ' ',
          el(doc, 'span', { text: `${total.currency ? total.label ?? total.currency : this.tr('noCurrency')} · ${entries(total.entries)}` }),
        ]))),
      ]));
    }
    charts.append(side);
    return card;
  }

  renderFindings(section, key, result, viewer) {
    const doc = this.doc;
    const diagnostics = result.file.diagnostics;
    section.append(el(doc, 'h3', { id: 'findings-title', text: this.tr('findings') }));
    if (diagnostics.length === 0) {
      section.append(el(doc, 'p', { class: 'ok-text', text: this.tr('noFindings') }));
      return;
    }
    const rules = this.rules();
    for (const severity of SEVERITIES) {
      const indexes = diagnostics.map((d, i) => i).filter((i) => diagnostics[i].severity === severity);
      if (indexes.length === 0) continue;
      const group = el(doc, 'section', { class: `severity-group sev-${severity}`, dataset: { severity } }, [
        el(doc, 'h4', {}, [el(doc, 'span', { class: `badge sev-${severity}`, text: String(indexes.length) }), ` ${this.tr(`severity_${severity}`)}`]),
      ]);
      const byRule = new Map();
      for (const index of indexes) {
        const code = diagnostics[index].code;
        if (!byRule.has(code)) byRule.set(code, []);
        byRule.get(code).push(index);
      }
      for (const [code, members] of [...byRule.entries()].sort(([a], [b]) => a.localeCompare(b))) {
        const rule = rules.get(code);
        const groupKey = `${key}:${code}`;
        const shown = this.expanded.has(groupKey) ? members : members.slice(0, FINDINGS_SHOWN);
        const list = el(doc, 'ul', { class: 'finding-list' }, shown.map((index) => {
          const diagnostic = diagnostics[index];
          return el(doc, 'li', {}, [el(doc, 'button', {
            type: 'button', class: 'finding', 'aria-pressed': this.finding === index ? 'true' : 'false',
            dataset: { index: String(index), code, place: placeText(this.lang, diagnostic.location) },
            onclick: () => this.choose(index, viewer, key, result),
          }, [el(doc, 'span', { class: 'finding-place', text: placeText(this.lang, diagnostic.location) }), el(doc, 'span', { class: 'finding-message', text: diagnostic.message })])]);
        }));
        const details = el(doc, 'details', { class: 'rule-group', open: true, dataset: { code } }, [
          el(doc, 'summary', {}, [el(doc, 'code', { text: code }), ` ${rule ? rule.summary : ''} `, el(doc, 'span', { class: 'count', text: `(${members.length})` })]),
          list,
        ]);
        if (shown.length < members.length) {
          details.append(el(doc, 'button', {
            type: 'button', class: 'secondary', text: this.tr('showMore', { n: members.length - shown.length }),
            onclick: () => { this.expanded.add(groupKey); this.renderAll(); },
          }));
        }
        if (rule && rule.details && this.lang === 'en') {
          details.append(el(doc, 'details', { class: 'rule-details' }, [el(doc, 'summary', { text: this.tr('ruleDetails') }), el(doc, 'p', { text: rule.details })]));
        }
        group.append(details);
      }
      section.append(group);
    }
  }

  choose(index, viewer, key, result) {
    this.finding = index;
    this.view = null;
    for (const button of this.doc.querySelectorAll('button.finding')) {
      button.setAttribute('aria-pressed', button.dataset.index === String(index) ? 'true' : 'false');
    }
    this.renderViewer(viewer, key, result, true);
  }

  renderViewer(viewer, key, result, focus) {
    const diagnostic = this.finding === null ? null : result.file.diagnostics[this.finding];
    if (!this.view) {
      const lines = result.format === 'xml' || result.format === 'json' ? this.session.lines(key).length : 0;
      this.view = viewFor(result, diagnostic, lines);
    }
    const target = renderViewer(this.doc, viewer, {
      lang: this.lang, session: this.session, key, result, finding: this.finding, view: this.view, rules: this.rules(),
      onChange: (view) => { this.view = view; this.renderViewer(viewer, key, result, false); },
    });
    if (target) {
      centreIn(target.closest('.grid-scroll'), target);
      if (focus) {
        viewer.scrollIntoView({ block: 'nearest' });
        target.focus({ preventScroll: true });
      }
    }
  }

  /** The files the page makes from a report. */
  downloads(key, result) {
    const doc = this.doc;
    const name = baseName(result.file.path);
    const read = !result.file.failure;
    const items = [
      { id: 'json', label: 'dlJson', file: `${name}.att.json`, type: 'application/json', make: () => this.session.canonicalJson(key, this.lang), show: read },
      { id: 'xml', label: 'dlXml', file: `${name}.att.xml`, type: 'application/xml', make: () => this.session.xml(key, this.lang), show: read },
      { id: 'diagnostics-json', label: 'dlDiagnosticsJson', file: `${name}.findings.json`, type: 'application/json', make: () => this.session.diagnosticsJson([key], this.lang), show: true },
      { id: 'diagnostics-csv', label: 'dlDiagnosticsCsv', file: `${name}.findings.csv`, type: 'text/csv', make: () => this.session.diagnosticsCsv([key], this.lang), show: true },
      { id: 'html', label: 'dlHtml', file: `${name}.report.html`, type: 'text/html', make: () => this.session.htmlReport([key], this.lang), show: true },
      { id: 'template', label: 'dlTemplate', file: `${name}.template.xlsx`, type: XLSX, make: () => this.session.template(key, this.lang), show: read },
      // Only an Office Open XML workbook can be annotated in place (docs/annotate.md).
      { id: 'annotated', label: 'dlAnnotated', show: read && result.format === 'xlsx', make: () => {
        const annotated = this.session.annotated(key, this.lang);
        const type = annotated.extension === 'xlsm' ? XLSM : XLSX;
        return { content: annotated.bytes, file: `${name}.annotated.${annotated.extension}`, type };
      } },
    ];
    return this.downloadList(items);
  }

  downloadList(items) {
    const doc = this.doc;
    const message = el(doc, 'p', { class: 'download-error', role: 'alert' });
    const list = el(doc, 'ul', { class: 'downloads' }, items.filter((item) => item.show).map((item) => el(doc, 'li', {}, [
      el(doc, 'button', {
        type: 'button', class: 'download', dataset: { download: item.id }, text: this.tr(item.label),
        onclick: () => {
          message.textContent = '';
          try {
            // `make` gives the content, or the content with the name and type it needs.
            const made = item.make();
            const { content, file, type } = made?.content === undefined ? { content: made, file: item.file, type: item.type } : made;
            download(doc, content, file, type);
          } catch (error) {
            message.textContent = this.tr('downloadFailed', { error: error.message });
          }
        },
      }),
    ])));
    return el(doc, 'section', { class: 'downloads-area', 'aria-labelledby': 'downloads-title' }, [
      el(doc, 'h3', { id: 'downloads-title', text: this.tr('downloads') }),
      el(doc, 'p', { class: 'hint', text: this.tr('downloadsHint') }),
      list,
      message,
    ]);
  }

  /** Several reports: each one's State, year and counts, and the findings of all. */
  renderOverview(panel) {
    const doc = this.doc;
    const keys = this.session.keys();
    panel.append(el(doc, 'h2', { id: 'report-title', text: this.tr('overview') }));
    const rows = keys.map((key) => {
      const result = this.result(key);
      const summary = result.summary;
      return el(doc, 'tr', {}, [
        el(doc, 'th', { scope: 'row' }, [el(doc, 'button', { type: 'button', class: 'link', text: result.file.path, onclick: () => this.select(key) })]),
        el(doc, 'td', { text: summary?.reporting_state?.label ?? '—' }),
        el(doc, 'td', { text: summary?.year === undefined ? '—' : this.written(summary.year) }),
        ...SEVERITIES.map((severity) => el(doc, 'td', { class: 'number', text: formatNumber(this.lang, result.file.counts[severity]) })),
        el(doc, 'td', {}, [this.verdict(result)]),
      ]);
    });
    panel.append(el(doc, 'div', { class: 'table-scroll' }, [el(doc, 'table', { class: 'overview' }, [
      el(doc, 'thead', {}, [el(doc, 'tr', {}, [
        el(doc, 'th', { scope: 'col', text: this.tr('file') }),
        el(doc, 'th', { scope: 'col', text: this.tr('reportingState') }),
        el(doc, 'th', { scope: 'col', text: this.tr('year') }),
        ...SEVERITIES.map((severity) => el(doc, 'th', { scope: 'col', class: 'number', text: this.tr(`severity_${severity}`) })),
        el(doc, 'th', { scope: 'col', text: this.tr('result') }),
      ])]),
      el(doc, 'tbody', {}, rows),
    ])]));
    panel.append(this.downloadList([
      { id: 'all-diagnostics-json', label: 'dlAllJson', file: 'findings.json', type: 'application/json', make: () => this.session.diagnosticsJson(keys, this.lang), show: true },
      { id: 'all-diagnostics-csv', label: 'dlAllCsv', file: 'findings.csv', type: 'text/csv', make: () => this.session.diagnosticsCsv(keys, this.lang), show: true },
      { id: 'all-html', label: 'dlAllHtml', file: 'report.html', type: 'text/html', make: () => this.session.htmlReport(keys, this.lang), show: true },
      { id: 'blank-template', label: 'dlBlank', file: `att-template-${this.lang}.xlsx`, type: XLSX, make: () => this.session.blankTemplate(this.lang), show: true },
    ]));
  }
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const XLSM = 'application/vnd.ms-excel.sheet.macroEnabled.12';

/** Scrolls `scroller` (and only it) so that `target` is in its middle. */
function centreIn(scroller, target) {
  if (!scroller) return;
  const box = scroller.getBoundingClientRect();
  const place = target.getBoundingClientRect();
  scroller.scrollTop += place.top - box.top - (scroller.clientHeight - place.height) / 2;
  scroller.scrollLeft += place.left - box.left - (scroller.clientWidth - place.width) / 2;
}

function nextFrame(doc) {
  return new Promise((resolve) => doc.defaultView.setTimeout(resolve, 0));
}

/** Starts the page once the engine is ready; says so in the page if it cannot start. */
export async function startPage(doc, glue, moduleBytes) {
  try {
    await glue.default({ module_or_path: await moduleBytes });
    const page = new Page(doc, new Session(glue));
    page.start();
    doc.defaultView.attPage = page;
    return page;
  } catch (error) {
    doc.body.dataset.state = 'failed';
    const lang = preferredLanguage(doc.defaultView.navigator.languages);
    doc.getElementById('status').textContent = t(lang, 'engineFailed', { error: error.message });
    throw error;
  }
}
