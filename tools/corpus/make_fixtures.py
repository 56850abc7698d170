#!/usr/bin/env python3
"""Writes the corpora of fixtures/corpus: small sets of reports of States that report each
other, one folder per thing shown (a rule of checks.md §C, or its clean near miss), in JSON,
XML and workbooks mixed.

Usage: tools/corpus/make_fixtures.py ATT_BINARY
Reports named *.xml are written as JSON and turned into XML with `att convert --to xml`;
reports named *.xlsx are national-layout workbooks written with openpyxl, their categories
and States spelled as national layouts spell them.
"""

import json
import os
import shutil
import subprocess
import sys

import openpyxl

ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "fixtures", "corpus")

NAMES = {
    "SWE": "Sweden", "NOR": "Norway", "FIN": "Finland", "DNK": "Denmark",
    "EST": "Estonia", "DEU": "Germany", "FRA": "France", "ESP": "Spain",
}


def entry(category, partner, items=None, value=None, currency="EUR", description=None,
          comments=None, basis=None, partner_name=None):
    e = {"category": category,
         "partner": {"code": partner, "name": partner_name or NAMES[partner]}}
    if items is not None:
        e["items"] = items
    if value is not None:
        e["value"] = {"amount": value, "currency": currency}
    if basis:
        e["basis"] = basis
    if description:
        e["description"] = description
    if comments:
        e["comments"] = comments
    return e


def direction(entries=None, basis="actual", nil=False, not_reported=False):
    if not_reported:
        return {"status": "not_reported", "entries": []}
    if nil:
        return {"status": "nil", "entries": []}
    d = {"status": "reported", "entries": entries or []}
    if basis:
        d["basis"] = basis
    return d


def report(state, year, exports, imports, date=None):
    return {
        "schema_version": "1.0",
        "reporting_state": {"code": state, "name": NAMES[state]},
        "year": year,
        "submission": {"date": date or f"{year + 1}-05-20", "public": True, "language": "en",
                       "template": "att-2017"},
        "exports": exports,
        "imports": imports,
    }


# How national layouts write categories and States (what the workbook reader must resolve).
SPELLINGS = {
    "I": "Cat. I", "II": "II - Armoured combat vehicles", "IV": "Combat aircraft",
    "IV.a": "IV(a)", "V": "Attack helicopters", "VIII": "SALW", "VIII.SA.2": "VIII a) 2",
    "VIII.SA.4": "Small arms – assault rifles", "VIII.LW.1": "VIII b) 1",
}
STATE_SPELLINGS = {"SWE": "Sweden", "NOR": "Norway", "FIN": "Finland", "DNK": "Denmark",
                   "EST": "Estonia", "DEU": "Germany", "FRA": "France", "ESP": "Spain"}


