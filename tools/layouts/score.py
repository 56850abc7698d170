#!/usr/bin/env python3
"""Scores the `att` binary on the layout corpus: how many entries come out exact, whether
correct reports raise errors, whether planted defects are found at their cells, and whether the
reporting State, year, status, basis and consent to publish are right.

    cargo build --release
    python3 tools/layouts/score.py target/release/att
    python3 tools/layouts/score.py target/release/att --verbose matrix-km-chf-de-fr-switzerland
    python3 tools/layouts/score.py target/release/att --json scores.json
    python3 tools/layouts/score.py --self-test     # the scorer on perfect and spoiled results

For every `NAME.expected.json` in the corpus folder, each file it lists (`NAME.xlsx`, and
`NAME.ods` / `NAME.xls` where made) is run through `att convert FILE --to json` and
`att validate FILE --format json`. See tools/layouts/README.md for how each figure is counted.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "fixtures" / "layouts"

# The rule codes of the catalogue when the corpus was written (docs/rules.md). An expected
# finding named by its kind (a behaviour that had no rule then) is met, at its cell, by one of
# its listed codes or by any code not in this set.
CODES_WHEN_WRITTEN = frozenset(
    """ATT0001 ATT0002 ATT0003 ATT0004 ATT0101 ATT0102 ATT0103 ATT0104 ATT0105 ATT0106 ATT0107
    ATT0108 ATT0109 ATT0120 ATT0121 ATT0122 ATT0123 ATT0124 ATT0125 ATT0126 ATT0127 ATT0128
    ATT0129 ATT0130 ATT0131 ATT0132 ATT0133 ATT0134 ATT0135 ATT0136 ATT0137 ATT0138 ATT0139
    ATT0140 ATT0141 ATT0160 ATT0161 ATT0162 ATT0163 ATT0201 ATT0202 ATT0203 ATT0204 ATT0205
    ATT0206 ATT0207 ATT0208 ATT0209 ATT0210 ATT0211 ATT0212 ATT0213 ATT0214 ATT0220 ATT0221
    ATT0222 ATT0223 ATT0224 ATT0225 ATT0226 ATT0230 ATT0231 ATT0232 ATT0233 ATT0240 ATT0241
    ATT0242 ATT0243 ATT0250 ATT0251 ATT0252 ATT0260 ATT0261 ATT0262 ATT0263""".split()
)

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
TIMEOUT_SECONDS = 120

# ---------------------------------------------------------------------------------------------
# Running att
# ---------------------------------------------------------------------------------------------


@dataclass
class Run:
    """What att made of one file."""

    document: dict | None = None
    diagnostics: list = field(default_factory=list)
    problems: list = field(default_factory=list)


def run_att(att: str, path: Path) -> Run:
    """Converts and validates one file; a failure is recorded, never raised."""
    run = Run()
    try:
        p = subprocess.run([att, "convert", str(path), "--to", "json"], capture_output=True, timeout=TIMEOUT_SECONDS)
        if p.returncode == 2 or not p.stdout.strip():
            run.problems.append(f"convert exit {p.returncode}: {p.stderr.decode('utf-8', 'replace').strip()[:300]}")
        else:
            run.document = json.loads(p.stdout)
    except subprocess.TimeoutExpired:
        run.problems.append(f"convert took more than {TIMEOUT_SECONDS} s")
    except json.JSONDecodeError as e:
        run.problems.append(f"convert wrote no JSON: {e}")
    try:
        p = subprocess.run([att, "validate", str(path), "--format", "json"], capture_output=True,
                           timeout=TIMEOUT_SECONDS)
        if p.returncode == 2:
            run.problems.append(f"validate exit 2: {p.stderr.decode('utf-8', 'replace').strip()[:300]}")
        else:
            report = json.loads(p.stdout)
            for f in report.get("files", []):
                run.diagnostics.extend(f.get("diagnostics", []))
    except subprocess.TimeoutExpired:
        run.problems.append(f"validate took more than {TIMEOUT_SECONDS} s")
    except json.JSONDecodeError as e:
        run.problems.append(f"validate wrote no JSON: {e}")
    return run


# ---------------------------------------------------------------------------------------------
# Entries, field by field
# ---------------------------------------------------------------------------------------------

ENTRY_FIELDS = (
    "category",
    "partner",
    "items",
    "value.amount",
    "value.currency",
    "withheld.items",
    "withheld.value",
    "basis",
    "state_of_origin",
    "intermediate_locations",
    "description",
    "comments",
)


def text(s) -> str | None:
    """Text compared with its white space collapsed (line breaks in cells are layout)."""
    if s is None:
        return None
    return re.sub(r"\s+", " ", str(s)).strip()


def party_key(p) -> str | None:
    """A party compared by its code, or by its name where it has none."""
    if not isinstance(p, dict) or not p:
        return None
    if p.get("code"):
        return p["code"]
    name = text(p.get("name"))
    return f"name:{name}" if name else None


def number(v):
    """A JSON number as a float, or the text kept where a number belongs."""
    if isinstance(v, bool):
        return text(v)
    if isinstance(v, (int, float)):
        return float(v)
    return text(v) if v is not None else None


def fields_of(e: dict) -> dict:
    """The comparable fields of an entry, expected or produced."""
    category = e.get("category")
    if category == "national":
        category = f"national:{text(e.get('national_category'))}"
    elif category is not None:
        category = text(category)
    value = e.get("value") if isinstance(e.get("value"), dict) else {}
    withheld = e.get("withheld") if isinstance(e.get("withheld"), dict) else {}
    places = e.get("intermediate_locations")
    return {
        "category": category,
        "partner": party_key(e.get("partner")),
        "items": number(e.get("items")),
        "value.amount": number(value.get("amount")),
        "value.currency": value.get("currency"),
        "withheld.items": (text(withheld.get("items")) or "").casefold() or None,
        "withheld.value": (text(withheld.get("value")) or "").casefold() or None,
        "basis": e.get("basis"),
        "state_of_origin": party_key(e.get("state_of_origin")),
        "intermediate_locations": tuple(sorted(k for k in (party_key(p) for p in places or []) if k)) or None,
        "description": text(e.get("description")),
        "comments": text(e.get("comments")),
    }


def same(a, b) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-6)
    return a == b


def differences(expected: dict, actual: dict) -> list[str]:
    """The fields on which two entries differ."""
    return [f for f in ENTRY_FIELDS if not same(expected[f], actual[f])]


@dataclass
class EntryScore:
    expected: int = 0
    exact: int = 0
    wrong: int = 0
    missing: int = 0
    extra: int = 0
    wrong_fields: dict = field(default_factory=dict)
    details: list = field(default_factory=list)


def match_entries(expected: list[dict], actual: list[dict], direction: str, score: EntryScore):
    """Matches entries one to one, order aside: first the exact pairs, then each remaining
    expected entry with the remaining produced entry that agrees on most fields (a *wrong*
    entry, if they agree on partner or category and on at least half the fields); the rest are
    missing or extra."""
    exp = [fields_of(e) for e in expected]
    act = [fields_of(a) for a in actual]
    score.expected += len(exp)
    used = [False] * len(act)
    left = []
    for i, e in enumerate(exp):
        for j, a in enumerate(act):
            if not used[j] and not differences(e, a):
                used[j] = True
                score.exact += 1
                break
        else:
            left.append(i)
    candidates = []
    for i in left:
        for j, a in enumerate(act):
            if used[j]:
                continue
            diff = differences(exp[i], a)
            agree = len(ENTRY_FIELDS) - len(diff)
            key_agrees = "partner" not in diff or "category" not in diff
            if key_agrees and agree * 2 >= len(ENTRY_FIELDS):
                candidates.append((agree, -i, -j, i, j, diff))
    candidates.sort(reverse=True)
    paired = set()
    for agree, _, _, i, j, diff in candidates:
        if i in paired or used[j]:
            continue
        paired.add(i)
        used[j] = True
        score.wrong += 1
        for f in diff:
            score.wrong_fields[f] = score.wrong_fields.get(f, 0) + 1
        shown = {f: (exp[i][f], act[j][f]) for f in diff}
        score.details.append(f"{direction}: wrong {describe(exp[i])}: " +
                             "; ".join(f"{f} expected {x!r}, got {y!r}" for f, (x, y) in shown.items()))
    for i in left:
        if i not in paired:
            score.missing += 1
            score.details.append(f"{direction}: missing {describe(exp[i])}")
    for j, a in enumerate(act):
        if not used[j]:
            score.extra += 1
            score.details.append(f"{direction}: extra {describe(a)}")


def describe(f: dict) -> str:
    parts = [str(f["category"]), str(f["partner"])]
    for k in ("items", "value.amount", "value.currency", "withheld.items", "withheld.value"):
        if f[k] is not None:
            parts.append(f"{k}={f[k]}")
    if f["description"]:
        parts.append(repr(f["description"][:40]))
    return "[" + " ".join(parts) + "]"


# ---------------------------------------------------------------------------------------------
# Document fields and diagnostics
# ---------------------------------------------------------------------------------------------


def header_checks(exp: dict, doc: dict | None) -> list[tuple[str, object, object]]:
    """(field, expected, produced) for each document field the expected file states."""
    doc = doc or {}
    sub = doc.get("submission") or {}
    out = [
        ("reporting_state", exp["reporting_state"], (doc.get("reporting_state") or {}).get("code")),
        ("year", exp["year"], doc.get("year")),
    ]
    for kind in ("exports", "imports"):
        d = doc.get(kind) or {}
        out.append((f"{kind}.status", exp[kind]["status"], d.get("status", "not_reported")))
        if exp[kind]["status"] == "reported":
            out.append((f"{kind}.basis", exp[kind]["basis"], d.get("basis")))
    if exp.get("public") is not None:
        out.append(("public", exp["public"], sub.get("public")))
    if exp.get("submission_date") is not None:
        out.append(("submission_date", exp["submission_date"], sub.get("date")))
    return out


CELL = re.compile(r"^([A-Z]+)(\d+)$")


def split_place(place: str) -> tuple[str, str]:
    sheet, _, cell = place.rpartition("!")
    return sheet, cell


def column_number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def cell_in(cell: str, place: str) -> bool:
    """Whether `cell` ("D17") is `place` or lies in the range `place` ("D5:D8")."""
    if ":" not in place:
        return cell == place
    first, last = place.split(":", 1)
    m, a, z = CELL.match(cell), CELL.match(first), CELL.match(last)
    if not (m and a and z):
        return False
    c, r = column_number(m.group(1)), int(m.group(2))
    c1, r1, c2, r2 = column_number(a.group(1)), int(a.group(2)), column_number(z.group(1)), int(z.group(2))
    return min(c1, c2) <= c <= max(c1, c2) and min(r1, r2) <= r <= max(r1, r2)


def at_place(diag: dict, places: list[str]) -> bool:
    loc = diag.get("location") or {}
    sheet, cell = loc.get("sheet"), loc.get("cell")
    if not sheet or not cell:
        return False
    for place in places:
        s, c = split_place(place)
        if s == sheet and (cell_in(c, cell) or cell_in(cell, c)):
            return True
    return False


def meets(finding: dict, diag: dict) -> bool:
    """Whether a diagnostic is the expected finding: at its cell (or an alternative), and of
    its code, or — for a finding named by kind — of one of its codes or of a code that did not
    exist when the corpus was written, and at least as severe as expected."""
    if not at_place(diag, [finding["cell"], *finding.get("alternatives", [])]):
        return False
    code = diag.get("code")
    if "code" in finding:
        return code == finding["code"]
    if SEVERITY_RANK.get(diag.get("severity"), -1) < SEVERITY_RANK[finding["severity"]]:
        return False
    return code in finding.get("codes", []) or code not in CODES_WHEN_WRITTEN


def expected_places(exp: dict) -> list[str]:
    out = []
    for f in exp["expected_diagnostics"]:
        out.append(f["cell"])
        out.extend(f.get("alternatives", []))
    return out


# ---------------------------------------------------------------------------------------------
# Scoring
# ---------------------------------------------------------------------------------------------


@dataclass
class FileScore:
    name: str
    file: str
    clean: bool
    entries: EntryScore
    header_right: int
    header_total: int
    header_wrong: list
    errors: int
    unexpected_errors: list
    defects_found: int
    defects_total: int
    defects_missed: list
    notes_found: int
    notes_total: int
    notes_missed: list
    problems: list


def score_file(exp: dict, path: Path, att: str) -> FileScore:
    run = run_att(att, path)
    doc = run.document or {}
    entries = EntryScore()
    for kind in ("exports", "imports"):
        produced = (doc.get(kind) or {}).get("entries") or []
        match_entries(exp[kind]["entries"], produced, kind, entries)
    checks = header_checks(exp, run.document)
    header_wrong = [f"{f}: expected {x!r}, got {y!r}" for f, x, y in checks if x != y]
    errors = [d for d in run.diagnostics if d.get("severity") == "error"]
    places = expected_places(exp)
    expected_error_codes = {f.get("code") for f in exp["expected_diagnostics"] if f["severity"] == "error"}
    unexpected = []
    for d in errors:
        if exp["clean"] or not (at_place(d, places) or (not d.get("location") and d.get("code") in expected_error_codes)):
            loc = d.get("location") or {}
            where = f"{loc.get('sheet')}!{loc.get('cell')}" if loc else d.get("pointer", "-")
            unexpected.append(f"{d.get('code')} {where}: {d.get('message', '')[:140]}")
    defects = [f for f in exp["expected_diagnostics"] if f["severity"] != "info"]
    notes = [f for f in exp["expected_diagnostics"] if f["severity"] == "info"]

    def found(findings):
        hit, missed = 0, []
        for f in findings:
            if any(meets(f, d) for d in run.diagnostics):
                hit += 1
            else:
                missed.append(f"{f.get('code') or f.get('kind')} at {f['cell']}: {f['note']}")
        return hit, missed

    defects_found, defects_missed = found(defects)
    notes_found, notes_missed = found(notes)
    return FileScore(
        name=exp["workbook"],
        file=path.name,
        clean=exp["clean"],
        entries=entries,
        header_right=len(checks) - len(header_wrong),
        header_total=len(checks),
        header_wrong=header_wrong,
        errors=len(errors),
        unexpected_errors=unexpected,
        defects_found=defects_found,
        defects_total=len(defects),
        defects_missed=defects_missed,
        notes_found=notes_found,
        notes_total=len(notes),
        notes_missed=notes_missed,
        problems=run.problems,
    )


def perfect_run(exp: dict) -> Run:
    """What a perfect reader would produce for an expected file: its document, and one
    diagnostic per expected finding (a new code for a finding named by kind)."""
    doc = {"schema_version": "1.0", "reporting_state": {"code": exp["reporting_state"]}, "year": exp["year"],
           "submission": {}}
    if exp.get("public") is not None:
        doc["submission"]["public"] = exp["public"]
    if exp.get("submission_date") is not None:
        doc["submission"]["date"] = exp["submission_date"]
    for kind in ("exports", "imports"):
        d = {"status": exp[kind]["status"], "entries": list(reversed(exp[kind]["entries"]))}
        if exp[kind]["basis"]:
            d["basis"] = exp[kind]["basis"]
        doc[kind] = d
    diagnostics = []
    for f in exp["expected_diagnostics"]:
        sheet, cell = split_place(f["cell"])
        diagnostics.append({"code": f.get("code", "ATT9999"), "severity": f["severity"],
                            "location": {"sheet": sheet, "cell": cell}})
    return Run(document=doc, diagnostics=diagnostics)


def self_test(corpus: Path) -> int:
    """Checks the scorer on perfect and on spoiled results of every expected file: a perfect
    reader scores everything, a spoiled one does not."""
    global run_att
    real = run_att
    failures = []
    try:
        for path in sorted(corpus.glob("*.expected.json")):
            exp = json.loads(path.read_text(encoding="utf-8"))
            run_att = lambda att, p, exp=exp: perfect_run(exp)  # noqa: E731
            s = score_file(exp, path, "-")
            if (s.entries.exact, s.header_right, s.defects_found, s.notes_found) != (
                    s.entries.expected, s.header_total, s.defects_total, s.notes_total) or s.entries.extra:
                failures.append(f"{path.name}: a perfect reader does not score fully")
            if exp["clean"] and s.errors:
                failures.append(f"{path.name}: clean, yet the perfect run has errors")
            if not exp["exports"]["entries"]:
                continue

            def spoiled(exp=exp):
                run = perfect_run(exp)
                e = run.document["exports"]["entries"][0] = dict(run.document["exports"]["entries"][0])
                e["description"] = (e.get("description") or "") + " (spoiled)"
                run.diagnostics = [dict(d, location={"sheet": "Nowhere", "cell": "A1"}) for d in run.diagnostics]
                return run

            run_att = lambda att, p, spoiled=spoiled: spoiled()  # noqa: E731
            s = score_file(exp, path, "-")
            if s.entries.exact != s.entries.expected - 1 or s.entries.wrong != 1:
                failures.append(f"{path.name}: a spoiled description is not one wrong entry")
            if exp["expected_diagnostics"] and (s.defects_found or s.notes_found):
                failures.append(f"{path.name}: findings at the wrong cell were counted")
    finally:
        run_att = real
    for f in failures:
        print(f)
    print("self-test: " + ("failed" if failures else "passed"))
    return 1 if failures else 0


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f} %" if b else "-"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("att", nargs="?", help="path of the att binary (cargo build --release: target/release/att)")
    parser.add_argument("--self-test", action="store_true",
                        help="check the scorer itself on perfect and spoiled results of every expected file")
    parser.add_argument("names", nargs="*", help="only these workbooks (names without extension)")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of the corpus (default: fixtures/layouts)")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every wrong, missing and extra entry, "
                        "wrong field, unexpected error and missed finding")
    parser.add_argument("--json", type=Path, help="also write the scores as JSON to this file")
    args = parser.parse_intermixed_args(argv)
    if args.self_test:
        return self_test(args.corpus)
    if args.att is None:
        parser.error("give the path of the att binary")
    if not Path(args.att).is_file() and not shutil.which(args.att):
        print(f"no att binary at {args.att}: build it with `cargo build --release`", file=sys.stderr)
        return 2

    expected_files = sorted(args.corpus.glob("*.expected.json"))
    if args.names:
        expected_files = [p for p in expected_files if p.name[: -len(".expected.json")] in args.names]
    if not expected_files:
        print(f"no expected files in {args.corpus}", file=sys.stderr)
        return 2
    scores: list[FileScore] = []
    for path in expected_files:
        exp = json.loads(path.read_text(encoding="utf-8"))
        if exp.get("format") != 1:
            print(f"{path.name}: expected-file format {exp.get('format')} is not 1", file=sys.stderr)
            return 2
        for name in exp["files"]:
            scores.append(score_file(exp, args.corpus / name, args.att))

    width = max(len(s.file) for s in scores)
    print(f"{'workbook':<{width}}  entries exact  wrong miss extra  fields  errors{'':<9}defects  notes")
    for s in scores:
        e = s.entries
        errs = f"{s.errors} (clean)" if s.clean else f"{len(s.unexpected_errors)} unexp."
        print(f"{s.file:<{width}}  {e.exact:>4}/{e.expected:<4} {pct(e.exact, e.expected):>7}  {e.wrong:>4} {e.missing:>4}"
              f" {e.extra:>4}  {s.header_right:>2}/{s.header_total:<2}  {errs:<14} {s.defects_found:>2}/{s.defects_total:<2}"
              f"    {s.notes_found:>2}/{s.notes_total:<2}")
        if args.verbose:
            for line in s.problems:
                print(f"    ! {line}")
            for line in s.header_wrong:
                print(f"    field {line}")
            for line in e.details:
                print(f"    {line}")
            for line in s.unexpected_errors:
                print(f"    error {line}")
            for line in s.defects_missed:
                print(f"    missed defect {line}")
            for line in s.notes_missed:
                print(f"    missed note {line}")

    total = EntryScore()
    for s in scores:
        for k in ("expected", "exact", "wrong", "missing", "extra"):
            setattr(total, k, getattr(total, k) + getattr(s.entries, k))
        for f, n in s.entries.wrong_fields.items():
            total.wrong_fields[f] = total.wrong_fields.get(f, 0) + n
    clean = [s for s in scores if s.clean]
    summary = {
        "files": len(scores),
        "workbooks": len({s.name for s in scores}),
        "entries_expected": total.expected,
        "entries_exact": total.exact,
        "entries_wrong": total.wrong,
        "entries_missing": total.missing,
        "entries_extra": total.extra,
        "wrong_fields": dict(sorted(total.wrong_fields.items(), key=lambda kv: -kv[1])),
        "files_all_entries_exact": sum(1 for s in scores if s.entries.exact == s.entries.expected and not s.entries.extra),
        "document_fields_right": sum(s.header_right for s in scores),
        "document_fields_total": sum(s.header_total for s in scores),
        "clean_files": len(clean),
        "errors_on_clean_files": sum(s.errors for s in clean),
        "clean_files_with_errors": sum(1 for s in clean if s.errors),
        "unexpected_errors_on_files_with_defects": sum(len(s.unexpected_errors) for s in scores if not s.clean),
        "defects_found": sum(s.defects_found for s in scores),
        "defects_total": sum(s.defects_total for s in scores),
        "notes_found": sum(s.notes_found for s in scores),
        "notes_total": sum(s.notes_total for s in scores),
        "files_att_failed_on": sum(1 for s in scores if s.problems),
    }
    print()
    print(f"files: {summary['files']} ({summary['workbooks']} workbooks)")
    print(f"entries exact: {total.exact}/{total.expected} ({pct(total.exact, total.expected)}); "
          f"wrong {total.wrong}, missing {total.missing}, extra {total.extra}")
    if total.wrong_fields:
        print("wrong fields: " + ", ".join(f"{f} {n}" for f, n in summary["wrong_fields"].items()))
    print(f"files with every entry exact: {summary['files_all_entries_exact']}/{summary['files']}")
    print(f"document fields right (State, year, status, basis, public, date): {summary['document_fields_right']}/"
          f"{summary['document_fields_total']} ({pct(summary['document_fields_right'], summary['document_fields_total'])})")
    print(f"errors on clean files: {summary['errors_on_clean_files']} "
          f"({summary['clean_files_with_errors']} of {summary['clean_files']} clean files have errors)")
    print(f"errors on files with defects, not at a planted cell: {summary['unexpected_errors_on_files_with_defects']}")
    print(f"planted defects found at their cell: {summary['defects_found']}/{summary['defects_total']} "
          f"({pct(summary['defects_found'], summary['defects_total'])})")
    print(f"expected notes (info) found at their cell: {summary['notes_found']}/{summary['notes_total']} "
          f"({pct(summary['notes_found'], summary['notes_total'])})")
    if summary["files_att_failed_on"]:
        print(f"files att could not read: {summary['files_att_failed_on']}")
    if args.json:
        out = {"summary": summary, "files": [
            {"file": s.file, "workbook": s.name, "clean": s.clean, "entries_expected": s.entries.expected,
             "entries_exact": s.entries.exact, "entries_wrong": s.entries.wrong, "entries_missing": s.entries.missing,
             "entries_extra": s.entries.extra, "entry_details": s.entries.details, "document_fields_right": s.header_right,
             "document_fields_total": s.header_total, "document_fields_wrong": s.header_wrong, "errors": s.errors,
             "unexpected_errors": s.unexpected_errors, "defects_found": s.defects_found,
             "defects_total": s.defects_total, "defects_missed": s.defects_missed, "notes_found": s.notes_found,
             "notes_total": s.notes_total, "notes_missed": s.notes_missed, "problems": s.problems}
            for s in scores]}
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
