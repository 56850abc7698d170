"""Building blocks of the layout corpus: workbooks written cell by cell together with what a
correct reader must make of them.

Every workbook of the corpus is a `Book`. Its author writes cells through `Sheet.put` (which
returns the cell's place, "Sheet!D17") and, for each row that is a transfer, records the entry a
correct reader must produce with `Book.entry`. Defects and findings are recorded with
`Book.expect` at the place `put` returned, so that the expected cells can never drift from the
cells written. `Book.save` writes `NAME.xlsx` (and, on request, `.ods`/`.xls` copies made by
LibreOffice) and `NAME.expected.json` beside it.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from states import STATES, known_codes

# The version of the format of `*.expected.json`; the scorer refuses other versions.
EXPECTED_FORMAT = 1

SEVERITIES = ("info", "warning", "error")


def party(code: str | None, name: str) -> dict:
    """A party as the canonical document writes it: its code when it is a State, and the name
    exactly as the workbook writes it."""
    if code is not None and code not in known_codes():
        raise ValueError(f"{code} is not a code of states.tsv")
    if code is not None:
        for other, names in STATES.items():
            if other != code and name in names.values():
                raise ValueError(f"'{name}' is written for {code} but is a name of {other}")
    out = {}
    if code is not None:
        out["code"] = code
    out["name"] = name
    return out


def entry(
    category: str | None,
    partner: tuple[str | None, str] | None,
    *,
    items: int | str | None = None,
    value: float | int | None = None,
    currency: str | None = None,
    withheld_items: str | None = None,
    withheld_value: str | None = None,
    national: str | None = None,
    origin: tuple[str | None, str] | None = None,
    via: list[tuple[str | None, str]] | None = None,
    description: str | None = None,
    comments: str | None = None,
    basis: str | None = None,
) -> dict:
    """One expected entry in canonical form.

    `category` is a code ("II", "VIII.SA.2"), "national" (then `national` is the national
    category as written), the raw text of a category a correct reader cannot type (kept as
    text, as the contract says), or `None` for an entry without category (a planted defect). `partner` is `(code, name as written)`, or `None` for an entry
    without a partner. `items` is a whole number or the raw text a reader must keep.
    """
    out: dict = {} if category is None else {"category": category}
    if category == "national":
        if not national:
            raise ValueError("a national entry needs its national category")
        out["national_category"] = national
    elif national is not None:
        raise ValueError("national is only for category 'national'")
    if partner is not None:
        out["partner"] = party(*partner)
    if items is not None:
        out["items"] = items
    if value is not None:
        money = {"amount": value}
        if currency is not None:
            money["currency"] = currency
        out["value"] = money
    elif currency is not None:
        raise ValueError("a currency without a value")
    withheld = {}
    if withheld_items is not None:
        withheld["items"] = withheld_items
    if withheld_value is not None:
        withheld["value"] = withheld_value
    if withheld:
        out["withheld"] = withheld
    if basis is not None:
        out["basis"] = basis
    if origin is not None:
        out["state_of_origin"] = party(*origin)
    if via:
        out["intermediate_locations"] = [party(*p) for p in via]
    if description is not None:
        out["description"] = description
    if comments is not None:
        out["comments"] = comments
    if "items" not in out and "value" not in out and "withheld" not in out:
        # Allowed only for a planted no-quantity defect; the author says so with expect().
        out["_no_quantity"] = True
    return out


class Sheet:
    """One worksheet of a `Book`, written by place."""

    def __init__(self, book: "Book", ws):
        self.book = book
        self.ws = ws
        self.title = ws.title

    def ref(self, row: int, col: int) -> str:
        """The place of a cell as the expected file writes it: `Sheet!D17`."""
        return f"{self.title}!{get_column_letter(col)}{row}"

    def put(self, row: int, col: int, value, fmt: str | None = None, bold=False, wrap=False) -> str:
        """Writes one cell and returns its place."""
        cell = self.ws.cell(row=row, column=col, value=value)
        if fmt is not None:
            cell.number_format = fmt
        if bold:
            cell.font = Font(bold=True)
        if wrap or (isinstance(value, str) and "\n" in value):
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        return self.ref(row, col)

    def row(self, row: int, col: int, values, fmts=None, bold=False) -> list[str]:
        """Writes `values` rightwards from (`row`, `col`), skipping `None`; returns every
        place, written or not."""
        refs = []
        for i, value in enumerate(values):
            fmt = fmts[i] if fmts and i < len(fmts) else None
            if value is not None:
                refs.append(self.put(row, col + i, value, fmt=fmt, bold=bold))
            else:
                refs.append(self.ref(row, col + i))
        return refs

    def merge(self, first: str, last: str):
        """Merges the range between two places of this sheet (`Sheet!A1`, `Sheet!C1`)."""
        self.ws.merge_cells(f"{first.split('!')[-1]}:{last.split('!')[-1]}")

    def widths(self, *widths: float):
        """Column widths, from column A, so that the workbook looks like a real one."""
        for i, w in enumerate(widths, start=1):
            self.ws.column_dimensions[get_column_letter(i)].width = w


class Book:
    """One workbook of the corpus and what a correct reader must make of it."""

    def __init__(self, name: str, summary: str, *, state: str, year: int, lang: str):
        if state not in known_codes():
            raise ValueError(f"{state} is not a code of states.tsv")
        self.name = name
        self.summary = summary
        self.wb = Workbook()
        self.wb.remove(self.wb.active)
        self.expected = {
            "format": EXPECTED_FORMAT,
            "workbook": name,
            "summary": summary,
            "language": lang,
            "reporting_state": state,
            "year": year,
            "public": None,
            "submission_date": None,
            "exports": {"status": "not_reported", "basis": None, "entries": []},
            "imports": {"status": "not_reported", "basis": None, "entries": []},
            "expected_diagnostics": [],
            "judgement_calls": [],
        }
        self.formats = ["xlsx"]

    def sheet(self, title: str) -> Sheet:
        """A new worksheet, last in the workbook."""
        return Sheet(self, self.wb.create_sheet(title))

    def direction(self, kind: str, status: str, basis: str | None = None):
        """What a correct reader must say of a direction: `reported`, `nil` or
        `not_reported`, and its basis (`authorized`, `actual`, `both`)."""
        if status not in ("reported", "nil", "not_reported"):
            raise ValueError(status)
        if basis not in (None, "authorized", "actual", "both"):
            raise ValueError(basis)
        self.expected[kind]["status"] = status
        self.expected[kind]["basis"] = basis

    def public(self, value: bool):
        """Whether the report says it may be published."""
        self.expected["public"] = value

    def submitted(self, date: str):
        """The date of submission the report gives (ISO 8601)."""
        dt_check = date.split("-")
        if len(dt_check) != 3:
            raise ValueError(date)
        self.expected["submission_date"] = date

    def entry(self, kind: str, **fields) -> dict:
        """Records one expected entry of `kind` (`exports` or `imports`)."""
        e = entry(**fields)
        self.expected[kind]["entries"].append(e)
        return e

    def expect(
        self,
        cell: str,
        severity: str,
        *,
        code: str | None = None,
        rule: str | None = None,
        kind: str | None = None,
        codes: tuple[str, ...] = (),
        alternatives: tuple[str, ...] = (),
        note: str,
    ):
        """Records a finding a correct reader must raise at `cell` (or one of `alternatives`).

        An existing rule is named by `code` and `rule`. A behaviour that has no rule yet is
        named by `kind` (a family name such as `total-mismatch`), optionally with the existing
        `codes` that would also express it; the scorer then accepts, at the cell, any of those
        codes or any code that did not exist when the corpus was written. `severity` is the
        least severity that fits.
        """
        if severity not in SEVERITIES:
            raise ValueError(severity)
        if (code is None) == (kind is None):
            raise ValueError("give either code (with rule) or kind")
        if code is not None and rule is None:
            raise ValueError("an existing rule is named by code and rule")
        finding = {"cell": cell, "severity": severity}
        if code is not None:
            finding["code"] = code
            finding["rule"] = rule
        else:
            finding["kind"] = kind
            if codes:
                finding["codes"] = list(codes)
        if alternatives:
            finding["alternatives"] = list(alternatives)
        finding["note"] = note
        self.expected["expected_diagnostics"].append(finding)

    def judgement(self, text: str):
        """A judgement call behind the expected values, written into the expected file."""
        self.expected["judgement_calls"].append(text)

    def also_as(self, *formats: str):
        """Also saves the workbook as `.ods` and/or `.xls` (converted by LibreOffice)."""
        for f in formats:
            if f not in ("ods", "xls"):
                raise ValueError(f)
            self.formats.append(f)

    def _finish(self) -> dict:
        exp = json.loads(json.dumps(self.expected))
        no_quantity_defect = any(d.get("rule") == "no-quantity" for d in exp["expected_diagnostics"])
        for kind in ("exports", "imports"):
            d = exp[kind]
            if d["entries"] and d["status"] == "not_reported":
                raise ValueError(f"{self.name}: {kind} has entries but no status")
            if d["status"] == "nil" and d["entries"] and not any(
                x.get("rule") == "nil-with-entries" for x in exp["expected_diagnostics"]
            ):
                raise ValueError(f"{self.name}: {kind} is nil with entries but no planted defect")
            for e in d["entries"]:
                if e.pop("_no_quantity", False) and not no_quantity_defect:
                    raise ValueError(f"{self.name}: an entry without items, value or withheld figure")
        exp["clean"] = not any(x["severity"] == "error" for x in exp["expected_diagnostics"])
        return exp

    def save(self, out: Path):
        """Writes the workbook(s) and the expected file into `out`."""
        exp = self._finish()
        out.mkdir(parents=True, exist_ok=True)
        xlsx = out / f"{self.name}.xlsx"
        self.wb.properties.creator = "att layout corpus"
        self.wb.save(xlsx)
        make_reproducible(xlsx)
        exp["files"] = [f"{self.name}.{f}" for f in self.formats]
        for f in self.formats[1:]:
            convert(xlsx, f, out)
        (out / f"{self.name}.expected.json").write_text(
            json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )


FIXED_TIME = "2024-01-01T00:00:00Z"


def make_reproducible(xlsx: Path):
    """Rewrites an openpyxl workbook with fixed document dates and zip timestamps, so that the
    same generator writes the same bytes (openpyxl stamps the time of saving)."""
    with zipfile.ZipFile(xlsx) as z:
        members = [(info, z.read(info.filename)) for info in z.infolist()]
    with zipfile.ZipFile(xlsx, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for info, data in members:
            if info.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", rf"\g<1>{FIXED_TIME}\g<3>", text)
                data = text.encode("utf-8")
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            z.writestr(fixed, data)


def convert(xlsx: Path, fmt: str, out: Path):
    """Converts a workbook with LibreOffice, in a private profile so that it runs beside any
    other LibreOffice."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice is needed for .ods/.xls copies: apt-get install -y libreoffice-calc-nogui")
    filters = {"ods": "ods", "xls": "xls:MS Excel 97"}
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--calc",
                "--convert-to",
                filters[fmt],
                "--outdir",
                str(out),
                str(xlsx),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=180,
        )
    if not (out / f"{xlsx.stem}.{fmt}").exists():
        raise SystemExit(f"LibreOffice did not write {xlsx.stem}.{fmt}")