def write_workbook(path, doc):
    """A national layout: title lines, then an EXPORTS and an IMPORTS section, each with its
    basis, heading row and rows, or a nil statement."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = f"Report {doc['year']}"
    rows = [["Reporting State:", STATE_SPELLINGS[doc["reporting_state"]["code"]]],
            [f"Year: {doc['year']}"],
            ["Date of submission:", doc["submission"]["date"]],
            ["May be made public:", "Yes"], []]
    for kind, title, partner_heading, nil_text in (
            ("exports", "EXPORTS", "Destination", "No exports"),
            ("imports", "IMPORTS", "Supplier", "No imports")):
        d = doc[kind]
        rows.append([title])
        if d["status"] == "nil":
            rows.append([nil_text])
            rows.append([])
            continue
        rows.append(["Basis of data:", {"actual": "Actual", "authorized": "Authorized"}[d["basis"]]])
        rows.append(["Cat.", partner_heading, "Qty", "Value (EUR)", "Type", "Remarks"])
        for e in d["entries"]:
            rows.append([SPELLINGS.get(e["category"], e["category"]),
                         e["partner"].get("name") or STATE_SPELLINGS[e["partner"]["code"]],
                         e.get("items"), e.get("value", {}).get("amount"),
                         e.get("description"), e.get("comments")])
        rows.append([])
    for row in rows:
        ws.append(row)
    wb.save(path)


# The workbooks written in a national layout; the others are the 2017 template as
# `att convert --to xlsx` writes it.
NATIONAL_LAYOUTS = {("mirror-missing-near-miss", "NOR-2023.xlsx"), ("mirror-explained", "NOR-2024.xlsx"),
                    ("duplicate-submission", "SWE-2023-resubmitted.xlsx")}


def write(folder, name, doc, att):
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, name)
    if name.endswith(".json"):
        with open(path, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=2)
            f.write("\n")
    elif name.endswith(".xml"):
        source = path[:-4] + ".source.json"
        with open(source, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False)
        subprocess.run([att, "convert", source, "--to", "xml", "-o", path], check=True)
        os.remove(source)
    elif name.endswith(".xlsx") and (os.path.basename(folder), name) in NATIONAL_LAYOUTS:
        write_workbook(path, doc)
    elif name.endswith(".xlsx"):
        source = path[:-5] + ".source.json"
        with open(source, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False)
        subprocess.run([att, "convert", source, "--to", "xlsx", "-o", path], check=True)
        os.remove(source)
    else:
        raise ValueError(name)


def corpora():
    """(folder, file name, document) of every corpus."""
    c = []

    # mirror-missing: Sweden's exports to Norway in VIII are not in Norway's imports (which
    # list others), and its export to Finland is not in Finland's nil report for imports.
    c += [("mirror-missing", "SWE-2023.json", report("SWE", 2023, direction([
        entry("VIII.SA.2", "NOR", 120, 1500000, description="5.56 mm rifles"),
        entry("II", "NOR", 4, 8000000, description="CV90"),
        entry("I", "FIN", 2, 9000000, description="Leopard 2"),
    ]), direction(nil=True))),
        ("mirror-missing", "NOR-2023.xlsx", report("NOR", 2023, direction(nil=True), direction([
            entry("II", "SWE", 4, 8000000, description="CV90"),
        ]))),
        ("mirror-missing", "FIN-2023.xml", report("FIN", 2023, direction([
            entry("VIII.LW.1", "SWE", 10, 50000, description="Heavy machine guns"),
        ]), direction(nil=True)))]
    # Sweden's nil imports miss Finland's export too: a missing flow on Finland's side.

    # Near miss: every flow is on both sides, Norway's workbook spelling the categories its own
    # way and naming other sub-categories of the same main category.
    c += [("mirror-missing-near-miss", "SWE-2023.json", report("SWE", 2023, direction([
        entry("VIII.SA.2", "NOR", 120, 1500000, description="5.56 mm rifles"),
        entry("IV.a", "NOR", 2, 30000000, description="JAS 39 Gripen"),
    ]), direction(nil=True))),
        ("mirror-missing-near-miss", "NOR-2023.xlsx", report("NOR", 2023, direction(nil=True), direction([
            entry("VIII.SA.4", "SWE", 118, 1500000, description="Rifles"),
            entry("IV", "SWE", 2, 30000000, description="Gripen aircraft"),
        ])))]

    # mirror-mismatch: 40 against 60 armoured vehicles (both actual: a warning on each side);
    # 100 against 50 rifles, actual against authorized (an info on each side).
    c += [("mirror-mismatch", "SWE-2023.xml", report("SWE", 2023, direction([
        entry("II", "NOR", 40, 8000000, description="CV90"),
        entry("VIII.SA.2", "FIN", 100, 200000, description="Rifles"),
    ]), direction(nil=True))),
        ("mirror-mismatch", "NOR-2023.json", report("NOR", 2023, direction(nil=True), direction([
            entry("II", "SWE", 35, 6000000, description="CV90"),
            entry("II", "SWE", 25, 2000000, description="CV90 command vehicles"),
        ]))),
        ("mirror-mismatch", "FIN-2023.xlsx", report("FIN", 2023, direction(nil=True), direction([
            entry("VIII.SA.2", "SWE", 50, 100000, description="Rifles"),
        ], basis="authorized")))]

    # Near miss: 100 against 76 (24 %) and 10 against 6 (4 items) agree closely enough.
    c += [("mirror-mismatch-near-miss", "SWE-2023.xml", report("SWE", 2023, direction([
        entry("II", "NOR", 100, 8000000, description="Trucks, armoured"),
        entry("VIII.SA.2", "FIN", 10, 20000, description="Rifles"),
    ]), direction(nil=True))),
        ("mirror-mismatch-near-miss", "NOR-2023.json", report("NOR", 2023, direction(nil=True), direction([
            entry("II", "SWE", 76, 6000000, description="Armoured vehicles"),
        ]))),
        ("mirror-mismatch-near-miss", "FIN-2023.xlsx", report("FIN", 2023, direction(nil=True), direction([
            entry("VIII.SA.2", "SWE", 6, 12000, description="Rifles"),
        ])))]

    # A flow explained by the partner's previous year: Sweden's 2024 export of 120 rifles is
    # not in Norway's 2024 imports, but Norway's 2023 report has it; Sweden's 2024 attack
    # helicopters are in Norway's 2024 imports as combat aircraft (another main category).
    c += [("mirror-explained", "SWE-2024.json", report("SWE", 2024, direction([
        entry("VIII.SA.2", "NOR", 120, 1500000, description="5.56 mm rifles"),
        entry("V.a", "NOR", 2, 40000000, description="Attack helicopters"),
    ]), direction(nil=True))),
        ("mirror-explained", "NOR-2024.xlsx", report("NOR", 2024, direction(nil=True), direction([
            entry("IV.a", "SWE", 2, 40000000, description="Aircraft"),
        ]))),
        ("mirror-explained", "NOR-2023.xml", report("NOR", 2023, direction(nil=True), direction([
            entry("VIII.SA.2", "SWE", 120, 1500000, description="Rifles, delivered December"),
        ])))]

    # mirror-partner-absent: Denmark and Estonia sent no report for 2023.
    c += [("mirror-partner-absent", "SWE-2023.json", report("SWE", 2023, direction([
        entry("II", "NOR", 4, 8000000, description="CV90"),
        entry("VIII.SA.2", "DNK", 50, 100000, description="Rifles"),
        entry("I", "DNK", 3, 9000000, description="Leopard 2"),
        entry("VIII.LW.1", "EST", 10, 50000, description="Heavy machine guns"),
    ]), direction(nil=True))),
        ("mirror-partner-absent", "NOR-2023.xml", report("NOR", 2023, direction(nil=True), direction([
            entry("II", "SWE", 4, 8000000, description="CV90"),
        ])))]

    # Near miss: Norway's report is there but does not report its imports: nothing to compare
    # against, and not an absent report either.
    c += [("mirror-partner-absent-near-miss", "SWE-2023.json", report("SWE", 2023, direction([
        entry("II", "NOR", 4, 8000000, description="CV90"),
    ]), direction(nil=True))),
        ("mirror-partner-absent-near-miss", "NOR-2023.json", report("NOR", 2023, direction(nil=True),
         direction(not_reported=True)))]

    # duplicate-submission: Sweden's 2023 report twice with different content (a warning on
    # both); Finland's twice, the same document in JSON and in XML (an info on both).
    swe = report("SWE", 2023, direction(nil=True), direction([
        entry("VIII.SA.2", "FIN", 12, 30000, description="Rifles"),
    ]))
    swe_again = json.loads(json.dumps(swe))
    swe_again["imports"]["entries"][0]["description"] = "Rifles, 5.56 mm"
    fin = report("FIN", 2023, direction([
        entry("VIII.SA.2", "SWE", 12, 30000, description="Rifles"),
    ]), direction(nil=True))
    c += [("duplicate-submission", "SWE-2023.json", swe),
          ("duplicate-submission", "SWE-2023-resubmitted.xlsx", swe_again),
          ("duplicate-submission", "FIN-2023.json", fin),
          ("duplicate-submission", "FIN-2023.xml", fin)]

    # Near miss: the same State for two years, with different entries.
    swe22 = report("SWE", 2022, direction(nil=True), direction([
        entry("VIII.SA.2", "FIN", 7, 20000, description="Rifles"),
    ]))
    fin22 = report("FIN", 2022, direction([
        entry("VIII.SA.2", "SWE", 7, 20000, description="Rifles"),
    ]), direction(nil=True))
    c += [("duplicate-submission-near-miss", "SWE-2023.json", swe),
          ("duplicate-submission-near-miss", "SWE-2022.xlsx", swe22),
          ("duplicate-submission-near-miss", "FIN-2023.xml", fin),
          ("duplicate-submission-near-miss", "FIN-2022.json", fin22)]

    # same-as-last-year: Sweden's 2023 exports are its 2022 exports, in another order and
    # with Norway named in French; its imports changed.
    ex22 = [entry("II", "NOR", 4, 8000000, description="CV90", comments="Sale"),
            entry("VIII.SA.2", "FIN", 30, 60000, description="Rifles")]
    ex23 = [entry("VIII.SA.2", "FIN", 30, 60000, description="Rifles"),
            entry("II", "NOR", 4, 8000000, description="CV90", comments="Sale",
                  partner_name="Norvège")]
    c += [("same-as-last-year", "SWE-2022.xml", report("SWE", 2022, direction(ex22), direction([
        entry("I", "DEU", 2, 9000000, description="Leopard 2")]))),
        ("same-as-last-year", "SWE-2023.json", report("SWE", 2023, direction(ex23), direction([
            entry("I", "DEU", 5, 20000000, description="Leopard 2")])))]

    # Near miss: one comment changed.
    ex23b = json.loads(json.dumps(ex23))
    ex23b[1]["comments"] = "Lease"
    c += [("same-as-last-year-near-miss", "SWE-2022.xml", report("SWE", 2022, direction(ex22), direction(nil=True))),
          ("same-as-last-year-near-miss", "SWE-2023.json", report("SWE", 2023, direction(ex23b), direction(nil=True)))]

    # basis-changed: Sweden's exports were actual transfers in 2022, authorizations in 2023.
    c += [("basis-changed", "SWE-2022.json", report("SWE", 2022, direction([
        entry("II", "NOR", 4, 8000000, description="CV90")]), direction(nil=True))),
        ("basis-changed", "SWE-2023.xlsx", report("SWE", 2023, direction([
            entry("II", "NOR", 6, 12000000, description="CV90")], basis="authorized"), direction(nil=True)))]

    # Near miss: the same basis in both years; 2022's imports are a nil report without one.
    c += [("basis-changed-near-miss", "SWE-2022.json", report("SWE", 2022, direction([
        entry("II", "NOR", 4, 8000000, description="CV90")]), direction(nil=True))),
        ("basis-changed-near-miss", "SWE-2023.xlsx", report("SWE", 2023, direction([
            entry("II", "NOR", 6, 12000000, description="CV90")]), direction([
                entry("I", "DEU", 2, 9000000, description="Leopard 2")], basis="authorized")))]
    return c


def main():
    att = os.path.abspath(sys.argv[1])
    for (folder, _, _) in corpora():
        shutil.rmtree(os.path.join(ROOT, folder), ignore_errors=True)
    for (folder, name, doc) in corpora():
        write(os.path.join(ROOT, folder), name, doc, att)


if __name__ == "__main__":
    main()
