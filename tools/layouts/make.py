#!/usr/bin/env python3
"""Writes the layout corpus: report workbooks in layouts and wordings the reader was not built
on, each with the exact result a correct reader must give (`NAME.expected.json`).

    pip install openpyxl                       # the workbooks
    apt-get install -y libreoffice-calc-nogui  # the .ods and .xls copies
    python3 tools/layouts/make.py              # writes fixtures/layouts/
    python3 tools/layouts/make.py --only matrix-km-chf-de-fr --no-convert

See tools/layouts/README.md for what the corpus holds and how the expected values were decided.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import Book, Sheet  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "fixtures" / "layouts"

BOOKS = []


def book(fn):
    """Registers a function that builds one workbook of the corpus."""
    BOOKS.append(fn)
    return fn


@dataclass
class R:
    """One body row of a table: the values written from the table's first column (`None`
    leaves a cell empty), what a correct reader must make of it (`expect`: the keyword
    arguments of `corpus.entry`, or `None` for a row that is no entry), and number formats by
    column offset."""

    values: list
    expect: dict | None = None
    fmts: dict = field(default_factory=dict)


def table(book: Book, sh: Sheet, kind: str | None, top: int, left: int, header_rows: list[list], body: list[R]):
    """Writes header rows then body rows from (`top`, `left`) and records each body row's
    expected entry under `kind`. Returns the sheet row number of each body row."""
    r = top
    for header in header_rows:
        sh.row(r, left, header, bold=True)
        r += 1
    rows = []
    for row in body:
        for i, v in enumerate(row.values):
            if v is not None:
                sh.put(r, left + i, v, fmt=row.fmts.get(i))
        if row.expect is not None:
            book.entry(kind, **row.expect)
        rows.append(r)
        r += 1
    return rows


# ---------------------------------------------------------------------------------------------
# UN Register standardized forms and published report tables
# ---------------------------------------------------------------------------------------------


def unroca_form_headers(sh: Sheet, top: int, words: dict):
    """The two header rows of the UN Register's standardized form: five columns over two rows,
    and "Remarks" over its two sub-columns (description, comments)."""
    sh.row(top, 1, [words["cat"], words["partner"], words["items"], words["origin"], words["via"], words["remarks"]], bold=True)
    sh.row(top + 1, 6, [words["desc"], words["comm"]], bold=True)
    for c in range(1, 6):
        sh.merge(sh.ref(top, c), sh.ref(top + 1, c))
    sh.merge(sh.ref(top, 6), sh.ref(top, 7))
    sh.widths(34, 26, 12, 22, 22, 38, 34)


@book
def unroca_form_en_norway():
    b = Book(
        "unroca-form-en-norway",
        "UN Register standardized forms for exports and imports (two header rows with Remarks over "
        "description and comments, category rows with blank category cells below), title line "
        "'Annual report of Norway, 2021', year in the sheet names",
        state="NOR",
        year=2021,
        lang="en",
    )
    words = dict(
        cat="Category (I-VII)",
        partner="Final importer State(s)",
        items="Number of items",
        origin="State of origin (if not exporter)",
        via="Intermediate location (if any)",
        remarks="Remarks",
        desc="Description of item",
        comm="Comments on the transfer",
    )
    sh = b.sheet("Exports 2021")
    sh.put(1, 1, "Annual report of Norway, 2021", bold=True)
    sh.put(2, 1, "Report on international transfers of conventional arms — EXPORTS")
    sh.put(3, 1, "Type of data: actual transfers (deliveries)")
    unroca_form_headers(sh, 5, words)
    body = [
        R(["I. Battle tanks"]),
        R(["II. Armoured combat vehicles"]),
        R([None, "Lithuania", 12, None, None, "M577 command post vehicles", "Donation to the Lithuanian Armed Forces"],
          dict(category="II", partner=("LTU", "Lithuania"), items=12, description="M577 command post vehicles",
               comments="Donation to the Lithuanian Armed Forces")),
        R([None, "Sweden", 2, "Sweden", None, "CV90 infantry fighting vehicles", "Returned after upgrade"],
          dict(category="II", partner=("SWE", "Sweden"), items=2, origin=("SWE", "Sweden"),
               description="CV90 infantry fighting vehicles", comments="Returned after upgrade")),
        R(["III. Large calibre artillery systems"]),
        R([None, "Estonia", 6, None, None, "M109A3GN 155 mm self-propelled howitzers", "Sale from Army stocks"],
          dict(category="III", partner=("EST", "Estonia"), items=6,
               description="M109A3GN 155 mm self-propelled howitzers", comments="Sale from Army stocks")),
        R(["IV. (a) Combat aircraft"]),
        R([None, "Romania", 3, "United States", None, "F-16AM/BM Fighting Falcon", "Sale of surplus aircraft"],
          dict(category="IV.a", partner=("ROU", "Romania"), items=3, origin=("USA", "United States"),
               description="F-16AM/BM Fighting Falcon", comments="Sale of surplus aircraft")),
        R(["V. Attack helicopters"]),
        R(["VI. Warships"]),
        R(["VII. (a) Missiles and missile launchers"]),
        R([None, "Poland", 24, None, None, "Naval Strike Missile (NSM)", None],
          dict(category="VII.a", partner=("POL", "Poland"), items=24, description="Naval Strike Missile (NSM)")),
        R([None, "Germany", 4, None, "Denmark", "NSM coastal defence launchers", "Transit by road"],
          dict(category="VII.a", partner=("DEU", "Germany"), items=4, via=[("DNK", "Denmark")],
               description="NSM coastal defence launchers", comments="Transit by road")),
        R(["VII. (b) Man-Portable Air-Defence Systems (MANPADS)."]),
    ]
    table(b, sh, "exports", 7, 1, [], body)
    b.direction("exports", "reported", "actual")

    words["partner"] = "Exporter State(s)"
    words["origin"] = "State of origin (if not exporter)"
    sh = b.sheet("Imports 2021")
    sh.put(1, 1, "Annual report of Norway, 2021", bold=True)
    sh.put(2, 1, "Report on international transfers of conventional arms — IMPORTS")
    sh.put(3, 1, "Type of data: actual transfers (deliveries)")
    unroca_form_headers(sh, 5, words)
    body = [
        R(["I. Battle tanks"]),
        R(["II. Armoured combat vehicles"]),
        R([None, "Germany", 20, None, None, "Dingo 2 protected patrol vehicles", None],
          dict(category="II", partner=("DEU", "Germany"), items=20, description="Dingo 2 protected patrol vehicles")),
        R(["III. Large calibre artillery systems"]),
        R(["IV. (a) Combat aircraft"]),
        R([None, "U.S.A", 6, None, None, "F-35A Lightning II", "Programme deliveries"],
          dict(category="IV.a", partner=("USA", "U.S.A"), items=6, description="F-35A Lightning II",
               comments="Programme deliveries")),
        R(["VII. (a) Missiles and missile launchers"]),
        R([None, "U.S.A", 52, None, None, "AIM-120C-7 AMRAAM", None],
          dict(category="VII.a", partner=("USA", "U.S.A"), items=52, description="AIM-120C-7 AMRAAM")),
    ]
    table(b, sh, "imports", 7, 1, [], body)
    b.direction("imports", "reported", "actual")
    b.judgement("In the UN Register form, 'Description of item' (under Remarks) is the description and "
                "'Comments on the transfer' the comments.")
    b.judgement("A category row ('II. Armoured combat vehicles') gives the category of the rows below it "
                "until the next category row; a category row with no row below it is no entry.")
    b.also_as("ods")
    return b


@book
def unroca_published_table_en():
    b = Book(
        "unroca-published-table-en",
        "UN Register published report table listing Exporter and Importer on every row, the "
        "reporting State on one side; 'Reporting State: Germany — Calendar year: 2015' title line; "
        "UN Register category spellings; a 'classified' count",
        state="DEU",
        year=2015,
        lang="en",
    )
    sh = b.sheet("UNROCA 2015")
    sh.put(1, 1, "Reporting State: Germany — Calendar year: 2015", bold=True)
    sh.put(2, 1, "Data type: actual transfers")
    headers = [["Exporter", "Importer", "Category", "Number of Items", "State of Origin", "Intermediate Location",
                "Description of Items"]]
    cat = {
        "I": "I. Battle tanks",
        "II": "II. Armoured combat vehicles",
        "III": "III. Large calibre artillery systems",
        "IV.a": "IV. (a) Combat aircraft",
        "VI": "VI. Warships",
        "VII.a": "VII. (a) Missiles and missile launchers",
        "VII.b": "VII. (b) Man-Portable Air-Defence Systems (MANPADS).",
    }
    rows = [
        # exporter, importer, category, items, origin, via, description
        ("Germany", "Singapore", "I", 12, None, None, "Leopard 2A4"),
        ("Germany", "Indonesia", "I", 52, None, None, "Leopard 2RI"),
        ("Germany", "Rep. of Korea", "VII.a", 40, None, None, "Taurus KEPD 350 missiles"),
        ("Germany", "Lithuania", "III", 2, None, None, "PzH 2000 self-propelled howitzers"),
        ("Germany", "Israel", "VI", 1, None, None, "Dolphin-class submarine"),
        ("Germany", "Poland", "VII.b", "classified", None, None, "Fliegerfaust 2 (Stinger) launchers"),
        ("United States", "Germany", "VII.a", 48, None, None, "Guided missiles ESSM RIM-162B"),
        ("Netherlands", "Germany", "II", 3, None, None, "Fennek reconnaissance vehicles"),
        ("Switzerland", "Germany", "II", 5, None, "Austria", "Eagle IV protected vehicles"),
        ("Sweden", "Germany", "VII.a", 34, None, None, "Missile launcher RBS 15"),
        ("Norway", "Germany", "VII.a", 8, "United States", None, "AGM-119 Penguin missiles"),
    ]
    codes = {"Germany": "DEU", "Singapore": "SGP", "Indonesia": "IDN", "Rep. of Korea": "KOR", "Lithuania": "LTU",
             "Israel": "ISR", "Poland": "POL", "United States": "USA", "Netherlands": "NLD", "Switzerland": "CHE",
             "Sweden": "SWE", "Austria": "AUT", "Norway": "NOR"}
    body = []
    for exporter, importer, c, items, origin, via, desc in rows:
        kind = "exports" if exporter == "Germany" else "imports"
        partner = importer if kind == "exports" else exporter
        expect = dict(category=c, partner=(codes[partner], partner), description=desc)
        if isinstance(items, int):
            expect["items"] = items
        else:
            expect["withheld_items"] = items
        if origin:
            expect["origin"] = (codes[origin], origin)
        if via:
            expect["via"] = [(codes[via], via)]
        body.append((kind, R([exporter, importer, cat[c], items, origin, via, desc], expect)))
    r = 4
    sh.row(r, 1, headers[0], bold=True)
    for kind, row in body:
        r += 1
        sh.row(r, 1, row.values)
        b.entry(kind, **row.expect)
        if kind == "exports" and "withheld_items" in row.expect:
            b.expect(sh.ref(r, 4), "info", kind="withheld-figure", note="'classified' in Number of Items: a withheld figure, not a missing one")
    sh.widths(16, 16, 44, 10, 16, 18, 38)
    b.direction("exports", "reported", "actual")
    b.direction("imports", "reported", "actual")
    b.judgement("A row whose Exporter is the reporting State is an export to the Importer; a row whose "
                "Importer is the reporting State is an import from the Exporter. The reporting State's own "
                "name on each row is not a partner and raises no 'partner is the reporting State'.")
    b.judgement("'classified' as the number of items is a withheld figure: the entry has "
                "withheld.items = 'classified' and no items.")
    return b


@book
def unroca_published_table_fr():
    b = Book(
        "unroca-published-table-fr",
        "Published UN Register table in French (Exportateur / Importateur on every row), title "
        "line 'Rapport annuel de la Belgique, 2023', French category spellings with SALW "
        "sub-categories, numbers written with spaces, 'Rapport public : oui / non' answered 'oui'",
        state="BEL",
        year=2023,
        lang="fr",
    )
    sh = b.sheet("Transferts 2023")
    sh.put(1, 1, "Rapport annuel de la Belgique, 2023", bold=True)
    sh.put(2, 1, "Type de données : transferts effectifs")
    sh.put(3, 1, "Rapport public : oui / non")
    sh.put(3, 3, "oui")
    sh.row(5, 1, ["Exportateur", "Importateur", "Catégorie", "Nombre d'articles", "État d'origine",
                  "Lieu intermédiaire", "Description des articles", "Observations"], bold=True)
    codes = {"Belgique": "BEL", "Jordanie": "JOR", "Indonésie": "IDN", "États-Unis": "USA", "Pérou": "PER",
             "Pays-Bas": "NLD", "France": "FRA", "Arabie saoudite": "SAU", "Canada": "CAN"}
    rows = [
        ("Belgique", "Jordanie", "III. Systèmes d'artillerie de gros calibre", "III", 6, "Pays-Bas", None,
         "Obusiers automoteurs M109A2", "Anciens stocks néerlandais, remis en état"),
        ("Belgique", "Indonésie", "VIII. a) 4. Fusils d'assaut", "VIII.SA.4", "1 500", None, None,
         "Fusils d'assaut FN SCAR-L 5,56 mm", None),
        ("Belgique", "États-Unis", "VIII. b) 1. Mitrailleuses lourdes", "VIII.LW.1", 220, None, None,
         "Mitrailleuses M2HB-QCB 12,7 mm", "Vente au Département de la Défense"),
        ("Belgique", "Pérou", "VIII. a) 5. Mitrailleuses légères", "VIII.SA.5", 40, None, None,
         "Mitrailleuses légères FN Minimi 7,62 mm", None),
        ("Belgique", "Arabie saoudite", "II. Véhicules blindés de combat", "II", 8, "Canada", None,
         "Véhicules blindés LAV 6.0 avec tourelle", "Intégration de la tourelle en Belgique"),
        ("États-Unis", "Belgique", "IV. a) Avions de combat", "IV.a", 4, None, None, "Avions F-35A Lightning II",
         None),
        ("France", "Belgique", "II. Véhicules blindés de combat", "II", 12, None, None,
         "Véhicules blindés multi-rôles Griffon", "Programme CaMo"),
    ]
    r = 5
    for exporter, importer, cat_text, code, items, origin, via, desc, comm in rows:
        r += 1
        sh.row(r, 1, [exporter, importer, cat_text, items, origin, via, desc, comm])
        kind = "exports" if exporter == "Belgique" else "imports"
        partner = importer if kind == "exports" else exporter
        expect = dict(category=code, partner=(codes[partner], partner),
                      items=int(str(items).replace(" ", "")), description=desc, comments=comm)
        if origin:
            expect["origin"] = (codes[origin], origin)
        b.entry(kind, **expect)
        if isinstance(items, str):
            b.expect(sh.ref(r, 4), "info", kind="lenient-reading", codes=("ATT0103", "ATT0104"),
                     note="'1 500' written as text with a space as thousands separator, read as 1500")
    sh.widths(14, 16, 40, 10, 14, 14, 40, 36)
    b.direction("exports", "reported", "actual")
    b.direction("imports", "reported", "actual")
    b.public(True)
    b.judgement("'Rapport public : oui / non' followed by a cell 'oui' is consent to publish.")
    b.judgement("'Description des articles' is the description, 'Observations' the comments.")
    return b


@book
def unroca_form_es_chile():
    b = Book(
        "unroca-form-es-chile",
        "UN Register forms in Spanish on two sheets 'Exportaciones 2019' / 'Importaciones 2019', "
        "title line 'Informe de Chile — año 2019', basis in a line above each table, consent "
        "'Se autoriza su publicación' ticked with X, a re-export with State of origin",
        state="CHL",
        year=2019,
        lang="es",
    )
    words = dict(
        cat="Categoría (I-VII)",
        partner="Estado(s) importador(es) final(es)",
        items="Número de unidades",
        origin="Estado de origen (si no es el exportador)",
        via="Lugar intermedio (si lo hay)",
        remarks="Observaciones",
        desc="Descripción del artículo",
        comm="Comentarios sobre la transferencia",
    )
    sh = b.sheet("Exportaciones 2019")
    sh.put(1, 1, "Informe de Chile — año 2019", bold=True)
    sh.put(2, 1, "Datos: exportaciones efectivas")
    sh.put(3, 1, "Se autoriza su publicación")
    sh.put(3, 2, "X")
    unroca_form_headers(sh, 5, words)
    body = [
        R(["II. Vehículos blindados de combate"]),
        R([None, "Paraguay", 4, None, None, "Vehículos blindados Mowag Piranha 6x6", "Donación al Ejército paraguayo"],
          dict(category="II", partner=("PRY", "Paraguay"), items=4, description="Vehículos blindados Mowag Piranha 6x6",
               comments="Donación al Ejército paraguayo")),
        R(["III. Sistemas de artillería de gran calibre"]),
        R([None, "Ecuador", 8, None, None, "Morteros FAMAE de 120 mm", None],
          dict(category="III", partner=("ECU", "Ecuador"), items=8, description="Morteros FAMAE de 120 mm")),
        R(["VI. Buques de guerra"]),
        R(["VII. a) Misiles y lanzamisiles"]),
    ]
    table(b, sh, "exports", 7, 1, [], body)
    b.direction("exports", "reported", "actual")

    words["partner"] = "Estado(s) exportador(es)"
    sh = b.sheet("Importaciones 2019")
    sh.put(1, 1, "Informe de Chile — año 2019", bold=True)
    sh.put(2, 1, "Datos: importaciones efectivas")
    unroca_form_headers(sh, 5, words)
    body = [
        R(["I. Carros de combate"]),
        R([None, "Alemania", 10, None, None, "Carros de combate Leopard 2A4", "Repuesto de flota"],
          dict(category="I", partner=("DEU", "Alemania"), items=10, description="Carros de combate Leopard 2A4",
               comments="Repuesto de flota")),
        R(["II. Vehículos blindados de combate"]),
        R([None, "EE.UU.", 16, None, None, "Vehículos blindados M113A2", None],
          dict(category="II", partner=("USA", "EE.UU."), items=16, description="Vehículos blindados M113A2")),
        R(["IV. a) Aviones de combate tripulados"]),
        R([None, "Países Bajos", 6, "Estados Unidos", None, "Aviones F-16AM/BM MLU", "Excedentes de la Real Fuerza Aérea"],
          dict(category="IV.a", partner=("NLD", "Países Bajos"), items=6, origin=("USA", "Estados Unidos"),
               description="Aviones F-16AM/BM MLU", comments="Excedentes de la Real Fuerza Aérea")),
        R(["VII. a) Misiles y lanzamisiles"]),
        R([None, "Israel", 36, None, None, "Misiles Spike-LR", None],
          dict(category="VII.a", partner=("ISR", "Israel"), items=36, description="Misiles Spike-LR")),
    ]
    table(b, sh, "imports", 7, 1, [], body)
    b.direction("imports", "reported", "actual")
    b.public(True)
    b.judgement("'Se autoriza su publicación' with an X beside it is consent to publish.")
    b.also_as("xls")
    return b


@book
def unroca_form_fr_senegal_nil_exports():
    b = Book(
        "unroca-form-fr-senegal-nil-exports",
        "French title page (État déclarant / Année civile), a nil-report sheet 'Rapport néant "
        "(exportations)' with a sentence under its title, the UN Register imports form in French "
        "(État(s) exportateur(s), Observations over two sub-columns), 'Rapport public : oui / non' "
        "answered 'non'",
        state="SEN",
        year=2022,
        lang="fr",
    )
    sh = b.sheet("Page de garde")
    sh.put(1, 1, "RAPPORT ANNUEL — TRAITÉ SUR LE COMMERCE DES ARMES", bold=True)
    sh.row(3, 1, ["État déclarant :", "République du Sénégal"])
    sh.row(4, 1, ["Année civile :", 2022])
    sh.row(5, 1, ["Autorité :", "Ministère des Forces armées, Direction du Matériel"])
    sh.row(6, 1, ["Rapport public : oui / non", "non"])
    sh.widths(34, 52)

    sh = b.sheet("Rapport néant")
    sh.put(1, 1, "Rapport néant (exportations)", bold=True)
    sh.put(3, 1, "Le Sénégal n'a procédé à aucune exportation d'armes classiques visées à l'article 2 (1) "
                 "du Traité au cours de l'année 2022.")
    b.direction("exports", "nil")

    words = dict(
        cat="Catégorie (I-VII)",
        partner="État(s) exportateur(s)",
        items="Nombre d'unités",
        origin="État d'origine (si ce n'est pas l'exportateur)",
        via="Lieu intermédiaire (le cas échéant)",
        remarks="Observations",
        desc="Description du matériel",
        comm="Commentaires sur le transfert",
    )
    sh = b.sheet("Importations 2022")
    sh.put(1, 1, "IMPORTATIONS", bold=True)
    sh.put(2, 1, "Nature des données : importations effectives")
    unroca_form_headers(sh, 4, words)
    body = [
        R(["II. Véhicules blindés de combat"]),
        R([None, "France", 10, None, None, "Véhicules blindés Bastion", "Livraison à l'Armée de terre"],
          dict(category="II", partner=("FRA", "France"), items=10, description="Véhicules blindés Bastion",
               comments="Livraison à l'Armée de terre")),
        R([None, "Türkiye", 8, None, None, "Véhicules blindés Ejder Yalçın 4x4", None],
          dict(category="II", partner=("TUR", "Türkiye"), items=8, description="Véhicules blindés Ejder Yalçın 4x4")),
        R(["VI. Navires de guerre"]),
        R([None, "France", 1, None, None, "Patrouilleur hauturier OPV 58 S", "Premier de trois navires"],
          dict(category="VI", partner=("FRA", "France"), items=1, description="Patrouilleur hauturier OPV 58 S",
               comments="Premier de trois navires")),
    ]
    table(b, sh, "imports", 6, 1, [], body)
    b.direction("imports", "reported", "actual")
    b.public(False)
    b.judgement("A sheet titled 'Rapport néant (exportations)' with a sentence under it is a nil report for "
                "exports; the sentence is no entry.")
    b.judgement("'République du Sénégal' is the reporting State SEN.")
    return b


@book
def unroca_form_en_sweden_withheld():
    b = Book(
        "unroca-form-en-sweden-withheld",
        "One-sheet report 'Reporting State: Sweden — Calendar year: 2023' with an EXPORTS UN "
        "Register form where several counts are 'classified' or 'not disclosed', and "
        "'Nil return — imports' under IMPORTS",
        state="SWE",
        year=2023,
        lang="en",
    )
    sh = b.sheet("Report")
    sh.put(1, 1, "Reporting State: Sweden — Calendar year: 2023", bold=True)
    sh.put(2, 1, "Basis of data: actual")
    sh.put(4, 1, "EXPORTS", bold=True)
    words = dict(
        cat="Category (I-VII)",
        partner="Final importer State(s)",
        items="Number of items",
        origin="State of origin (if not exporter)",
        via="Intermediate location (if any)",
        remarks="Remarks",
        desc="Description of item",
        comm="Comments on the transfer",
    )
    unroca_form_headers(sh, 5, words)
    body = [
        R(["II. Armoured combat vehicles"]),
        R([None, "Lithuania", "classified", None, None, "CV90 MkIV infantry fighting vehicles", None],
          dict(category="II", partner=("LTU", "Lithuania"), withheld_items="classified",
               description="CV90 MkIV infantry fighting vehicles")),
        R([None, "Ukraine", 50, None, None, "CV90 infantry fighting vehicles", "Donation"],
          dict(category="II", partner=("UKR", "Ukraine"), items=50, description="CV90 infantry fighting vehicles",
               comments="Donation")),
        R(["III. Large calibre artillery systems"]),
        R([None, "Ukraine", 8, None, None, "Archer 155 mm self-propelled howitzers", "Donation"],
          dict(category="III", partner=("UKR", "Ukraine"), items=8, description="Archer 155 mm self-propelled howitzers",
               comments="Donation")),
        R(["IV. (a) Combat aircraft"]),
        R([None, "Hungary", "not disclosed", None, None, "JAS 39C/D Gripen", "Lease extension"],
          dict(category="IV.a", partner=("HUN", "Hungary"), withheld_items="not disclosed",
               description="JAS 39C/D Gripen", comments="Lease extension")),
        R(["VII. (a) Missiles and missile launchers"]),
        R([None, "Finland", 20, None, None, "RBS 15 Mk3 anti-ship missiles", None],
          dict(category="VII.a", partner=("FIN", "Finland"), items=20, description="RBS 15 Mk3 anti-ship missiles")),
        R(["VII. (b) Man-Portable Air-Defence Systems (MANPADS)."]),
        R([None, "Latvia", "classified", None, None, "RBS 70 NG", None],
          dict(category="VII.b", partner=("LVA", "Latvia"), withheld_items="classified", description="RBS 70 NG")),
    ]
    rows = table(b, sh, "exports", 7, 1, [], body)
    for i in (1, 6, 10):
        b.expect(sh.ref(rows[i], 3), "info", kind="withheld-figure", note=f"'{body[i].values[2]}' is a withheld count")
    r = rows[-1] + 2
    sh.put(r, 1, "IMPORTS", bold=True)
    sh.put(r + 1, 1, "Nil return — imports")
    b.direction("exports", "reported", "actual")
    b.direction("imports", "nil")
    b.judgement("'not disclosed' and 'classified' as counts are withheld figures (withheld.items), not "
                "missing numbers; the entries have no items and raise no 'neither items nor value'.")
    return b


# ---------------------------------------------------------------------------------------------
# Headings unknown or partly known: line breaks, footnote marks, numbering, units
# ---------------------------------------------------------------------------------------------


@book
def headings_numbered_footnotes_units_en():
    b = Book(
        "headings-numbered-footnotes-units-en",
        "Headings numbered '1.'…'6.' with line breaks and footnote marks (¹, ², *, (1)), values "
        "'(in thousands of AUD)' multiplied out, the year only in a reporting period "
        "'1 January – 31 December 2020', footnotes under the tables",
        state="AUS",
        year=2020,
        lang="en",
    )
    for kind, partner_heading, rows in (
        ("exports", "2. Final importing\nState²", [
            R(["II", "New Zealand", 4, 3250, "Bushmaster protected mobility vehicles", "Sale to NZ Defence Force"],
              dict(category="II", partner=("NZL", "New Zealand"), items=4, value=3_250_000, currency="AUD",
                   description="Bushmaster protected mobility vehicles", comments="Sale to NZ Defence Force")),
            R(["II", "Ukraine", 20, 24000, "Bushmaster protected mobility vehicles", "Gift"],
              dict(category="II", partner=("UKR", "Ukraine"), items=20, value=24_000_000, currency="AUD",
                   description="Bushmaster protected mobility vehicles", comments="Gift")),
            R(["VIII a) 4", "Malaysia", 200, 620.5, "EF88 Austeyr assault rifles", None],
              dict(category="VIII.SA.4", partner=("MYS", "Malaysia"), items=200, value=620_500, currency="AUD",
                   description="EF88 Austeyr assault rifles")),
            R(["VI", "Philippines", 1, 18400, "Guardian-class patrol boat", "Pacific Maritime Security Program"],
              dict(category="VI", partner=("PHL", "Philippines"), items=1, value=18_400_000, currency="AUD",
                   description="Guardian-class patrol boat", comments="Pacific Maritime Security Program")),
        ]),
        ("imports", "2. Exporting\nState²", [
            R(["IV(a)", "United States", 4, 520000, "F-35A Lightning II", "Joint Strike Fighter programme"],
              dict(category="IV.a", partner=("USA", "United States"), items=4, value=520_000_000, currency="AUD",
                   description="F-35A Lightning II", comments="Joint Strike Fighter programme")),
            R(["II", "Germany", 25, 160000, "Boxer combat reconnaissance vehicles", "Block I, built in Germany"],
              dict(category="II", partner=("DEU", "Germany"), items=25, value=160_000_000, currency="AUD",
                   description="Boxer combat reconnaissance vehicles", comments="Block I, built in Germany")),
            R(["VII(a)", "United States", 60, 98500, "AGM-158C LRASM missiles", None],
              dict(category="VII.a", partner=("USA", "United States"), items=60, value=98_500_000, currency="AUD",
                   description="AGM-158C LRASM missiles")),
        ]),
    ):
        sh = b.sheet(kind.capitalize())
        sh.put(1, 1, "Reporting country: Australia", bold=True)
        sh.put(2, 1, "Reporting period: 1 January – 31 December 2020")
        sh.put(3, 1, "Basis: actual transfers")
        headings = ["1. Category\n(I–VIII)¹", partner_heading, "3. Number of\nitems*", "4. Value\n(in thousands of AUD)",
                    "5. Description of\nitem (1)", "6. Comments"]
        sh.row(5, 1, headings, bold=True)
        body_rows = table(b, sh, kind, 6, 1, [], rows)
        b.expect(sh.ref(5, 4), "info", code="ATT0135", rule="value-multiplier",
                 note="'(in thousands of AUD)': values multiplied by 1,000, said once")
        r = body_rows[-1] + 2
        sh.put(r, 1, "¹ Categories of the UN Register of Conventional Arms.")
        sh.put(r + 1, 1, "² As stated on the end-user certificate.")
        sh.put(r + 2, 1, "* Actual deliveries. (1) Model or type.")
        sh.widths(16, 20, 12, 16, 40, 34)
        b.direction(kind, "reported", "actual")
    b.judgement("A value in '(in thousands of AUD)' is multiplied by 1,000 (3250 → 3,250,000 AUD).")
    b.judgement("The year comes from 'Reporting period: 1 January – 31 December 2020'.")
    b.judgement("Footnotes under the table are no entries (they may be reported as unread text).")
    return b


@book
def headings_units_footnotes_fr():
    b = Book(
        "headings-units-footnotes-fr",
        "French headings with line breaks, footnote marks (³, (1), (2)) and 'Valeur (en milliers "
        "d'euros)', a value written as text '1 250,5'; the year only in the sheet names "
        "'Exportations 2022' / 'Importations 2022'; imports declared 'Néant.' on their own sheet",
        state="FRA",
        year=2022,
        lang="fr",
    )
    sh = b.sheet("Exportations 2022")
    sh.put(1, 1, "Rapport annuel de la France", bold=True)
    sh.put(2, 1, "Type de données : livraisons effectives")
    sh.row(4, 1, ["Catégorie\n(I à VIII)", "Pays de destination\nfinale³", "Nombre\nd'unités (1)",
                  "Valeur\n(en milliers d'euros)", "Désignation du matériel", "Observations (2)"], bold=True)
    body = [
        R(["IV a)", "Grèce", 6, 1_200_000, "Avions Rafale F3R", "Contrat de janvier 2021"],
          dict(category="IV.a", partner=("GRC", "Grèce"), items=6, value=1_200_000_000, currency="EUR",
               description="Avions Rafale F3R", comments="Contrat de janvier 2021")),
        R(["III", "Belgique", 9, 45_600, "Canons automoteurs CAESAR 155 mm", None],
          dict(category="III", partner=("BEL", "Belgique"), items=9, value=45_600_000, currency="EUR",
               description="Canons automoteurs CAESAR 155 mm")),
        R(["III", "Ukraine", 18, "1 250,5", "Canons CAESAR 155 mm", "Cession gratuite"],
          dict(category="III", partner=("UKR", "Ukraine"), items=18, value=1_250_500, currency="EUR",
               description="Canons CAESAR 155 mm", comments="Cession gratuite")),
        R(["VI", "Égypte", 1, 750_000, "Corvette Gowind 2500", "Construite en partie sur place"],
          dict(category="VI", partner=("EGY", "Égypte"), items=1, value=750_000_000, currency="EUR",
               description="Corvette Gowind 2500", comments="Construite en partie sur place")),
        R(["VII a)", "Inde", 36, 320_000, "Missiles MICA", None],
          dict(category="VII.a", partner=("IND", "Inde"), items=36, value=320_000_000, currency="EUR",
               description="Missiles MICA")),
        R(["VII b)", "Chypre", 24, 8_400, "Missiles Mistral 3", None],
          dict(category="VII.b", partner=("CYP", "Chypre"), items=24, value=8_400_000, currency="EUR",
               description="Missiles Mistral 3")),
    ]
    rows = table(b, sh, "exports", 5, 1, [], body)
    b.expect(sh.ref(4, 4), "info", code="ATT0135", rule="value-multiplier",
             note="'(en milliers d'euros)': values multiplied by 1,000")
    b.expect(sh.ref(rows[2], 4), "info", kind="lenient-reading", codes=("ATT0103", "ATT0104"),
             note="'1 250,5' (French decimal comma, text) read as 1250.5 thousand euros")
    r = rows[-1] + 2
    sh.put(r, 1, "(1) Nombre de matériels livrés. (2) Nature du transfert.")
    sh.put(r + 1, 1, "³ Pays de l'utilisateur final.")
    sh.widths(12, 22, 12, 18, 36, 32)
    b.direction("exports", "reported", "actual")

    sh = b.sheet("Importations 2022")
    sh.put(1, 1, "IMPORTATIONS", bold=True)
    sh.put(3, 1, "Néant.")
    b.direction("imports", "nil")
    b.judgement("'Néant.' alone under the title of the imports sheet is a nil report for imports.")
    b.judgement("The year comes from the sheet names ('Exportations 2022'); the title names the State only.")
    return b


@book
def headings_units_es_mexico():
    b = Book(
        "headings-units-es-mexico",
        "Spanish headings with lettering '(a)'…'(f)', asterisks and 'Valor (miles de USD)', "
        "numbers in Spanish notation as text ('3.500', '1.750'), authorized imports; exports "
        "declared nil by a ticked box in a table of contents",
        state="MEX",
        year=2021,
        lang="es",
    )
    sh = b.sheet("Portada")
    sh.put(1, 1, "Informe anual — Tratado sobre el Comercio de Armas", bold=True)
    sh.row(3, 1, ["Estado informante:", "México"])
    sh.row(4, 1, ["Año del informe:", 2021])
    sh.row(6, 1, ["Contenido del informe", "Marque con una X"], bold=True)
    sh.row(7, 1, ["Cuadro de exportaciones", None])
    sh.row(8, 1, ["Cuadro de importaciones", "X"])
    sh.row(9, 1, ["Informe nulo – exportaciones", "X"])
    sh.row(10, 1, ["Informe nulo – importaciones", None])
    sh.widths(40, 20)
    b.direction("exports", "nil")

    sh = b.sheet("Importaciones")
    sh.put(1, 1, "Tipo de datos: importaciones autorizadas")
    sh.row(3, 1, ["(a) Categoría", "(b) País exportador", "(c) Cantidad*", "(d) Valor\n(miles de USD)",
                  "(e) Descripción", "(f) Observaciones"], bold=True)
    body = [
        R(["VIII a) 1", "Austria", "3.500", "1.750", "Pistolas Glock 17, 9 mm", "Para la Guardia Nacional"],
          dict(category="VIII.SA.1", partner=("AUT", "Austria"), items=3500, value=1_750_000, currency="USD",
               description="Pistolas Glock 17, 9 mm", comments="Para la Guardia Nacional")),
        R(["VIII a) 4", "Estados Unidos", "1.200", "2.150", "Fusiles de asalto M4A1", None],
          dict(category="VIII.SA.4", partner=("USA", "Estados Unidos"), items=1200, value=2_150_000, currency="USD",
               description="Fusiles de asalto M4A1")),
        R(["II", "Estados Unidos", 12, "9.600", "Vehículos blindados SandCat", "Secretaría de Marina"],
          dict(category="II", partner=("USA", "Estados Unidos"), items=12, value=9_600_000, currency="USD",
               description="Vehículos blindados SandCat", comments="Secretaría de Marina")),
        R(["VII a)", "Israel", 30, "4.500", "Misiles Spike-LR", None],
          dict(category="VII.a", partner=("ISR", "Israel"), items=30, value=4_500_000, currency="USD",
               description="Misiles Spike-LR")),
    ]
    rows = table(b, sh, "imports", 4, 1, [], body)
    b.expect(sh.ref(3, 4), "info", code="ATT0135", rule="value-multiplier",
             note="'(miles de USD)': values multiplied by 1,000")
    sh.put(rows[-1] + 2, 1, "* Número de armas.")
    sh.widths(14, 20, 14, 16, 32, 28)
    b.direction("imports", "reported", "authorized")
    b.judgement("In a table of contents with boxes, an empty box is 'not ticked': 'Cuadro de exportaciones' is "
                "unticked and 'Informe nulo – exportaciones' ticked, so exports are nil; the empty "
                "'Informe nulo – importaciones' box does not make imports nil.")
    b.judgement("'3.500' and '1.750' in a Spanish report are thousands (3500, 1750 thousand USD).")
    return b


@book
def columns_without_heading_en_canada():
    b = Book(
        "columns-without-heading-en-canada",
        "Export permits table whose partner column and currency column have no heading at all "
        "(content: State names, ISO currency codes), two currencies, authorized basis",
        state="CAN",
        year=2022,
        lang="en",
    )
    sh = b.sheet("Exports")
    sh.put(1, 1, "Report of Canada on exports of military goods — 2022", bold=True)
    sh.put(2, 1, "Basis: Authorized (export permits issued)")
    sh.row(4, 1, ["Category", None, "Quantity", "Value", None, "Item description"], bold=True)
    body = [
        R(["II", "Ukraine", 39, 90_000_000, "CAD", "Roshel Senator armoured vehicles"],
          dict(category="II", partner=("UKR", "Ukraine"), items=39, value=90_000_000, currency="CAD",
               description="Roshel Senator armoured vehicles")),
        R(["II", "Saudi Arabia", 112, 1_350_000_000, "CAD", "LAV 6.0 light armoured vehicles"],
          dict(category="II", partner=("SAU", "Saudi Arabia"), items=112, value=1_350_000_000, currency="CAD",
               description="LAV 6.0 light armoured vehicles")),
        R(["VIII.SA.2", "United States", 1850, 2_450_000, "CAD", "Bolt-action rifles, .308 Win"],
          dict(category="VIII.SA.2", partner=("USA", "United States"), items=1850, value=2_450_000, currency="CAD",
               description="Bolt-action rifles, .308 Win")),
        R(["VIII.LW.2", "Ukraine", 50, 1_100_000, "CAD", "40 mm grenade launchers"],
          dict(category="VIII.LW.2", partner=("UKR", "Ukraine"), items=50, value=1_100_000, currency="CAD",
               description="40 mm grenade launchers")),
        R(["III", "Australia", 2, 1_500_000, "USD", "M777 howitzers, returned after repair"],
          dict(category="III", partner=("AUS", "Australia"), items=2, value=1_500_000, currency="USD",
               description="M777 howitzers, returned after repair")),
    ]
    table(b, sh, "exports", 5, 1, [], body)
    b.expect(sh.ref(4, 2), "info", kind="column-role-from-content",
             note="column B has no heading; its 5 cells are State names: the final importing State")
    b.expect(sh.ref(4, 5), "info", kind="column-role-from-content",
             note="column E has no heading; its cells are ISO 4217 codes: the currency of the value")
    for c, w in zip("ABCDEF", (12, 18, 10, 16, 8, 38)):
        sh.ws.column_dimensions[c].width = w
    b.direction("exports", "reported", "authorized")

    sh = b.sheet("Imports")
    sh.put(1, 1, "Report of Canada on imports of military goods — 2022", bold=True)
    sh.put(2, 1, "Basis: Actual")
    sh.row(4, 1, ["Category", "Supplier", "Quantity", "Value", None, "Item description"], bold=True)
    body = [
        R(["II", "United States", 15, 21_300_000, "USD", "Armoured combat support vehicles"],
          dict(category="II", partner=("USA", "United States"), items=15, value=21_300_000, currency="USD",
               description="Armoured combat support vehicles")),
        R(["VIII.SA.4", "Germany", 300, 780_000, "EUR", "HK416 assault rifles"],
          dict(category="VIII.SA.4", partner=("DEU", "Germany"), items=300, value=780_000, currency="EUR",
               description="HK416 assault rifles")),
    ]
    table(b, sh, "imports", 5, 1, [], body)
    b.expect(sh.ref(4, 5), "info", kind="column-role-from-content",
             note="column E has no heading; its cells are ISO 4217 codes: the currency of the value")
    b.direction("imports", "reported", "actual")
    b.judgement("A column without a heading is read by its content: State names → partner, ISO codes → currency.")
    return b


@book
def competing_category_columns_en_netherlands():
    b = Book(
        "competing-category-columns-en-netherlands",
        "Two columns competing for the category: 'Category' holding national Military List codes "
        "(ML6, ML10.a, ML4.b) and 'UN cat.' holding ATT categories; the ATT column wins and the "
        "national one is reported; Dutch-style names in English headings",
        state="NLD",
        year=2021,
        lang="en",
    )
    sh = b.sheet("Exports 2021")
    sh.put(1, 1, "Reporting State: Netherlands", bold=True)
    sh.put(2, 1, "Reporting year: 2021")
    sh.put(3, 1, "Basis of data: authorized (licences)")
    sh.row(5, 1, ["Category", "UN cat.", "Country of destination", "Number", "Value (EUR)", "Description"], bold=True)
    body = [
        R(["ML6", "II", "Indonesia", 10, 4_200_000, "Used YPR-765 armoured infantry vehicles"],
          dict(category="II", partner=("IDN", "Indonesia"), items=10, value=4_200_000, currency="EUR",
               description="Used YPR-765 armoured infantry vehicles")),
        R(["ML10.a", "IV a)", "Romania", 6, 72_000_000, "F-16AM/BM fighter aircraft"],
          dict(category="IV.a", partner=("ROU", "Romania"), items=6, value=72_000_000, currency="EUR",
               description="F-16AM/BM fighter aircraft")),
        R(["ML4.b", "VII a)", "Germany", 12, 9_600_000, "Harpoon Block II missiles, re-export"],
          dict(category="VII.a", partner=("DEU", "Germany"), items=12, value=9_600_000, currency="EUR",
               description="Harpoon Block II missiles, re-export")),
        R(["ML9.a", "VI", "Viet Nam", 1, 120_000_000, "SIGMA 9814 frigate"],
          dict(category="VI", partner=("VNM", "Viet Nam"), items=1, value=120_000_000, currency="EUR",
               description="SIGMA 9814 frigate")),
        R(["ML1.a", "VIII a) 2", "Belgium", 40, 180_000, "Sniper rifles"],
          dict(category="VIII.SA.2", partner=("BEL", "Belgium"), items=40, value=180_000, currency="EUR",
               description="Sniper rifles")),
    ]
    table(b, sh, "exports", 6, 1, [], body)
    b.expect(sh.ref(5, 1), "info", kind="competing-columns",
             note="'Category' holds national control-list codes and 'UN cat.' ATT categories: 'UN cat.' is read "
                  "as the category, 'Category' is reported (not read as national_category, since an ATT "
                  "category column exists)")
    sh.widths(10, 10, 22, 10, 14, 40)
    b.direction("exports", "reported", "authorized")

    sh = b.sheet("Imports 2021")
    sh.put(1, 1, "Reporting State: Netherlands", bold=True)
    sh.put(2, 1, "Reporting year: 2021")
    sh.put(3, 1, "Basis of data: actual")
    sh.row(5, 1, ["Category", "UN cat.", "Country of origin of the shipment", "Number", "Value (EUR)", "Description"],
           bold=True)
    body = [
        R(["ML10.a", "IV a)", "United States", 8, 680_000_000, "F-35A Lightning II"],
          dict(category="IV.a", partner=("USA", "United States"), items=8, value=680_000_000, currency="EUR",
               description="F-35A Lightning II")),
        R(["ML6", "II", "Germany", 12, 54_000_000, "Boxer armoured vehicles"],
          dict(category="II", partner=("DEU", "Germany"), items=12, value=54_000_000, currency="EUR",
               description="Boxer armoured vehicles")),
    ]
    table(b, sh, "imports", 6, 1, [], body)
    b.expect(sh.ref(5, 1), "info", kind="competing-columns",
             note="'Category' holds national control-list codes beside the ATT 'UN cat.' column")
    b.direction("imports", "reported", "actual")
    b.judgement("Where an ATT category column exists, a column of national control-list codes is not read as "
                "national_category: the expected entries carry the ATT category only.")
    return b


# ---------------------------------------------------------------------------------------------
# Tables found by their content: headings in other languages, national control-list codes
# ---------------------------------------------------------------------------------------------


@book
def licence_list_de_switzerland():
    b = Book(
        "licence-list-de-switzerland",
        "A licence list with German headings ('Geschäftsnummer', 'Ausstellungsdatum', "
        "'Bestimmungs-/Lieferland', 'Position / EKN', 'Position / Wert [CHF]'): only national "
        "control-list codes (ML…), German State names as Swiss lists write them, a licence number "
        "column that is no count, a territory (Hongkong)",
        state="CHE",
        year=2022,
        lang="en",
    )
    sh = b.sheet("Bewilligungen 2022")
    sh.put(1, 1, "Reporting State: Switzerland / Calendar year: 2022", bold=True)
    sh.put(2, 1, "Exports authorized (licences issued) — special military goods")
    sh.row(4, 1, ["Geschäftsnummer", "Ausstellungsdatum", "Bestimmungs-/Lieferland", "Position / EKN",
                  "Position / Wert [CHF]"], bold=True)
    rows = [
        (8100002, dt.datetime(2022, 1, 12, 9, 41), "Deutschland", "DEU", "ML10.c2", 3_740),
        (8100005, dt.datetime(2022, 1, 19, 14, 7), "Korea (Süd)", "KOR", "ML15", 128_000),
        (8100009, dt.datetime(2022, 2, 3, 10, 23), "Tschechische Rep.", "CZE", "ML5.b", 412_500),
        (8100011, dt.datetime(2022, 2, 15, 8, 36), "Vereinigte Staaten", "USA", "ML10.c2", 24_200),
        (8100011, dt.datetime(2022, 2, 15, 8, 36), "Vereinigte Staaten", "USA", "ML10.c2", 181_500),
        (8100016, dt.datetime(2022, 3, 4, 11, 22), "Indien", "IND", "ML15", 96_680),
        (8100018, dt.datetime(2022, 3, 4, 15, 56), "Singapur", "SGP", "ML5.c", 88_796.8),
        (8100023, dt.datetime(2022, 3, 10, 9, 3), "Grossbritannien", "GBR", "ML11", 1_250_000),
        (8100027, dt.datetime(2022, 4, 1, 13, 20), "Hongkong", "HKG", "ML15", 9_120),
        (8100031, dt.datetime(2022, 4, 22, 10, 19), "Türkei", "TUR", "ML10.f", 13_200),
        (8100034, dt.datetime(2022, 5, 6, 16, 2), "Österreich", "AUT", "ML6.a", 357_983),
        (8100038, dt.datetime(2022, 5, 19, 9, 50), "China, Volksrepublik", "CHN", "ML15", 43_188),
    ]
    r = 4
    for number, issued, land, code, ekn, wert in rows:
        r += 1
        sh.put(r, 1, number)
        sh.put(r, 2, issued, fmt="dd.mm.yyyy hh:mm")
        sh.put(r, 3, land)
        sh.put(r, 4, ekn)
        sh.put(r, 5, wert, fmt="#,##0.00")
        b.entry("exports", category="national", national=ekn, partner=(code, land), value=wert, currency="CHF")
        if code == "HKG":
            b.expect(sh.ref(r, 3), "warning", kind="territory",
                     note="Hongkong is a territory (Hong Kong, HKG), not a State: accepted with a warning")
    b.expect(sh.ref(4, 3), "info", kind="column-role-from-content",
             note="'Bestimmungs-/Lieferland' is not a known heading; its cells are State names: the partner")
    b.expect(sh.ref(4, 4), "info", kind="column-role-from-content",
             note="'Position / EKN' holds national control-list codes: read as national_category (no ATT "
                  "category column)")
    sh.widths(16, 18, 26, 16, 20)
    b.direction("exports", "reported", "authorized")

    sh = b.sheet("Einfuhren 2022")
    sh.put(1, 1, "Imports (actual) — special military goods")
    sh.row(3, 1, ["Herkunftsland", "Position / EKN", "Position / Wert [CHF]"], bold=True)
    body = [
        R(["Vereinigte Staaten", "ML4.a", 2_480_000],
          dict(category="national", national="ML4.a", partner=("USA", "Vereinigte Staaten"), value=2_480_000,
               currency="CHF")),
        R(["Deutschland", "ML6.a", 730_000],
          dict(category="national", national="ML6.a", partner=("DEU", "Deutschland"), value=730_000, currency="CHF")),
        R(["Schweden", "ML3", 61_450],
          dict(category="national", national="ML3", partner=("SWE", "Schweden"), value=61_450, currency="CHF")),
    ]
    table(b, sh, "imports", 4, 1, [], body)
    b.direction("imports", "reported", "actual")
    b.judgement("The licence number ('Geschäftsnummer') and the date of issue are not entry fields: no items "
                "come from the licence number.")
    b.judgement("The control-list code ('Position / EKN') is the national category when no ATT category column "
                "exists; 'Position / Wert [CHF]' is the value in CHF.")
    b.judgement("Two licences with the same number, partner and code but different values are two entries.")
    b.also_as("ods")
    return b


@book
def content_only_it_italy():
    b = Book(
        "content-only-it-italy",
        "Tables with Italian headings ('Paese di destinazione', 'Quantità', 'Valore (€)', "
        "'Descrizione del materiale', 'Note'), Italian State names, values with the format "
        "'#,##0 [$€-410]', English labels for State, year and basis",
        state="ITA",
        year=2021,
        lang="en",
    )
    fmt = '#,##0 [$€-410]'
    for kind, title, partner_heading, body in (
        ("exports", "Esportazioni / Exports", "Paese di destinazione", [
            R(["Qatar", "VI", 2, 1_840_000_000, "Corvette classe Doha", None],
              dict(category="VI", partner=("QAT", "Qatar"), items=2, value=1_840_000_000, currency="EUR",
                   description="Corvette classe Doha"), fmts={3: fmt}),
            R(["Egitto", "VI", 1, 600_000_000, "Fregata FREMM", "Unità ex Marina Militare"],
              dict(category="VI", partner=("EGY", "Egitto"), items=1, value=600_000_000, currency="EUR",
                   description="Fregata FREMM", comments="Unità ex Marina Militare"), fmts={3: fmt}),
            R(["Kuwait", "IV a)", 9, 1_150_000_000, "Velivoli Eurofighter Typhoon", None],
              dict(category="IV.a", partner=("KWT", "Kuwait"), items=9, value=1_150_000_000, currency="EUR",
                   description="Velivoli Eurofighter Typhoon"), fmts={3: fmt}),
            R(["Stati Uniti", "VIII a) 1", 40_000, 14_800_000, "Pistole semiautomatiche 9 mm", None],
              dict(category="VIII.SA.1", partner=("USA", "Stati Uniti"), items=40_000, value=14_800_000,
                   currency="EUR", description="Pistole semiautomatiche 9 mm"), fmts={3: fmt}),
            R(["Germania", "VII a)", 20, 36_000_000, "Missili Aster 30", "Consorzio europeo"],
              dict(category="VII.a", partner=("DEU", "Germania"), items=20, value=36_000_000, currency="EUR",
                   description="Missili Aster 30", comments="Consorzio europeo"), fmts={3: fmt}),
        ]),
        ("imports", "Importazioni / Imports", "Paese di provenienza", [
            R(["Stati Uniti", "VII a)", 60, 9_500_000, "Missili AGM-114 Hellfire", None],
              dict(category="VII.a", partner=("USA", "Stati Uniti"), items=60, value=9_500_000, currency="EUR",
                   description="Missili AGM-114 Hellfire"), fmts={3: fmt}),
            R(["Israele", "VII a)", 20, 4_200_000, "Missili Spike LR2", None],
              dict(category="VII.a", partner=("ISR", "Israele"), items=20, value=4_200_000, currency="EUR",
                   description="Missili Spike LR2"), fmts={3: fmt}),
        ]),
    ):
        sh = b.sheet(title.split(" / ")[0])
        sh.put(1, 1, "Reporting State: Italy", bold=True)
        sh.put(2, 1, "Year: 2021")
        sh.put(3, 1, "Basis: actual")
        sh.put(4, 1, title, bold=True)
        sh.row(5, 1, [partner_heading, "Categoria", "Quantità", "Valore (€)", "Descrizione del materiale", "Note"],
               bold=True)
        table(b, sh, kind, 6, 1, [], body)
        sh.widths(22, 12, 10, 20, 34, 24)
        b.expect(sh.ref(5, 1), "info", kind="column-role-from-content",
                 note=f"'{partner_heading}' is read as the partner from its content (State names in Italian)")
        b.direction(kind, "reported", "actual")
    b.judgement("'Descrizione del materiale' is the description, 'Note' the comments.")
    return b


@book
def content_only_de_austria():
    b = Book(
        "content-only-de-austria",
        "Tables with German headings ('Empfängerland', 'Kategorie', 'Stückzahl', 'Wert in EUR', "
        "'Beschreibung', 'Bemerkungen'; imports 'Herkunftsland'), German State names "
        "('Vereinigte Staaten', 'Tschechische Rep.', 'Schweiz'), numbers as text with dots",
        state="AUT",
        year=2019,
        lang="en",
    )
    sh = b.sheet("Ausfuhren 2019")
    sh.put(1, 1, "Reporting State: Austria", bold=True)
    sh.put(2, 1, "Reporting year: 2019")
    sh.put(3, 1, "Basis of data: actual exports")
    sh.row(5, 1, ["Empfängerland", "Kategorie", "Stückzahl", "Wert in EUR", "Beschreibung", "Bemerkungen"], bold=True)
    body = [
        R(["Vereinigte Staaten", "VIII a) 1", "55.000", "19.250.000", "Pistolen Glock 17/19, 9 mm", "Handel"],
          dict(category="VIII.SA.1", partner=("USA", "Vereinigte Staaten"), items=55_000, value=19_250_000,
               currency="EUR", description="Pistolen Glock 17/19, 9 mm", comments="Handel")),
        R(["Tschechische Rep.", "II", 4, "6.800.000", "Radpanzer Pandur II", None],
          dict(category="II", partner=("CZE", "Tschechische Rep."), items=4, value=6_800_000, currency="EUR",
               description="Radpanzer Pandur II")),
        R(["Deutschland", "VIII a) 2", 120, "540.000", "Scharfschützengewehre SSG 08", "Polizei"],
          dict(category="VIII.SA.2", partner=("DEU", "Deutschland"), items=120, value=540_000, currency="EUR",
               description="Scharfschützengewehre SSG 08", comments="Polizei")),
        R(["Schweiz", "VIII a) 4", 150, "285.000", "Sturmgewehre AUG A3", None],
          dict(category="VIII.SA.4", partner=("CHE", "Schweiz"), items=150, value=285_000, currency="EUR",
               description="Sturmgewehre AUG A3")),
        R(["Indonesien", "II", 11, "18.700.000", "Radpanzer Pandur II 8x8", "Lieferung an die Armee"],
          dict(category="II", partner=("IDN", "Indonesien"), items=11, value=18_700_000, currency="EUR",
               description="Radpanzer Pandur II 8x8", comments="Lieferung an die Armee")),
    ]
    table(b, sh, "exports", 6, 1, [], body)
    b.expect(sh.ref(5, 1), "info", kind="column-role-from-content",
             note="'Empfängerland' is read as the final importing State from its content")
    sh.widths(22, 12, 10, 14, 32, 24)
    b.direction("exports", "reported", "actual")

    sh = b.sheet("Einfuhren 2019")
    sh.put(1, 1, "Reporting State: Austria", bold=True)
    sh.put(2, 1, "Reporting year: 2019")
    sh.put(3, 1, "Basis of data: actual imports")
    sh.row(5, 1, ["Herkunftsland", "Kategorie", "Stückzahl", "Wert in EUR", "Beschreibung"], bold=True)
    body = [
        R(["Deutschland", "VIII b) 2", 40, "1.120.000", "Granatmaschinenwaffen GMW 40 mm"],
          dict(category="VIII.LW.2", partner=("DEU", "Deutschland"), items=40, value=1_120_000, currency="EUR",
               description="Granatmaschinenwaffen GMW 40 mm")),
        R(["Schweden", "VIII b) 4", 30, "960.000", "Rückstoßfreie Waffen Carl-Gustaf M4"],
          dict(category="VIII.LW.4", partner=("SWE", "Schweden"), items=30, value=960_000, currency="EUR",
               description="Rückstoßfreie Waffen Carl-Gustaf M4")),
    ]
    table(b, sh, "imports", 6, 1, [], body)
    b.direction("imports", "reported", "actual")
    b.judgement("'55.000' and '19.250.000' in a German-language table are thousands separators (55000, "
                "19250000); a locale warning is allowed, not an error.")
    b.judgement("'Beschreibung' is the description, 'Bemerkungen' the comments.")
    return b


@book
def content_only_nl_netherlands():
    b = Book(
        "content-only-nl-netherlands",
        "Tables with Dutch headings ('Land van bestemming', 'Aantal', 'Waarde (EUR)', "
        "'Omschrijving', 'Opmerkingen'; imports 'Land van herkomst') and Dutch State names "
        "('Oekraïne', 'Roemenië', 'Verenigde Staten', 'Duitsland'); a re-export with 'Land van "
        "oorsprong'",
        state="NLD",
        year=2023,
        lang="en",
    )
    sh = b.sheet("Uitvoer 2023")
    sh.put(1, 1, "Annual report of the Netherlands, 2023", bold=True)
    sh.put(2, 1, "Basis: actual transfers")
    sh.row(4, 1, ["Categorie", "Land van bestemming", "Land van oorsprong", "Aantal", "Waarde (EUR)", "Omschrijving",
                  "Opmerkingen"], bold=True)
    body = [
        R(["II", "Oekraïne", None, 45, 11_250_000, "YPR-765 pantservoertuigen", "Schenking"],
          dict(category="II", partner=("UKR", "Oekraïne"), items=45, value=11_250_000, currency="EUR",
               description="YPR-765 pantservoertuigen", comments="Schenking")),
        R(["III", "Oekraïne", "Duitsland", 8, 32_000_000, "PzH 2000 pantserhouwitsers", "Schenking"],
          dict(category="III", partner=("UKR", "Oekraïne"), items=8, value=32_000_000, currency="EUR",
               origin=("DEU", "Duitsland"), description="PzH 2000 pantserhouwitsers", comments="Schenking")),
        R(["IV a)", "Roemenië", "Verenigde Staten", 6, 54_000_000, "F-16AM/BM gevechtsvliegtuigen", "Verkoop"],
          dict(category="IV.a", partner=("ROU", "Roemenië"), items=6, value=54_000_000, currency="EUR",
               origin=("USA", "Verenigde Staten"), description="F-16AM/BM gevechtsvliegtuigen", comments="Verkoop")),
        R(["II", "Duitsland", None, 2, 150_000, "Fennek verkenningsvoertuigen", "Retour na reparatie"],
          dict(category="II", partner=("DEU", "Duitsland"), items=2, value=150_000, currency="EUR",
               description="Fennek verkenningsvoertuigen", comments="Retour na reparatie")),
    ]
    table(b, sh, "exports", 5, 1, [], body)
    b.expect(sh.ref(4, 2), "info", kind="column-role-from-content",
             note="'Land van bestemming' holds State names in Dutch: the final importing State")
    b.expect(sh.ref(4, 3), "info", kind="column-role-from-content",
             note="'Land van oorsprong' holds State names and comes after the partner column: the State of origin")
    sh.widths(10, 20, 20, 8, 14, 32, 20)
    b.direction("exports", "reported", "actual")

    sh = b.sheet("Invoer 2023")
    sh.put(1, 1, "Annual report of the Netherlands, 2023", bold=True)
    sh.put(2, 1, "Basis: actual transfers")
    sh.row(4, 1, ["Categorie", "Land van herkomst", "Aantal", "Waarde (EUR)", "Omschrijving"], bold=True)
    body = [
        R(["IV a)", "Verenigde Staten", 8, 680_000_000, "F-35A gevechtsvliegtuigen"],
          dict(category="IV.a", partner=("USA", "Verenigde Staten"), items=8, value=680_000_000, currency="EUR",
               description="F-35A gevechtsvliegtuigen")),
        R(["II", "Duitsland", 12, 54_000_000, "Boxer pantservoertuigen"],
          dict(category="II", partner=("DEU", "Duitsland"), items=12, value=54_000_000, currency="EUR",
               description="Boxer pantservoertuigen")),
        R(["VIII a) 4", "België", 500, 1_150_000, "FN SCAR-L aanvalsgeweren"],
          dict(category="VIII.SA.4", partner=("BEL", "België"), items=500, value=1_150_000, currency="EUR",
               description="FN SCAR-L aanvalsgeweren")),
    ]
    table(b, sh, "imports", 5, 1, [], body)
    b.direction("imports", "reported", "actual")
    b.judgement("Of two columns of State names, the first ('Land van bestemming') is the partner and the "
                "second ('Land van oorsprong', sparsely filled) the State of origin.")
    return b


@book
def content_only_pt_portugal():
    b = Book(
        "content-only-pt-portugal",
        "Tables with Portuguese headings ('País de destino', 'Quantidade', 'Valor (EUR)', "
        "'Descrição'; imports 'País exportador') and Portuguese State names ('Roménia', "
        "'Moçambique', 'Estados Unidos', 'Alemanha')",
        state="PRT",
        year=2016,
        lang="en",
    )
    sh = b.sheet("Exportações")
    sh.put(1, 1, "Reporting State: Portugal", bold=True)
    sh.put(2, 1, "Calendar year: 2016")
    sh.put(3, 1, "Basis of data: actual")
    sh.row(5, 1, ["Categoria", "País de destino", "Quantidade", "Valor (EUR)", "Descrição", "Observações"], bold=True)
    body = [
        R(["IV a)", "Roménia", 9, 78_000_000, "Aviões F-16 MLU", "Origem: Estados Unidos"],
          dict(category="IV.a", partner=("ROU", "Roménia"), items=9, value=78_000_000, currency="EUR",
               description="Aviões F-16 MLU", comments="Origem: Estados Unidos")),
        R(["II", "Moçambique", 6, 1_350_000, "Viaturas blindadas", "Doação"],
          dict(category="II", partner=("MOZ", "Moçambique"), items=6, value=1_350_000, currency="EUR",
               description="Viaturas blindadas", comments="Doação")),
        R(["VIII a) 1", "Angola", 800, 312_000, "Pistolas 9 mm", None],
          dict(category="VIII.SA.1", partner=("AGO", "Angola"), items=800, value=312_000, currency="EUR",
               description="Pistolas 9 mm")),
    ]
    table(b, sh, "exports", 6, 1, [], body)
    b.expect(sh.ref(5, 2), "info", kind="column-role-from-content",
             note="'País de destino' holds State names in Portuguese: the final importing State")
    sh.widths(12, 18, 12, 14, 28, 26)
    b.direction("exports", "reported", "actual")

    sh = b.sheet("Importações")
    sh.put(1, 1, "Reporting State: Portugal", bold=True)
    sh.put(2, 1, "Calendar year: 2016")
    sh.put(3, 1, "Basis of data: actual")
    sh.row(5, 1, ["Categoria", "País exportador", "Quantidade", "Valor (EUR)", "Descrição"], bold=True)
    body = [
        R(["VIII a) 4", "Alemanha", 1_200, 2_160_000, "Espingardas automáticas HK G36"],
          dict(category="VIII.SA.4", partner=("DEU", "Alemanha"), items=1_200, value=2_160_000, currency="EUR",
               description="Espingardas automáticas HK G36")),
        R(["VII a)", "Estados Unidos", 12, 3_900_000, "Mísseis AGM-114 Hellfire"],
          dict(category="VII.a", partner=("USA", "Estados Unidos"), items=12, value=3_900_000, currency="EUR",
               description="Mísseis AGM-114 Hellfire")),
    ]
    table(b, sh, "imports", 6, 1, [], body)
    b.direction("imports", "reported", "actual")
    b.judgement("'Origem: Estados Unidos' written in the Observações column is a comment, not a State of origin "
                "(nothing is read out of free text).")
    return b


# ---------------------------------------------------------------------------------------------
# National statistics as matrices (partners × categories), totals and sub-totals
# ---------------------------------------------------------------------------------------------


def swiss(n: int | float) -> str:
    """A number as Swiss statistics write it: 5'679'820."""
    return f"{n:,.0f}".replace(",", "'")


@book
def matrix_km_chf_de_fr_switzerland():
    b = Book(
        "matrix-km-chf-de-fr-switzerland",
        "Swiss-style statistics: a matrix of countries (German and French names side by side, "
        "continent in its own column) × national 'KM' categories, values in CHF written as text "
        "'5'679'820', a per-country Total column, the grand total on top, continent sub-totals "
        "— one of which does not add up; year only in the period of the bilingual title",
        state="CHE",
        year=2021,
        lang="fr",
    )
    sh = b.sheet("Ausfuhren 2021")
    sh.put(1, 1, "Ausfuhren von Kriegsmaterial nach Kategorie pro Endempfängerstaat (01.01. - 31.12.2021)", bold=True)
    sh.put(2, 1, "Exportations de matériel de guerre par catégorie et pays de destination (01.01. - 31.12.2021)",
           bold=True)
    sh.put(3, 1, "État déclarant : Suisse")
    sh.put(4, 1, "Type de données : exportations effectives — valeurs en CHF")
    kms = ["KM 1", "KM 2", "KM 3", "KM 4", "KM 5", "KM 6", "KM 7", "KM 8", "KM 10", "KM 16"]
    sh.row(6, 1, ["Kontinent", "Land", None, "Total"] + kms, bold=True)
    sh.row(7, 1, ["Continent", "Pays"], bold=True)
    first_km = 5
    continents = [
        ("Europa", "Europe", [
            ("Belgien", "Belgique", "BEL", {"KM 1": 412_306, "KM 3": 2_871_540, "KM 10": 733_918}),
            ("Bosnien und Herzeg.", "Bosnie et Herzég.", "BIH", {"KM 1": 18_250, "KM 8": 61_400}),
            ("Dänemark", "Danemark", "DNK", {"KM 2": 2_940_115, "KM 3": 1_106_827, "KM 7": 310_044}),
            ("Deutschland", "Allemagne", "DEU", {"KM 1": 4_870_233, "KM 2": 15_204_881, "KM 3": 39_612_050,
                                                 "KM 5": 9_880_412, "KM 6": 84_117_300, "KM 10": 2_904_716}),
            ("Kosovo", "Kosovo", "XKX", {"KM 3": 41_200}),
            ("Österreich", "Autriche", "AUT", {"KM 1": 198_774, "KM 3": 3_902_118, "KM 5": 402_600}),
            ("Tschechische Rep.", "Tchèque, Rép.", "CZE", {"KM 1": 402_913, "KM 2": 28_410}),
        ]),
        ("Afrika", "Afrique", [
            ("Botsuana", "Botswana", "BWA", {"KM 1": 96_300, "KM 3": 4_800}),
            ("Südafrika", "Afrique du Sud", "ZAF", {"KM 1": 61_250, "KM 4": 1_422_000}),
        ]),
        ("Amerika", "Amérique", [
            ("Brasilien", "Brésil", "BRA", {"KM 2": 7_318_400, "KM 3": 212_060}),
            ("Vereinigte Staaten", "Etats-Unis", "USA", {"KM 1": 9_906_512, "KM 2": 3_302_118, "KM 3": 6_004_400,
                                                           "KM 7": 1_240_900, "KM 16": 211_480}),
        ]),
        ("Asien", "Asie", [
            ("Indien", "Inde", "IND", {"KM 5": 2_118_006}),
            ("Korea (Süd)", "Corée (Sud)", "KOR", {"KM 3": 415_700, "KM 5": 5_710_224}),
            ("Singapur", "Singapour", "SGP", {"KM 2": 3_118_450, "KM 3": 880_912}),
        ]),
    ]
    country_rows = []
    r = 9  # row 8 holds the grand total, written last
    km_totals = {k: 0 for k in kms}
    for kontinent, continent, countries in continents:
        sub = {k: 0 for k in kms}
        for i, (land, pays, code, cells) in enumerate(countries):
            label = kontinent if i == 0 else (continent if i == 1 else None)
            total = sum(cells.values())
            sh.row(r, 1, [label, land, pays, swiss(total)])
            for k, v in cells.items():
                c = first_km + kms.index(k)
                sh.put(r, c, swiss(v))
                b.entry("exports", category="national", national=k, partner=(code, land), value=v, currency="CHF")
                sub[k] += v
                km_totals[k] += v
            if code == "XKX":
                b.expect(sh.ref(r, 2), "warning", kind="territory", alternatives=(sh.ref(r, 3),),
                         note="Kosovo is not a UN member State (XKX, user-assigned): accepted with a warning")
            if code == "BIH":
                b.expect(sh.ref(r, 2), "info", kind="state-partly-matched", alternatives=(sh.ref(r, 3),),
                         note="'Bosnien und Herzeg.' (abbreviated) matched Bosnia and Herzegovina through part "
                              "of its name: said, with what it was matched to")
            country_rows.append(r)
            r += 1
        subtotal = sum(sub.values())
        written = subtotal
        if kontinent == "Afrika":
            written = subtotal + 90_000  # planted: the Africa sub-total does not add up
        sh.row(r, 2, [f"Total {kontinent}", f"Total {continent}", swiss(written)])
        for k, v in sub.items():
            if v:
                sh.put(r, first_km + kms.index(k), swiss(v))
        if written != subtotal:
            b.expect(sh.ref(r, 4), "warning", kind="total-mismatch",
                     note=f"the Africa sub-total says {swiss(written)} but its rows add up to {swiss(subtotal)}")
        else:
            b.expect(sh.ref(r, 2), "info", kind="total-row-skipped", alternatives=(sh.ref(r, 1), sh.ref(r, 3)),
                     note=f"'Total {kontinent}' is a sub-total row: skipped, no entry")
        r += 1
    grand = sum(km_totals.values())
    sh.row(8, 1, ["Total", None, None, swiss(grand)] + [swiss(km_totals[k]) if km_totals[k] else None for k in kms])
    b.expect(sh.ref(8, 1), "info", kind="total-row-skipped", note="'Total' (grand total, above the countries): skipped")
    sh.widths(12, 22, 22, 14, *([12] * len(kms)))
    b.direction("exports", "reported", "actual")

    sh = b.sheet("Imports 2021")
    sh.put(1, 1, "Importations de matériel de guerre 2021")
    sh.put(2, 1, "Type de données : importations effectives")
    sh.row(3, 1, ["Catégorie", "État exportateur", "Nombre d'articles", "Description du matériel"], bold=True)
    body = [
        R(["VII a)", "Etats-Unis", 36, "Missiles AIM-120C-8"],
          dict(category="VII.a", partner=("USA", "Etats-Unis"), items=36, description="Missiles AIM-120C-8")),
        R(["II", "Allemagne", 4, "Véhicules de dépannage blindés"],
          dict(category="II", partner=("DEU", "Allemagne"), items=4, description="Véhicules de dépannage blindés")),
    ]
    table(b, sh, "imports", 4, 1, [], body)
    b.direction("imports", "reported", "actual")
    b.judgement("Each filled cell of the matrix is one entry: category national with national_category the "
                "column heading ('KM 3'), the partner of its row, the figure as value in CHF; the 'Total' column, "
                "the grand-total row and the continent sub-totals are no entries.")
    b.judgement("The partner name as reported is the German name (first name column); the scorer compares codes.")
    b.judgement("Whether the grand total on top is checked against the stated sub-totals or against the "
                "countries is left open: only the Africa sub-total is a planted mismatch.")
    b.also_as("ods")
    return b


@book
def matrix_att_items_en_finland():
    b = Book(
        "matrix-att-items-en-finland",
        "Exports and imports on one sheet, each a matrix of States × UN Register categories with "
        "counts, a Total column and a 'Grand total' row (all consistent)",
        state="FIN",
        year=2020,
        lang="en",
    )
    sh = b.sheet("Transfers 2020")
    sh.put(1, 1, "Reporting State: Finland", bold=True)
    sh.put(2, 1, "Calendar year: 2020")
    sh.put(3, 1, "Basis of data: actual transfers")
    r = 5
    for kind, title, partner_heading, cats, rows in (
        ("exports", "EXPORTS (number of items)", "Recipient State",
         [("I. Battle tanks", "I"), ("II. Armoured combat vehicles", "II"),
          ("III. Large-calibre artillery systems", "III"), ("VII. (a) Missiles and missile launchers", "VII.a")],
         [("Latvia", "LVA", {"II": 16}), ("Sweden", "SWE", {"II": 6, "III": 2}), ("Estonia", "EST", {"III": 6}),
          ("Japan", "JPN", {"II": 2})]),
        ("imports", "IMPORTS (number of items)", "Supplier State",
         [("II. Armoured combat vehicles", "II"), ("III. Large-calibre artillery systems", "III"),
          ("IV. (a) Combat aircraft", "IV.a"), ("VII. (a) Missiles and missile launchers", "VII.a")],
         [("Rep. of Korea", "KOR", {"III": 10}), ("United States", "USA", {"VII.a": 24}),
          ("Israel", "ISR", {"VII.a": 12})]),
    ):
        sh.put(r, 1, title, bold=True)
        r += 1
        sh.row(r, 1, [partner_heading] + [c[0] for c in cats] + ["Total"], bold=True)
        r += 1
        totals = {c[1]: 0 for c in cats}
        for name, code, cells in rows:
            sh.put(r, 1, name)
            for label, cat in cats:
                if cat in cells:
                    sh.put(r, 2 + [c[1] for c in cats].index(cat), cells[cat])
                    b.entry(kind, category=cat, partner=(code, name), items=cells[cat])
                    totals[cat] += cells[cat]
            sh.put(r, 2 + len(cats), sum(cells.values()))
            r += 1
        sh.put(r, 1, "Grand total", bold=True)
        for i, (label, cat) in enumerate(cats):
            if totals[cat]:
                sh.put(r, 2 + i, totals[cat], bold=True)
        sh.put(r, 2 + len(cats), sum(totals.values()), bold=True)
        b.expect(sh.ref(r, 1), "info", kind="total-row-skipped", note="'Grand total' row: skipped, no entry")
        b.direction(kind, "reported", "actual")
        r += 3
    sh.widths(22, 16, 18, 20, 18, 20, 10)
    b.judgement("In a matrix of counts, each filled cell is one entry with that many items; empty cells are no "
                "entries; the Total column and the Grand total row are no entries.")
    return b


@book
def matrix_values_fr_france():
    b = Book(
        "matrix-values-fr-france",
        "French matrix of deliveries by destination country × category, amounts in thousands of "
        "euros stated in a line above, continent group rows ('Europe') with 'Total Europe', "
        "'Total Afrique' (one cell does not add up), 'Total général'; a nil-report sheet for "
        "imports with a sentence",
        state="FRA",
        year=2019,
        lang="fr",
    )
    sh = b.sheet("Livraisons 2019")
    sh.put(1, 1, "État : France", bold=True)
    sh.put(2, 1, "Année : 2019")
    sh.put(3, 1, "Données : livraisons effectives (exportations)")
    sh.put(5, 1, "Montants en milliers d'euros")
    cats = [("Cat. II", "II"), ("Cat. III", "III"), ("Cat. IV a)", "IV.a"), ("Cat. VI", "VI"), ("Cat. VII a)", "VII.a")]
    sh.row(6, 1, ["Pays destinataire"] + [c[0] for c in cats] + ["Total"], bold=True)
    groups = [
        ("Europe", [("Belgique", "BEL", {"II": 38_500, "III": 12_800}), ("Grèce", "GRC", {"VII.a": 41_300}),
                    ("Espagne", "ESP", {"VI": 3_200, "VII.a": 8_750})]),
        ("Afrique", [("Maroc", "MAR", {"II": 4_150, "VII.a": 22_600}), ("Égypte", "EGY", {"IV.a": 205_000, "VI": 98_400}),
                     ("Sénégal", "SEN", {"VI": 61_200})]),
        ("Asie et Moyen-Orient", [("Inde", "IND", {"IV.a": 1_426_000, "VII.a": 133_900}),
                                  ("Qatar", "QAT", {"IV.a": 410_000}),
                                  ("Émirats arabes unis", "ARE", {"II": 16_300, "VII.a": 54_100})]),
    ]
    r = 7
    grand = {c[1]: 0 for c in cats}
    for group, countries in groups:
        sh.put(r, 1, group, bold=True)
        r += 1
        sub = {c[1]: 0 for c in cats}
        for name, code, cells in countries:
            sh.put(r, 1, name)
            for i, (label, cat) in enumerate(cats):
                if cat in cells:
                    sh.put(r, 2 + i, cells[cat], fmt="# ##0")
                    b.entry("exports", category=cat, partner=(code, name), value=cells[cat] * 1000, currency="EUR")
                    sub[cat] += cells[cat]
                    grand[cat] += cells[cat]
            sh.put(r, 2 + len(cats), sum(cells.values()), fmt="# ##0")
            r += 1
        sh.put(r, 1, f"Total {group}", bold=True)
        for i, (label, cat) in enumerate(cats):
            written = sub[cat]
            if group == "Afrique" and cat == "VI":
                written = sub[cat] + 10_000  # planted: 169 600 instead of 159 600
            if sub[cat]:
                sh.put(r, 2 + i, written, fmt="# ##0", bold=True)
            if written != sub[cat]:
                b.expect(sh.ref(r, 2 + i), "warning", kind="total-mismatch",
                         note=f"'Total Afrique' in Cat. VI says {written} but the rows above add up to {sub[cat]}")
        sh.put(r, 2 + len(cats), sum(sub.values()), fmt="# ##0", bold=True)
        r += 1
    sh.put(r, 1, "Total général", bold=True)
    for i, (label, cat) in enumerate(cats):
        sh.put(r, 2 + i, grand[cat], fmt="# ##0", bold=True)
    sh.put(r, 2 + len(cats), sum(grand.values()), fmt="# ##0", bold=True)
    b.expect(sh.ref(r, 1), "info", kind="total-row-skipped", note="'Total général': skipped, no entry")
    b.expect(sh.ref(5, 1), "info", code="ATT0135", rule="value-multiplier", alternatives=(sh.ref(6, 1),),
             note="'Montants en milliers d'euros' above the matrix: every figure multiplied by 1,000, in EUR")
    sh.widths(26, 12, 12, 12, 12, 12, 12)
    b.direction("exports", "reported", "actual")

    sh = b.sheet("Importations")
    sh.put(1, 1, "Rapport « néant » — importations", bold=True)
    sh.put(3, 1, "La France n'a importé au cours de l'année 2019 aucune arme classique relevant des catégories I à VII.")
    b.direction("imports", "nil")
    b.judgement("A matrix whose amounts are stated 'en milliers d'euros' gives, for each filled cell, an entry "
                "with value = figure × 1,000 EUR and no items.")
    b.judgement("The 'Total Afrique' row does not add up in Cat. VI: the warning belongs at that cell; 'Total "
                "général' equals the sum of the countries.")
    b.also_as("xls")
    return b


@book
def matrix_salw_es_spain():
    b = Book(
        "matrix-salw-es-spain",
        "Two Spanish matrices of small arms and light weapons sub-categories by destination "
        "country (counts, thousands with dots as text), 'Total general' rows; imports as a list",
        state="ESP",
        year=2022,
        lang="es",
    )
    sh = b.sheet("Exportaciones 2022")
    sh.put(1, 1, "Informe anual de España — año 2022", bold=True)
    sh.put(2, 1, "Datos: exportaciones efectivas")
    r = 4
    for title, cats, rows in (
        ("Armas pequeñas — número de unidades exportadas por país de destino",
         [("Revólveres y pistolas automáticas", "VIII.SA.1"), ("Fusiles y carabinas", "VIII.SA.2"),
          ("Subametralladoras", "VIII.SA.3"), ("Fusiles de asalto", "VIII.SA.4"), ("Ametralladoras ligeras", "VIII.SA.5")],
         [("Estados Unidos", "USA", {"VIII.SA.1": 1200, "VIII.SA.2": 3400}),
          ("Marruecos", "MAR", {"VIII.SA.2": 150, "VIII.SA.4": 300}),
          ("Colombia", "COL", {"VIII.SA.1": 500, "VIII.SA.3": 60}),
          ("Perú", "PER", {"VIII.SA.2": 200}),
          ("Portugal", "PRT", {"VIII.SA.2": 80, "VIII.SA.5": 24}),
          ("Francia", "FRA", {"VIII.SA.2": 1500})]),
        ("Armas ligeras — número de unidades exportadas por país de destino",
         [("Ametralladoras pesadas", "VIII.LW.1"), ("Lanzagranadas", "VIII.LW.2"),
          ("Morteros de calibre inferior a 75 mm", "VIII.LW.6")],
         [("Arabia Saudita", "SAU", {"VIII.LW.6": 40}), ("Colombia", "COL", {"VIII.LW.1": 12, "VIII.LW.2": 30})]),
    ):
        sh.put(r, 1, title, bold=True)
        r += 1
        sh.row(r, 1, ["País de destino"] + [c[0] for c in cats] + ["Total"], bold=True)
        r += 1
        totals = {c[1]: 0 for c in cats}
        for name, code, cells in rows:
            sh.put(r, 1, name)
            for i, (label, cat) in enumerate(cats):
                if cat in cells:
                    v = cells[cat]
                    sh.put(r, 2 + i, f"{v:,}".replace(",", ".") if v >= 1000 else v)
                    b.entry("exports", category=cat, partner=(code, name), items=v)
                    totals[cat] += v
            t = sum(cells.values())
            sh.put(r, 2 + len(cats), f"{t:,}".replace(",", ".") if t >= 1000 else t)
            r += 1
        sh.put(r, 1, "Total general", bold=True)
        for i, (label, cat) in enumerate(cats):
            v = totals[cat]
            sh.put(r, 2 + i, f"{v:,}".replace(",", ".") if v >= 1000 else v, bold=True)
        t = sum(totals.values())
        sh.put(r, 2 + len(cats), f"{t:,}".replace(",", ".") if t >= 1000 else t, bold=True)
        b.expect(sh.ref(r, 1), "info", kind="total-row-skipped", note="'Total general': skipped, no entry")
        r += 3
    sh.widths(22, 18, 14, 16, 14, 16, 10)
    b.direction("exports", "reported", "actual")

    sh = b.sheet("Importaciones 2022")
    sh.put(1, 1, "Informe anual de España — año 2022", bold=True)
    sh.put(2, 1, "Datos: importaciones efectivas")
    sh.row(4, 1, ["Categoría", "Estado exportador", "Número de artículos", "Valor (EUR)", "Descripción del artículo"],
           bold=True)
    body = [
        R(["VII a)", "Estados Unidos", 20, 21_400_000, "Misiles AIM-120C-7"],
          dict(category="VII.a", partner=("USA", "Estados Unidos"), items=20, value=21_400_000, currency="EUR",
               description="Misiles AIM-120C-7")),
        R(["VIII a) 4", "Alemania", 500, 890_000, "Fusiles de asalto HK G36E"],
          dict(category="VIII.SA.4", partner=("DEU", "Alemania"), items=500, value=890_000, currency="EUR",
               description="Fusiles de asalto HK G36E")),
    ]
    table(b, sh, "imports", 5, 1, [], body)
    b.direction("imports", "reported", "actual")
    b.judgement("A column heading naming a sub-category in words ('Fusiles de asalto') gives that code "
                "(VIII.SA.4) to every cell below it.")
    return b


@book
def list_subtotals_en_united_kingdom():
    b = Book(
        "list-subtotals-en-united-kingdom",
        "List grouped by category with 'Subtotal (cat. II)' … rows and a 'Grand total' row (one "
        "sub-total does not add up), values in '£', imports closed by a 'Total' row",
        state="GBR",
        year=2021,
        lang="en",
    )
    sh = b.sheet("Exports")
    sh.put(1, 1, "Reporting State: United Kingdom of Great Britain and Northern Ireland", bold=True)
    sh.put(2, 1, "Year: 2021")
    sh.put(3, 1, "Basis: Actual")
    sh.row(5, 1, ["Category", "Importing State", "Items", "Value (£)", "Description"], bold=True)
    groups = [
        ("II", [("Ukraine", "UKR", 120, 45_000_000, "Mastiff protected patrol vehicles"),
                ("Estonia", "EST", 12, 3_600_000, "Jackal 2 armoured vehicles")]),
        ("III", [("Ukraine", "UKR", 30, 24_000_000, "AS90 155 mm self-propelled guns"),
                 ("Australia", "AUS", 4, 2_000_000, "L119 105 mm light guns")]),
        ("VII", [("Saudi Arabia", "SAU", 100, 95_000_000, "Brimstone missiles"),
                 ("Ukraine", "UKR", 200, 40_000_000, "Brimstone missiles")]),
        ("VIII", [("Kenya", "KEN", 500, 400_000, "L85A2 assault rifles")]),
    ]
    codes = {"II": "II", "III": "III", "VII": "VII.a", "VIII": "VIII.SA.4"}
    written = {"II": "II", "III": "III", "VII": "VII(a)", "VIII": "VIII(a)(4)"}
    r = 6
    grand_items = grand_value = 0
    for group, rows in groups:
        items = value = 0
        for name, code, n, v, desc in rows:
            sh.row(r, 1, [written[group], name, n, v, desc], fmts=[None, None, "#,##0", "#,##0"])
            b.entry("exports", category=codes[group], partner=(code, name), items=n, value=v, currency="GBP",
                    description=desc)
            items += n
            value += v
            r += 1
        stated = items + 10 if group == "VII" else items  # planted: 310 instead of 300
        sh.row(r, 1, [f"Subtotal (cat. {group})", None, stated, value], fmts=[None, None, "#,##0", "#,##0"], bold=True)
        if stated != items:
            b.expect(sh.ref(r, 3), "warning", kind="total-mismatch",
                     note=f"'Subtotal (cat. VII)' says {stated} items; the rows above add up to {items}")
        else:
            b.expect(sh.ref(r, 1), "info", kind="total-row-skipped", note=f"'Subtotal (cat. {group})': skipped")
        grand_items += items
        grand_value += value
        r += 1
    sh.row(r, 1, ["Grand total", None, grand_items, grand_value], fmts=[None, None, "#,##0", "#,##0"], bold=True)
    b.expect(sh.ref(r, 1), "info", kind="total-row-skipped", note="'Grand total': skipped, no entry")
    sh.widths(22, 18, 10, 16, 36)
    b.direction("exports", "reported", "actual")

    sh = b.sheet("Imports")
    sh.put(1, 1, "Reporting State: United Kingdom of Great Britain and Northern Ireland", bold=True)
    sh.put(2, 1, "Year: 2021")
    sh.put(3, 1, "Basis: Actual")
    sh.row(5, 1, ["Category", "Exporting State", "Items", "Value (£)", "Description"], bold=True)
    body = [
        R(["IV(a)", "United States", 6, 480_000_000, "F-35B Lightning II"],
          dict(category="IV.a", partner=("USA", "United States"), items=6, value=480_000_000, currency="GBP",
               description="F-35B Lightning II")),
        R(["VIII(b)(4)", "Sweden", 26, 2_100_000, "Carl-Gustaf M4 recoilless rifles"],
          dict(category="VIII.LW.4", partner=("SWE", "Sweden"), items=26, value=2_100_000, currency="GBP",
               description="Carl-Gustaf M4 recoilless rifles")),
        R(["Total", None, 32, 482_100_000]),
    ]
    rows = table(b, sh, "imports", 6, 1, [], body)
    b.expect(sh.ref(rows[-1], 1), "info", kind="total-row-skipped", note="'Total' row: skipped, no entry")
    b.direction("imports", "reported", "actual")
    b.judgement("Sub-total and total rows are no entries; the category row label '(cat. VII)' does not create "
                "an entry either.")
    b.judgement("The planted mismatch is in the items of 'Subtotal (cat. VII)' (C-column of that row).")
    return b


@book
def list_totals_fr_cote_divoire():
    b = Book(
        "list-totals-fr-cote-divoire",
        "French imports list with 'Sous-total catégorie …' rows and 'Total général' (consistent), "
        "values in FCFA with a French number format, title page with a ticked nil report for "
        "exports and 'Le rapport peut être rendu public : Oui'",
        state="CIV",
        year=2022,
        lang="fr",
    )
    sh = b.sheet("Page de titre")
    sh.row(1, 1, ["État partie :", "République de Côte d'Ivoire"])
    sh.row(2, 1, ["Année couverte par le rapport :", 2022])
    sh.row(3, 1, ["Le rapport peut être rendu public :", "Oui"])
    sh.row(5, 1, ["Rapport néant – exportations", "X"])
    sh.row(6, 1, ["Rapport néant – importations", None])
    sh.widths(40, 34)
    b.direction("exports", "nil")
    b.public(True)

    sh = b.sheet("Importations")
    sh.put(1, 1, "Type de données : importations effectives")
    sh.row(3, 1, ["Catégorie", "Pays exportateur", "Quantité", "Valeur (FCFA)", "Description", "Observations"], bold=True)
    fmt = "# ##0"
    groups = [
        ("VIII a) 1", "VIII.SA.1", [("Türkiye", "TUR", 1500, 450_000_000, "Pistolets 9 mm", "Police nationale"),
                                     ("Autriche", "AUT", 300, 120_000_000, "Pistolets Glock 17", None)]),
        ("VIII a) 4", "VIII.SA.4", [("Bulgarie", "BGR", 2000, 560_000_000, "Fusils d'assaut AR-M1", "Forces armées"),
                                     ("Israël", "ISR", 500, 310_000_000, "Fusils d'assaut Galil ACE", None)]),
    ]
    r = 4
    gi = gv = 0
    for label, code, rows in groups:
        si = sv = 0
        for name, pc, n, v, desc, comm in rows:
            sh.row(r, 1, [label, name, n, v, desc, comm], fmts=[None, None, fmt, fmt])
            b.entry("imports", category=code, partner=(pc, name), items=n, value=v, currency="XOF", description=desc,
                    comments=comm)
            si += n
            sv += v
            r += 1
        sh.row(r, 1, [f"Sous-total catégorie {label}", None, si, sv], fmts=[None, None, fmt, fmt], bold=True)
        b.expect(sh.ref(r, 1), "info", kind="total-row-skipped", note="sub-total row: skipped")
        gi += si
        gv += sv
        r += 1
    sh.row(r, 1, ["II", "Afrique du Sud", 10, 1_200_000_000, "Véhicules blindés Mamba Mk7", "Forces armées"],
           fmts=[None, None, fmt, fmt])
    b.entry("imports", category="II", partner=("ZAF", "Afrique du Sud"), items=10, value=1_200_000_000, currency="XOF",
            description="Véhicules blindés Mamba Mk7", comments="Forces armées")
    gi += 10
    gv += 1_200_000_000
    r += 1
    sh.row(r, 1, ["Total général", None, gi, gv], fmts=[None, None, fmt, fmt], bold=True)
    b.expect(sh.ref(r, 1), "info", kind="total-row-skipped", note="'Total général': skipped")
    sh.widths(30, 18, 10, 18, 30, 20)
    b.direction("imports", "reported", "actual")
    b.judgement("'FCFA' in a report of Côte d'Ivoire is XOF (the shared symbol read as the home currency; a "
                "currency-assumed warning is fine).")
    return b


# ---------------------------------------------------------------------------------------------
# Exports and imports side by side on the same rows
# ---------------------------------------------------------------------------------------------


def side_by_side(b: Book, sh: Sheet, top: int, titles: tuple[str, str], cat_heading: str, side_headings: tuple[list, list],
                 rows: list, currency: str, fmt: str | None = None):
    """A table whose rows carry an export (left) and an import (right) sharing one category
    cell. `rows` holds (category as written, code, export side, import side), a side being
    (partner as written, code, items, value, description) or None."""
    width = len(side_headings[0])
    sh.put(top, 2, titles[0], bold=True)
    sh.merge(sh.ref(top, 2), sh.ref(top, 1 + width))
    sh.put(top, 2 + width, titles[1], bold=True)
    sh.merge(sh.ref(top, 2 + width), sh.ref(top, 1 + 2 * width))
    sh.row(top + 1, 1, [cat_heading] + side_headings[0] + side_headings[1], bold=True)
    r = top + 2
    for written, code, exp, imp in rows:
        sh.put(r, 1, written)
        for kind, side, offset in (("exports", exp, 2), ("imports", imp, 2 + width)):
            if side is None:
                continue
            name, pc, items, value, desc = side
            cells = [name, items, value, desc]
            fmts = [None, None, fmt, None]
            sh.row(r, offset, cells, fmts=fmts)
            b.entry(kind, category=code, partner=(pc, name), items=items, value=value,
                    currency=currency if value is not None else None, description=desc)
        r += 1
    return r


@book
def side_by_side_en_new_zealand():
    b = Book(
        "side-by-side-en-new-zealand",
        "Exports and imports side by side on the same rows under merged 'EXPORTS' / 'IMPORTS' "
        "titles, one category column shared by both sides, values with the number format "
        "'[$NZD] #,##0'",
        state="NZL",
        year=2021,
        lang="en",
    )
    sh = b.sheet("ATT report 2021")
    sh.put(1, 1, "Annual report of New Zealand, 2021", bold=True)
    sh.put(2, 1, "Basis of data: actual (exports and imports)")
    rows = [
        ("II", "II", None, ("Australia", "AUS", 43, 52_400_000, "Bushmaster NZ5.5 protected vehicles")),
        ("VIII a) 2", "VIII.SA.2", ("Australia", "AUS", 40, 96_000, "Sporting rifles for Army shooting team"), None),
        ("VIII a) 4", "VIII.SA.4", ("Fiji", "FJI", 20, 38_000, "MARS-L rifles, gift to RFMF"),
         ("United States", "USA", 500, 1_250_000, "LMT MARS-L rifles")),
        ("VIII b) 2", "VIII.LW.2", None, ("Germany", "DEU", 24, 980_000, "HK GMG 40 mm grenade machine guns")),
        ("VII a)", "VII.a", None, ("Norway", "NOR", 6, 14_600_000, "Naval Strike Missiles")),
    ]
    side_by_side(b, sh, 4, ("EXPORTS", "IMPORTS"), "Category",
                 (["Final importing State", "Number of items", "Value", "Description"],
                  ["Exporting State", "Number of items", "Value", "Description"]),
                 rows, "NZD", fmt="[$NZD] #,##0")
    sh.widths(12, 18, 10, 14, 34, 18, 10, 14, 34)
    b.direction("exports", "reported", "actual")
    b.direction("imports", "reported", "actual")
    b.judgement("On a row with both sides filled, the shared category cell belongs to the export and the import.")
    b.also_as("ods")
    return b


@book
def side_by_side_es_peru():
    b = Book(
        "side-by-side-es-peru",
        "Spanish side-by-side table ('Exportaciones' | 'Importaciones') with 'Estado importador' / "
        "'Estado exportador', values 'Valor (USD)', authorized exports and actual imports stated "
        "per side",
        state="PER",
        year=2020,
        lang="es",
    )
    sh = b.sheet("Transferencias 2020")
    sh.put(1, 1, "Informe del Perú — año 2020", bold=True)
    sh.put(2, 1, "Exportaciones: autorizaciones concedidas. Importaciones: transferencias efectivas.")
    rows = [
        ("VIII a) 1", "VIII.SA.1", ("Ecuador", "ECU", 300, 135_000, "Pistolas 9 mm"),
         ("Israel", "ISR", 1200, 660_000, "Pistolas Jericho 941")),
        ("VIII a) 4", "VIII.SA.4", None, ("Israel", "ISR", 800, 1_440_000, "Fusiles de asalto Galil ACE 22")),
        ("II", "II", None, ("Corea del Sur", "KOR", 10, 7_800_000, "Vehículos blindados KW2")),
        ("VI", "VI", None, ("Países Bajos", "NLD", 1, 45_000_000, "Patrullero oceánico (ex buque de la Armada)")),
        ("III", "III", ("Bolivia", "BOL", 4, 620_000, "Morteros de 120 mm"), None),
    ]
    side_by_side(b, sh, 4, ("Exportaciones", "Importaciones"), "Categoría",
                 (["Estado importador", "Cantidad", "Valor (USD)", "Descripción"],
                  ["Estado exportador", "Cantidad", "Valor (USD)", "Descripción"]),
                 rows, "USD")
    sh.widths(12, 18, 10, 14, 30, 18, 10, 14, 34)
    b.direction("exports", "reported", "authorized")
    b.direction("imports", "reported", "actual")
    b.judgement("'Exportaciones: autorizaciones concedidas. Importaciones: transferencias efectivas.' gives each "
                "direction its own basis.")
    return b


@book
def side_by_side_fr_canada():
    b = Book(
        "side-by-side-fr-canada",
        "French side-by-side table ('EXPORTATIONS' | 'IMPORTATIONS', 'Pays de destination' / "
        "'Pays de provenance', 'Quantité', 'Valeur ($ CA)'), title line 'Rapport du Canada — "
        "année 2021', consent 'Rapport public : oui / non' answered by an X under 'oui'",
        state="CAN",
        year=2021,
        lang="fr",
    )
    sh = b.sheet("Rapport 2021")
    sh.put(1, 1, "Rapport du Canada — année 2021", bold=True)
    sh.put(2, 1, "Type de données : transferts effectifs")
    sh.row(3, 1, ["Rapport public : oui / non", "oui", "non"])
    sh.row(4, 2, ["X", None])
    rows = [
        ("II", "II", ("Ukraine", "UKR", 8, 15_200_000, "Véhicules blindés ACSV"),
         ("États-Unis", "USA", 12, 9_600_000, "Véhicules blindés de soutien")),
        ("VIII a) 2", "VIII.SA.2", ("États-Unis", "USA", 2400, 3_100_000, "Carabines de précision"), None),
        ("VIII b) 5", "VIII.LW.5", ("Ukraine", "UKR", 100, 3_800_000, "Lance-roquettes antichars M72"), None),
        ("VII a)", "VII.a", None, ("Norvège", "NOR", 24, 33_000_000, "Missiles antinavires NSM")),
    ]
    side_by_side(b, sh, 6, ("EXPORTATIONS", "IMPORTATIONS"), "Catégorie",
                 (["Pays de destination", "Quantité", "Valeur ($ CA)", "Description"],
                  ["Pays de provenance", "Quantité", "Valeur ($ CA)", "Description"]),
                 rows, "CAD")
    sh.widths(14, 18, 10, 14, 30, 18, 10, 14, 30)
    b.direction("exports", "reported", "actual")
    b.direction("imports", "reported", "actual")
    b.public(True)
    b.judgement("'Rapport public : oui / non' with an X under 'oui' (and nothing under 'non') is consent to publish.")
    b.judgement("'$ CA' is the Canadian dollar, CAD.")
    return b


# ---------------------------------------------------------------------------------------------
# Withheld figures
# ---------------------------------------------------------------------------------------------


@book
def withheld_figures_en_czechia():
    b = Book(
        "withheld-figures-en-czechia",
        "National list in English where counts and values are withheld as 'classified', "
        "'confidential', 'not disclosed', 'n.d.' and 'C'; a title-page declaration that "
        "commercially sensitive information was withheld",
        state="CZE",
        year=2022,
        lang="en",
    )
    sh = b.sheet("Cover")
    sh.row(1, 1, ["Reporting State:", "Czech Republic"])
    sh.row(2, 1, ["Calendar year:", 2022])
    sh.row(3, 1, ["Commercially sensitive information withheld (Art. 13.3):", "X"])
    sh.row(4, 1, ["The report can be published:", "Yes"])
    sh.widths(52, 22)
    b.public(True)

    sh = b.sheet("Exports")
    sh.put(1, 1, "Basis of data: actual")
    sh.row(3, 1, ["Category", "Final importing State", "Number of items", "Value (CZK)", "Description of item",
                  "Comments"], bold=True)
    body = [
        R(["I", "Ukraine", 40, "classified", "T-72M1 battle tanks", "Government-to-government transfer"],
          dict(category="I", partner=("UKR", "Ukraine"), items=40, withheld_value="classified",
               description="T-72M1 battle tanks", comments="Government-to-government transfer")),
        R(["III", "Ukraine", "not disclosed", "not disclosed", "DANA 152 mm self-propelled howitzers", None],
          dict(category="III", partner=("UKR", "Ukraine"), withheld_items="not disclosed", withheld_value="not disclosed",
               description="DANA 152 mm self-propelled howitzers")),
        R(["VIII.SA.1", "United States", 18_500, 96_200_000, "CZ P-10 C pistols", None],
          dict(category="VIII.SA.1", partner=("USA", "United States"), items=18_500, value=96_200_000, currency="CZK",
               description="CZ P-10 C pistols")),
        R(["VIII.SA.4", "Philippines", 1_200, "confidential", "CZ BREN 2 assault rifles", "Armed Forces"],
          dict(category="VIII.SA.4", partner=("PHL", "Philippines"), items=1_200, withheld_value="confidential",
               description="CZ BREN 2 assault rifles", comments="Armed Forces")),
        R(["VIII.SA.3", "Kenya", "n.d.", 14_300_000, "CZ Scorpion EVO 3 sub-machine guns", None],
          dict(category="VIII.SA.3", partner=("KEN", "Kenya"), withheld_items="n.d.", value=14_300_000, currency="CZK",
               description="CZ Scorpion EVO 3 sub-machine guns")),
    ]
    rows = table(b, sh, "exports", 4, 1, [], body)
    for i, c in ((0, 4), (1, 3), (1, 4), (3, 4), (4, 3)):
        b.expect(sh.ref(rows[i], c), "info", kind="withheld-figure",
                 note=f"'{body[i].values[c - 1]}' is a withheld figure, not a missing one")
    sh.widths(12, 20, 14, 14, 36, 30)
    b.direction("exports", "reported", "actual")

    sh = b.sheet("Imports")
    sh.put(1, 1, "Basis of data: actual")
    sh.row(3, 1, ["Category", "Exporting State", "Number of items", "Value (CZK)", "Description of item"], bold=True)
    body = [
        R(["II", "Sweden", 24, "C", "CV90 MkIV infantry fighting vehicles"],
          dict(category="II", partner=("SWE", "Sweden"), items=24, withheld_value="C",
               description="CV90 MkIV infantry fighting vehicles")),
        R(["IV.a", "Sweden", 14, "C", "JAS 39C/D Gripen (lease)"],
          dict(category="IV.a", partner=("SWE", "Sweden"), items=14, withheld_value="C",
               description="JAS 39C/D Gripen (lease)")),
    ]
    rows = table(b, sh, "imports", 4, 1, [], body)
    for r in rows:
        b.expect(sh.ref(r, 4), "info", kind="withheld-figure", note="'C' (confidential) in the value column")
    b.direction("imports", "reported", "actual")
    b.judgement("A withheld word stands for the figure of its own column only: 'classified' in Value is "
                "withheld.value; the entry keeps its count.")
    b.judgement("'C' in a value column is the statisticians' mark for a confidential figure: withheld.value = 'C'.")
    return b


@book
def withheld_figures_fr_burkina_faso():
    b = Book(
        "withheld-figures-fr-burkina-faso",
        "French imports table with values 'confidentiel' and 'non communiqué', a count 'secret "
        "défense', exports declared 'Aucune exportation' in the table area",
        state="BFA",
        year=2020,
        lang="fr",
    )
    sh = b.sheet("Rapport 2020")
    sh.put(1, 1, "Rapport annuel du Burkina Faso, 2020", bold=True)
    sh.put(3, 1, "EXPORTATIONS", bold=True)
    sh.put(4, 1, "Aucune exportation.")
    b.direction("exports", "nil")
    sh.put(6, 1, "IMPORTATIONS", bold=True)
    sh.put(7, 1, "Type de données : importations effectives")
    sh.row(8, 1, ["Catégorie", "État exportateur", "Nombre d'articles", "Valeur (FCFA)", "Description du matériel",
                  "Observations sur le transfert"], bold=True)
    body = [
        R(["II", "Türkiye", 20, "confidentiel", "Véhicules blindés Otokar Cobra II", "Forces armées nationales"],
          dict(category="II", partner=("TUR", "Türkiye"), items=20, withheld_value="confidentiel",
               description="Véhicules blindés Otokar Cobra II", comments="Forces armées nationales")),
        R(["V a)", "Russie", 2, "non communiqué", "Hélicoptères Mi-35M", None],
          dict(category="V.a", partner=("RUS", "Russie"), items=2, withheld_value="non communiqué",
               description="Hélicoptères Mi-35M")),
        R(["VIII a) 4", "Chine", "secret défense", "confidentiel", "Fusils d'assaut type 81", "Don"],
          dict(category="VIII.SA.4", partner=("CHN", "Chine"), withheld_items="secret défense",
               withheld_value="confidentiel", description="Fusils d'assaut type 81", comments="Don")),
        R(["VIII b) 6", "Afrique du Sud", 12, 96_000_000, "Mortiers de 60 mm", None],
          dict(category="VIII.LW.6", partner=("ZAF", "Afrique du Sud"), items=12, value=96_000_000, currency="XOF",
               description="Mortiers de 60 mm"), fmts={3: "# ##0"}),
    ]
    rows = table(b, sh, "imports", 9, 1, [], body)
    for i, c in ((0, 4), (1, 4), (2, 3), (2, 4)):
        b.expect(sh.ref(rows[i], c), "info", kind="withheld-figure",
                 note=f"'{body[i].values[c - 1]}' is a withheld figure")
    sh.widths(14, 18, 14, 16, 34, 28)
    b.direction("imports", "reported", "actual")
    b.judgement("'secret défense' as a count is withheld (withheld.items), like 'confidentiel' and "
                "'non communiqué' as values.")
    return b


@book
def withheld_figures_es_argentina():
    b = Book(
        "withheld-figures-es-argentina",
        "Spanish tables with withheld figures 'reservado', 'confidencial', 'no se divulga', "
        "'n.d.'; a 'Sí' beside 'Información comercial sensible omitida'",
        state="ARG",
        year=2020,
        lang="es",
    )
    sh = b.sheet("Carátula")
    sh.row(1, 1, ["Estado informante:", "República Argentina"])
    sh.row(2, 1, ["Año civil:", 2020])
    sh.row(3, 1, ["Información comercial sensible omitida", "Sí"])
    sh.row(4, 1, ["¿Puede hacerse público el informe?", "Sí"])
    sh.widths(44, 24)
    b.public(True)
    for kind, partner_heading, basis_line, body in (
        ("exports", "Estado importador final", "Tipo de datos: exportaciones autorizadas", [
            R(["VIII a) 1", "Estados Unidos", 8_000, "reservado", "Pistolas Bersa TPR9"],
              dict(category="VIII.SA.1", partner=("USA", "Estados Unidos"), items=8_000, withheld_value="reservado",
                   description="Pistolas Bersa TPR9")),
            R(["VIII a) 1", "Uruguay", "n.d.", 210_000, "Pistolas Bersa Thunder"],
              dict(category="VIII.SA.1", partner=("URY", "Uruguay"), withheld_items="n.d.", value=210_000,
                   currency="USD", description="Pistolas Bersa Thunder")),
            R(["II", "Bolivia", 4, "confidencial", "Vehículos blindados TAM VCTP reacondicionados"],
              dict(category="II", partner=("BOL", "Bolivia"), items=4, withheld_value="confidencial",
                   description="Vehículos blindados TAM VCTP reacondicionados")),
        ]),
        ("imports", "Estado exportador", "Tipo de datos: importaciones efectivas", [
            R(["IV a)", "Dinamarca", "no se divulga", "no se divulga", "Aviones F-16AM/BM"],
              dict(category="IV.a", partner=("DNK", "Dinamarca"), withheld_items="no se divulga",
                   withheld_value="no se divulga", description="Aviones F-16AM/BM")),
            R(["II", "Estados Unidos", 27, 31_500_000, "Vehículos blindados Stryker"],
              dict(category="II", partner=("USA", "Estados Unidos"), items=27, value=31_500_000, currency="USD",
                   description="Vehículos blindados Stryker")),
        ]),
    ):
        sh = b.sheet("Exportaciones" if kind == "exports" else "Importaciones")
        sh.put(1, 1, basis_line)
        sh.row(3, 1, ["Categoría", partner_heading, "Número de artículos", "Valor (USD)", "Descripción del artículo"],
               bold=True)
        rows = table(b, sh, kind, 4, 1, [], body)
        for i, row in enumerate(body):
            for c in (3, 4):
                v = row.values[c - 1]
                if isinstance(v, str):
                    b.expect(sh.ref(rows[i], c), "info", kind="withheld-figure", note=f"'{v}' is a withheld figure")
        sh.widths(12, 22, 14, 14, 40)
        b.direction(kind, "reported", "authorized" if kind == "exports" else "actual")
    b.judgement("'República Argentina' is the reporting State ARG.")
    return b


# ---------------------------------------------------------------------------------------------
# Currencies from number formats and headings, multipliers
# ---------------------------------------------------------------------------------------------


@book
def currency_number_formats_sweden():
    b = Book(
        "currency-number-formats-sweden",
        "A value column whose heading names no currency; each value's currency comes from its "
        "number format: '#,##0 \"kr\"' (a Swedish report: SEK), '[$EUR] #,##0', '[$Fr.-807] #,##0' "
        "(CHF), '[$$-409]#,##0' (USD), '#,##0 [$€-407]', '[$£-809]#,##0', '[$SEK] #,##0'",
        state="SWE",
        year=2022,
        lang="en",
    )
    sh = b.sheet("Exports 2022")
    sh.put(1, 1, "Annual report of Sweden, 2022", bold=True)
    sh.put(2, 1, "Basis of data: actual exports")
    sh.row(4, 1, ["Category", "Recipient", "Number", "Value", "Description"], bold=True)
    rows = [
        ("II", "Norway", "NOR", 20, 350_000_000, '#,##0 "kr"', "SEK", "CV90 infantry fighting vehicles"),
        ("III", "Ukraine", "UKR", 8, 40_000_000, "[$EUR] #,##0", "EUR", "Archer 155 mm howitzers"),
        ("VII.a", "Switzerland", "CHE", 30, 12_500_000, "[$Fr.-807] #,##0", "CHF", "RBS 15 Mk3 missiles"),
        ("VII.b", "United States", "USA", 100, 9_800_000, "[$$-409]#,##0", "USD", "RBS 70 NG missiles"),
        ("IV.a", "Brazil", "BRA", 4, 420_000_000, "#,##0 [$€-407]", "EUR", "Gripen E fighter aircraft"),
        ("VIII.LW.4", "United Kingdom", "GBR", 200, 1_300_000, "[$£-809]#,##0", "GBP", "Carl-Gustaf M4 recoilless rifles"),
        ("VIII.LW.5", "Latvia", "LVA", 50, 6_200_000, "[$SEK] #,##0", "SEK", "AT4 anti-tank weapons"),
    ]
    r = 5
    for cat, name, code, n, v, fmt, cur, desc in rows:
        sh.row(r, 1, [cat, name, n, v, desc], fmts=[None, None, None, fmt])
        b.entry("exports", category=cat, partner=(code, name), items=n, value=v, currency=cur, description=desc)
        r += 1
    sh.widths(12, 18, 10, 18, 36)
    b.direction("exports", "reported", "actual")

    sh = b.sheet("Imports 2022")
    sh.put(1, 1, "Annual report of Sweden, 2022", bold=True)
    sh.put(2, 1, "Basis of data: actual imports")
    sh.row(4, 1, ["Category", "Supplier", "Number", "Value", "Description"], bold=True)
    body = [
        R(["II", "Finland", 20, 310_000_000, "Patria 6x6 armoured vehicles"],
          dict(category="II", partner=("FIN", "Finland"), items=20, value=310_000_000, currency="SEK",
               description="Patria 6x6 armoured vehicles"), fmts={3: '#,##0 "kr"'}),
        R(["VII.a", "United States", 40, 4_100_000, "AIM-120C-8 AMRAAM"],
          dict(category="VII.a", partner=("USA", "United States"), items=40, value=4_100_000, currency="USD",
               description="AIM-120C-8 AMRAAM"), fmts={3: "[$USD] #,##0"}),
    ]
    table(b, sh, "imports", 5, 1, [], body)
    b.direction("imports", "reported", "actual")
    b.judgement("A value's currency comes from its cell's number format when the heading names none: '[$EUR]' "
                "and '[$SEK]' by code, '€', '£' by symbol, '[$$-409]' by the locale (409 = en-US → USD), "
                "'[$Fr.-807]' by the locale (807 = de-CH → CHF), '\"kr\"' in a Swedish report → SEK.")
    return b


@book
def currency_headings_multipliers_south_africa():
    b = Book(
        "currency-headings-multipliers-south-africa",
        "Currencies and multipliers in headings: 'Value\\n(USD, 000s)' for exports and "
        "'Value (R million)' for imports (the rand symbol in a South African report); authorized "
        "exports, actual imports; 'Dem. Rep. of the Congo'",
        state="ZAF",
        year=2019,
        lang="en",
    )
    sh = b.sheet("Exports")
    sh.put(1, 1, "Republic of South Africa — National Conventional Arms Control Committee", bold=True)
    sh.put(2, 1, "Annual report to the ATT Secretariat for the calendar year 2019")
    sh.put(3, 1, "Basis: Authorized (permits issued)")
    sh.row(5, 1, ["Category", "Country of final destination", "Quantity", "Value\n(USD, 000s)", "Description", "End user"],
           bold=True)
    body = [
        R(["II", "United Arab Emirates", 40, 28_400, "RG-35 mine-protected vehicles", "Armed Forces"],
          dict(category="II", partner=("ARE", "United Arab Emirates"), items=40, value=28_400_000, currency="USD",
               description="RG-35 mine-protected vehicles", comments="Armed Forces")),
        R(["II", "Dem. Rep. of the Congo", 12, 4_100, "Casspir NG 2000B armoured personnel carriers", "MONUSCO contingent"],
          dict(category="II", partner=("COD", "Dem. Rep. of the Congo"), items=12, value=4_100_000, currency="USD",
               description="Casspir NG 2000B armoured personnel carriers", comments="MONUSCO contingent")),
        R(["VIII.LW.6", "Botswana", 24, 310.5, "60 mm patrol mortars", "Defence Force"],
          dict(category="VIII.LW.6", partner=("BWA", "Botswana"), items=24, value=310_500, currency="USD",
               description="60 mm patrol mortars", comments="Defence Force")),
        R(["VII.a", "Malaysia", 100, 12_750, "Ingwe anti-tank guided missiles", None],
          dict(category="VII.a", partner=("MYS", "Malaysia"), items=100, value=12_750_000, currency="USD",
               description="Ingwe anti-tank guided missiles")),
    ]
    table(b, sh, "exports", 6, 1, [], body)
    b.expect(sh.ref(5, 4), "info", code="ATT0135", rule="value-multiplier", note="'(USD, 000s)': values × 1,000")
    sh.widths(12, 24, 10, 14, 40, 22)
    b.direction("exports", "reported", "authorized")

    sh = b.sheet("Imports")
    sh.put(1, 1, "Republic of South Africa — National Conventional Arms Control Committee", bold=True)
    sh.put(2, 1, "Annual report to the ATT Secretariat for the calendar year 2019")
    sh.put(3, 1, "Basis: Actual")
    sh.row(5, 1, ["Category", "Exporting country", "Quantity", "Value (R million)", "Description"], bold=True)
    body = [
        R(["VIII.SA.2", "Germany", 120, 3.2, "Sniper rifles"],
          dict(category="VIII.SA.2", partner=("DEU", "Germany"), items=120, value=3_200_000, currency="ZAR",
               description="Sniper rifles")),
        R(["VIII.SA.4", "Belgium", 300, 4.8, "FN SCAR-L assault rifles"],
          dict(category="VIII.SA.4", partner=("BEL", "Belgium"), items=300, value=4_800_000, currency="ZAR",
               description="FN SCAR-L assault rifles")),
    ]
    table(b, sh, "imports", 6, 1, [], body)
    b.expect(sh.ref(5, 4), "info", code="ATT0135", rule="value-multiplier", note="'(R million)': values × 1,000,000")
    b.direction("imports", "reported", "actual")
    b.judgement("'End user' is the comments column (the end user is a comment on the transfer).")
    b.judgement("'R' in a South African report is the rand, ZAR; '(R million)' multiplies by 1,000,000.")
    return b


# ---------------------------------------------------------------------------------------------
# Nil reports, consent to publish, tick-box groups
# ---------------------------------------------------------------------------------------------


@book
def nil_return_en_ireland():
    b = Book(
        "nil-return-en-ireland",
        "One-sheet report: 'Nil return — exports' under EXPORTS, an imports table under IMPORTS, "
        "'Publication authorised: Y', the year as text in 'Calendar year: 2022'",
        state="IRL",
        year=2022,
        lang="en",
    )
    sh = b.sheet("ATT Report")
    sh.put(1, 1, "Arms Trade Treaty — Annual Report", bold=True)
    sh.row(2, 1, ["Reporting State:", "Ireland"])
    sh.row(3, 1, ["Calendar year:", "2022"])
    yes = sh.row(4, 1, ["Publication authorised:", "Y"])[1]
    b.public(True)
    b.expect(yes, "info", kind="lenient-reading", note="'Y' read as yes: said at its cell")
    sh.put(6, 1, "EXPORTS", bold=True)
    sh.put(7, 1, "Nil return — exports")
    b.direction("exports", "nil")
    sh.put(9, 1, "IMPORTS", bold=True)
    sh.put(10, 1, "Basis of data: Actual")
    sh.row(11, 1, ["Category", "Exporting State", "Number of items", "Description of item", "Comments on the transfer"],
           bold=True)
    body = [
        R(["II", "Switzerland", 10, "Piranha IIIH armoured personnel carriers (upgraded)", "Mid-life upgrade, returned"],
          dict(category="II", partner=("CHE", "Switzerland"), items=10,
               description="Piranha IIIH armoured personnel carriers (upgraded)", comments="Mid-life upgrade, returned")),
        R(["VIII a) 4", "Austria", 200, "Steyr AUG A3 rifles", None],
          dict(category="VIII.SA.4", partner=("AUT", "Austria"), items=200, description="Steyr AUG A3 rifles")),
        R(["VIII b) 4", "Sweden", 20, "Carl-Gustaf M4 recoilless rifles", None],
          dict(category="VIII.LW.4", partner=("SWE", "Sweden"), items=20, description="Carl-Gustaf M4 recoilless rifles")),
    ]
    table(b, sh, "imports", 12, 1, [], body)
    sh.widths(24, 18, 14, 44, 30)
    b.direction("imports", "reported", "actual")
    b.judgement("'Publication authorised: Y' is consent to publish ('Y' for yes).")
    return b


@book
def tick_boxes_fr_niger():
    b = Book(
        "tick-boxes-fr-niger",
        "French title page with a table of contents of tick boxes (☒ / ☐ in the cell beside each "
        "label) and 'Le rapport peut-il être rendu public ?  Oui ☒  Non ☐' in four cells; nil "
        "exports ticked, imports table",
        state="NER",
        year=2022,
        lang="fr",
    )
    sh = b.sheet("Page de titre")
    sh.put(1, 1, "RAPPORT ANNUEL SUR LES EXPORTATIONS ET IMPORTATIONS D'ARMES CLASSIQUES", bold=True)
    sh.row(3, 1, ["État partie :", "Niger"])
    sh.row(4, 1, ["Année civile couverte par le rapport :", 2022])
    sh.row(5, 1, ["Date de soumission :", "27/05/2023"])
    sh.put(7, 1, "Contenu du rapport (cocher les cases) :", bold=True)
    sh.row(8, 1, ["Tableau des exportations", "☐"])
    sh.row(9, 1, ["Tableau des importations", "☒"])
    sh.row(10, 1, ["Rapport néant – exportations", "☒"])
    sh.row(11, 1, ["Rapport néant – importations", "☐"])
    sh.row(12, 1, ["Annexe 2 – définitions nationales", "☐"])
    sh.row(14, 1, ["Le rapport peut-il être rendu public ?", "Oui", "☒", "Non", "☐"])
    sh.widths(44, 22, 6, 6, 6)
    b.direction("exports", "nil")
    b.public(True)
    b.submitted("2023-05-27")

    sh = b.sheet("Importations")
    sh.put(1, 1, "Type de données : importations effectives")
    sh.row(3, 1, ["Catégorie", "État exportateur", "Nombre d'articles", "Description de l'article",
                  "Observations sur le transfert"], bold=True)
    body = [
        R(["IV b)", "Türkiye", 6, "Drones armés Bayraktar TB2", "Forces armées nigériennes"],
          dict(category="IV.b", partner=("TUR", "Türkiye"), items=6, description="Drones armés Bayraktar TB2",
               comments="Forces armées nigériennes")),
        R(["II", "France", 4, "Véhicules blindés Bastion", "Don"],
          dict(category="II", partner=("FRA", "France"), items=4, description="Véhicules blindés Bastion", comments="Don")),
        R(["VIII a) 4", "Chine", 1_000, "Fusils d'assaut type 56", None],
          dict(category="VIII.SA.4", partner=("CHN", "Chine"), items=1_000, description="Fusils d'assaut type 56")),
    ]
    table(b, sh, "imports", 4, 1, [], body)
    sh.widths(12, 18, 14, 34, 30)
    b.direction("imports", "reported", "actual")
    b.judgement("☐ beside a label is an unticked box: 'Tableau des exportations ☐' does not claim an exports table "
                "and 'Rapport néant – importations ☐' does not make imports nil.")
    b.judgement("'Oui ☒ Non ☐' in four cells: the ticked box follows 'Oui', so public = true.")
    return b


@book
def tick_boxes_es_uruguay():
    b = Book(
        "tick-boxes-es-uruguay",
        "Spanish title page whose table of contents has boxes, some left empty (not ticked), "
        "'Se autoriza su publicación' with 'X', the year as text '2021', a date written as text "
        "'30 de mayo de 2022'",
        state="URY",
        year=2021,
        lang="es",
    )
    sh = b.sheet("Portada")
    sh.row(1, 1, ["Estado informante:", "Uruguay"])
    year = sh.row(2, 1, ["Año:", "2021"])[1]
    sh.row(3, 1, ["Fecha de presentación:", "30 de mayo de 2022"])
    sh.row(5, 1, ["Cuadro de exportaciones", "X"])
    sh.row(6, 1, ["Cuadro de importaciones", "X"])
    sh.row(7, 1, ["Informe nulo – exportaciones", None])
    sh.row(8, 1, ["Informe nulo – importaciones", None])
    sh.row(9, 1, ["Información comercial sensible omitida", None])
    sh.row(10, 1, ["Se autoriza su publicación", "X"])
    sh.widths(42, 22)
    b.public(True)
    b.submitted("2022-05-30")
    b.expect(year, "info", kind="lenient-reading", codes=("ATT0103",), note="the year written as text '2021'")

    for kind, partner_heading, basis_line, body in (
        ("exports", "Estado importador final", "Datos: exportaciones efectivas", [
            R(["VIII a) 2", "Paraguay", 30, 21_000, "Carabinas calibre .22", "Club de tiro"],
              dict(category="VIII.SA.2", partner=("PRY", "Paraguay"), items=30, value=21_000, currency="USD",
                   description="Carabinas calibre .22", comments="Club de tiro")),
        ]),
        ("imports", "Estado exportador", "Datos: importaciones efectivas", [
            R(["II", "Estados Unidos", 18, 2_300_000, "Vehículos blindados M113A2 (excedentes)", "Programa EDA"],
              dict(category="II", partner=("USA", "Estados Unidos"), items=18, value=2_300_000, currency="USD",
                   description="Vehículos blindados M113A2 (excedentes)", comments="Programa EDA")),
            R(["VIII a) 1", "República Checa", 400, 180_000, "Pistolas CZ P-07", "Ministerio del Interior"],
              dict(category="VIII.SA.1", partner=("CZE", "República Checa"), items=400, value=180_000, currency="USD",
                   description="Pistolas CZ P-07", comments="Ministerio del Interior")),
        ]),
    ):
        sh = b.sheet("Exportaciones" if kind == "exports" else "Importaciones")
        sh.put(1, 1, basis_line)
        sh.row(3, 1, ["Categoría", partner_heading, "Número de artículos", "Valor (USD)", "Descripción del artículo",
                      "Observaciones sobre la transferencia"], bold=True)
        table(b, sh, kind, 4, 1, [], body)
        sh.widths(12, 22, 14, 14, 38, 30)
        b.direction(kind, "reported", "actual")
    b.judgement("Empty boxes beside 'Informe nulo – exportaciones/importaciones' are not ticked: both tables are "
                "reported, neither direction is nil.")
    return b


@book
def consent_yes_no_en_japan():
    b = Book(
        "consent-yes-no-en-japan",
        "'The report can be published on the ATT website: yes / no' answered by '✓' beside 'yes', "
        "a table of contents ticked with '✓' (nil exports), imports with values in JPY "
        "('¥' in the heading)",
        state="JPN",
        year=2021,
        lang="en",
    )
    sh = b.sheet("Cover page")
    sh.row(1, 1, ["Reporting State", "Japan"])
    sh.row(2, 1, ["Reporting year", 2021])
    sh.row(4, 1, ["The report can be published on the ATT website: yes / no"])
    sh.row(5, 1, [None, "yes", "✓"])
    sh.row(6, 1, [None, "no", None])
    sh.row(8, 1, ["Contents", None], bold=True)
    sh.row(9, 1, ["Exports table", None])
    sh.row(10, 1, ["Imports table", "✓"])
    sh.row(11, 1, ["Nil report — exports", "✓"])
    sh.row(12, 1, ["Nil report — imports", None])
    sh.widths(58, 10, 6)
    b.public(True)
    b.direction("exports", "nil")

    sh = b.sheet("Imports")
    sh.put(1, 1, "Basis of data: actual imports")
    sh.row(3, 1, ["Category", "Exporting State", "Number of items", "Value (¥ million)", "Description of item"], bold=True)
    body = [
        R(["IV(a)", "United States", 8, 92_000, "F-35A Lightning II"],
          dict(category="IV.a", partner=("USA", "United States"), items=8, value=92_000_000_000, currency="JPY",
               description="F-35A Lightning II")),
        R(["VII(a)", "Norway", 16, 2_400, "Joint Strike Missile (JSM)"],
          dict(category="VII.a", partner=("NOR", "Norway"), items=16, value=2_400_000_000, currency="JPY",
               description="Joint Strike Missile (JSM)")),
        R(["VII(a)", "United States", 40, 6_800, "AIM-120C-7 AMRAAM"],
          dict(category="VII.a", partner=("USA", "United States"), items=40, value=6_800_000_000, currency="JPY",
               description="AIM-120C-7 AMRAAM")),
    ]
    table(b, sh, "imports", 4, 1, [], body)
    b.expect(sh.ref(3, 4), "info", code="ATT0135", rule="value-multiplier", note="'(¥ million)': values × 1,000,000")
    sh.widths(12, 18, 14, 16, 30)
    b.direction("imports", "reported", "actual")
    b.judgement("A yes/no group written as two rows ('yes ✓', 'no' with an empty box) under its question: public = "
                "true.")
    b.judgement("'Exports table' with an empty box is not ticked; 'Nil report — exports ✓' makes exports nil.")
    return b


# ---------------------------------------------------------------------------------------------
# State names as national layouts write them; numbers and dates as text
# ---------------------------------------------------------------------------------------------


@book
def state_names_en_czechia():
    b = Book(
        "state-names-en-czechia",
        "State names as reports write them ('U.S.A', 'Rep. of Korea', 'Viet Nam', 'Türkiye', "
        "'Dem. Rep. of the Congo'), two territories (Kosovo, Hong Kong) and a name that only "
        "partly matches ('Bosnia')",
        state="CZE",
        year=2023,
        lang="en",
    )
    sh = b.sheet("Exports")
    sh.row(1, 1, ["Reporting State:", "Czechia"])
    sh.row(2, 1, ["Year:", 2023])
    sh.row(3, 1, ["Basis:", "Actual exports"])
    sh.row(5, 1, ["Category", "Final importing State", "Number of items", "Value (CZK)", "Description of item"], bold=True)
    rows = [
        ("VIII.SA.1", "U.S.A", "USA", 12_000, 68_400_000, "CZ P-10 C pistols"),
        ("I", "Ukraine", "UKR", 30, 450_000_000, "T-72 EA battle tanks"),
        ("VIII.SA.4", "Viet Nam", "VNM", 600, 9_800_000, "CZ BREN 2 assault rifles"),
        ("VIII.SA.2", "Türkiye", "TUR", 150, 1_950_000, "CZ 600 bolt-action rifles"),
        ("VIII.SA.3", "Rep. of Korea", "KOR", 80, 2_240_000, "Scorpion EVO 3 sub-machine guns"),
        ("VIII.SA.1", "Kosovo", "XKX", 500, 4_100_000, "CZ 75 pistols for the Kosovo Police"),
        ("VIII.SA.1", "Hong Kong", "HKG", 40, 380_000, "CZ Shadow 2 sport pistols"),
        ("II", "Bosnia", "BIH", 4, 18_000_000, "OT-64 armoured personnel carriers (surplus)"),
        ("VIII.LW.1", "Dem. Rep. of the Congo", "COD", 20, 3_600_000, "12.7 mm heavy machine guns for MONUSCO contingent"),
    ]
    r = 6
    for cat, name, code, n, v, desc in rows:
        sh.row(r, 1, [cat, name, n, v, desc], fmts=[None, None, "#,##0", "#,##0"])
        b.entry("exports", category=cat, partner=(code, name), items=n, value=v, currency="CZK", description=desc)
        if code in ("XKX", "HKG"):
            b.expect(sh.ref(r, 2), "warning", kind="territory",
                     note=f"{name} is not a UN member State ({code}): accepted with a warning saying what it is")
        if name == "Bosnia":
            b.expect(sh.ref(r, 2), "info", kind="state-partly-matched",
                     note="'Bosnia' matched Bosnia and Herzegovina (BIH) through part of its name: said, with the match")
        r += 1
    sh.widths(12, 24, 14, 14, 44)
    b.direction("exports", "reported", "actual")

    sh = b.sheet("Imports")
    sh.row(1, 1, ["Reporting State:", "Czechia"])
    sh.row(2, 1, ["Year:", 2023])
    sh.row(3, 1, ["Basis:", "Actual imports"])
    sh.row(5, 1, ["Category", "Exporting State", "Number of items", "Value (CZK)", "Description of item"], bold=True)
    body = [
        R(["I", "Germany", 14, 0, "Leopard 2A4 battle tanks", ],
          dict(category="I", partner=("DEU", "Germany"), items=14, value=0, currency="CZK",
               description="Leopard 2A4 battle tanks")),
        R(["V.a", "U.S.A", 4, 3_100_000_000, "AH-1Z Viper attack helicopters"],
          dict(category="V.a", partner=("USA", "U.S.A"), items=4, value=3_100_000_000, currency="CZK",
               description="AH-1Z Viper attack helicopters")),
    ]
    table(b, sh, "imports", 6, 1, [], body)
    b.direction("imports", "reported", "actual")
    b.judgement("Kosovo and Hong Kong are accepted as partners (XKX, HKG) with a warning; 'Bosnia' resolves to BIH "
                "with a finding that says so; none of them is an error.")
    b.judgement("A value of 0 for a gift is a value (0 CZK), not a missing one.")
    return b


@book
def numbers_as_text_en_estonia():
    b = Book(
        "numbers-as-text-en-estonia",
        "Numbers and dates as text in several locales: '1 200', '1.200', '1,5 million', "
        "'1.250.000,50', '3,1 million', 'EUR 95,000', the year '2022' and the date "
        "'28.05.2023' as text, 'Yes' on the cover",
        state="EST",
        year=2022,
        lang="en",
    )
    sh = b.sheet("Cover")
    sh.row(1, 1, ["Reporting State:", "Estonia"])
    year = sh.row(2, 1, ["Reporting year:", "2022"])[1]
    date = sh.row(3, 1, ["Date of submission:", "28.05.2023"])[1]
    sh.row(4, 1, ["The report may be made public:", "Yes"])
    sh.widths(34, 18)
    b.public(True)
    b.submitted("2023-05-28")
    b.expect(year, "info", kind="lenient-reading", codes=("ATT0103",), note="the year written as text")
    b.expect(date, "info", kind="lenient-reading", note="the date written as text '28.05.2023', read day first")

    sh = b.sheet("Exports")
    sh.put(1, 1, "Basis of data: actual")
    sh.row(3, 1, ["Category", "Importing State", "State of origin", "Number of items", "Value (EUR)", "Description"],
           bold=True)
    body = [
        R(["VIII.SA.4", "Ukraine", None, "1 200", "1,5 million", "AK-4 rifles from reserve stocks"],
          dict(category="VIII.SA.4", partner=("UKR", "Ukraine"), items=1200, value=1_500_000, currency="EUR",
               description="AK-4 rifles from reserve stocks")),
        R(["III", "Ukraine", None, 9, "1.250.000,50", "D-30 122 mm howitzers"],
          dict(category="III", partner=("UKR", "Ukraine"), items=9, value=1_250_000.5, currency="EUR",
               description="D-30 122 mm howitzers")),
        R(["VIII.LW.5", "Ukraine", "United States", "1.200", "3 400 000", "Javelin anti-tank missile launchers"],
          dict(category="VIII.LW.5", partner=("UKR", "Ukraine"), items=1200, value=3_400_000, currency="EUR",
               origin=("USA", "United States"), description="Javelin anti-tank missile launchers")),
        R(["VIII.SA.1", "Latvia", None, 250, "EUR 95,000", "Glock 17 pistols (surplus)"],
          dict(category="VIII.SA.1", partner=("LVA", "Latvia"), items=250, value=95_000, currency="EUR",
               description="Glock 17 pistols (surplus)")),
    ]
    rows = table(b, sh, "exports", 4, 1, [], body)
    b.expect(sh.ref(rows[0], 5), "info", kind="lenient-reading", note="'1,5 million' read as 1,500,000: said at its cell")
    b.expect(sh.ref(rows[1], 5), "info", kind="lenient-reading", codes=("ATT0103", "ATT0104"),
             note="'1.250.000,50' read as 1250000.5")
    sh.widths(12, 16, 16, 14, 16, 38)
    b.direction("exports", "reported", "actual")

    sh = b.sheet("Imports")
    sh.put(1, 1, "Basis of data: actual")
    sh.row(3, 1, ["Category", "Exporting State", "Number of items", "Value (EUR)", "Description"], bold=True)
    body = [
        R(["III", "Rep. of Korea", "6", "46 200 000", "K9 155 mm self-propelled howitzers"],
          dict(category="III", partner=("KOR", "Rep. of Korea"), items=6, value=46_200_000, currency="EUR",
               description="K9 155 mm self-propelled howitzers")),
        R(["VIII.LW.4", "Sweden", 48, "3,1 million", "Carl-Gustaf M4 recoilless rifles"],
          dict(category="VIII.LW.4", partner=("SWE", "Sweden"), items=48, value=3_100_000, currency="EUR",
               description="Carl-Gustaf M4 recoilless rifles")),
    ]
    rows = table(b, sh, "imports", 4, 1, [], body)
    b.expect(sh.ref(rows[1], 4), "info", kind="lenient-reading", note="'3,1 million' read as 3,100,000")
    b.direction("imports", "reported", "actual")
    b.judgement("'1 200' and '1.200' as counts are 1200 (a count has no decimals); '1,5 million' is 1,500,000.")
    b.judgement("'EUR 95,000' in a value cell is 95,000 EUR.")
    return b


# ---------------------------------------------------------------------------------------------
# Planted defects at known cells
# ---------------------------------------------------------------------------------------------


@book
def defects_en_poland():
    b = Book(
        "defects-en-poland",
        "A national list with planted defects: a missing partner, 'approx. 40' items, an unknown "
        "category 'IX', a value whose currency cell is empty, the reporting State as partner",
        state="POL",
        year=2021,
        lang="en",
    )
    sh = b.sheet("Cover")
    sh.row(1, 1, ["Reporting State:", "Poland"])
    sh.row(2, 1, ["Calendar year:", 2021])
    sh.row(3, 1, ["May the report be made public?", "Yes"])
    b.public(True)

    sh = b.sheet("Exports")
    sh.put(1, 1, "Basis: actual exports")
    sh.row(3, 1, ["Category", "Importing State", "Quantity", "Value", "Currency", "Description"], bold=True)
    body = [
        R(["VII.b", "United States", 100, 4_200_000, "USD", "Piorun MANPADS missiles"],
          dict(category="VII.b", partner=("USA", "United States"), items=100, value=4_200_000, currency="USD",
               description="Piorun MANPADS missiles")),
        R(["VII.b", None, 60, 2_520_000, "USD", "Piorun launchers"],
          dict(category="VII.b", partner=None, items=60, value=2_520_000, currency="USD", description="Piorun launchers")),
        R(["II", "Ukraine", "approx. 40", 64_000_000, "PLN", "BWP-1 infantry fighting vehicles"],
          dict(category="II", partner=("UKR", "Ukraine"), items="approx. 40", value=64_000_000, currency="PLN",
               description="BWP-1 infantry fighting vehicles")),
        R(["IX", "Lithuania", 6, 1_200_000, "EUR", "Military trucks"],
          dict(category="IX", partner=("LTU", "Lithuania"), items=6, value=1_200_000, currency="EUR",
               description="Military trucks")),
        R(["VIII.LW.6", "Latvia", 24, 480_000, None, "60 mm LMP-2017 mortars"],
          dict(category="VIII.LW.6", partner=("LVA", "Latvia"), items=24, value=480_000,
               description="60 mm LMP-2017 mortars")),
        R(["III", "Poland", 2, 9_000_000, "PLN", "Krab howitzers, returned after trials"],
          dict(category="III", partner=("POL", "Poland"), items=2, value=9_000_000, currency="PLN",
               description="Krab howitzers, returned after trials")),
        R(["III", "Ukraine", 18, 432_000_000, "PLN", "AHS Krab 155 mm self-propelled howitzers"],
          dict(category="III", partner=("UKR", "Ukraine"), items=18, value=432_000_000, currency="PLN",
               description="AHS Krab 155 mm self-propelled howitzers")),
    ]
    rows = table(b, sh, "exports", 4, 1, [], body)
    b.expect(sh.ref(rows[1], 2), "error", code="ATT0220", rule="partner-missing", note="no importing State")
    b.expect(sh.ref(rows[2], 3), "error", code="ATT0231", rule="items-invalid", note="'approx. 40' is not a count")
    b.expect(sh.ref(rows[3], 1), "error", code="ATT0211", rule="category-unknown", note="'IX' is no category")
    b.expect(sh.ref(rows[4], 4), "error", code="ATT0241", rule="currency-missing", alternatives=(sh.ref(rows[4], 5),),
             note="a value with an empty currency cell")
    b.expect(sh.ref(rows[5], 2), "error", code="ATT0223", rule="partner-is-reporting-state",
             note="Poland exports to Poland")
    sh.widths(12, 18, 12, 14, 10, 42)
    b.direction("exports", "reported", "actual")

    sh = b.sheet("Imports")
    sh.put(1, 1, "Basis: actual imports")
    sh.row(3, 1, ["Category", "Exporting State", "Quantity", "Value", "Currency", "Description"], bold=True)
    body = [
        R(["VII.a", "United States", 40, 520_000_000, "PLN", "AGM-158B JASSM-ER missiles"],
          dict(category="VII.a", partner=("USA", "United States"), items=40, value=520_000_000, currency="PLN",
               description="AGM-158B JASSM-ER missiles")),
        R(["III", "Rep. of Korea", 24, 1_400_000_000, "PLN", "K9PL self-propelled howitzers"],
          dict(category="III", partner=("KOR", "Rep. of Korea"), items=24, value=1_400_000_000, currency="PLN",
               description="K9PL self-propelled howitzers")),
    ]
    table(b, sh, "imports", 4, 1, [], body)
    b.direction("imports", "reported", "actual")
    b.judgement("Text a reader cannot type is kept where the typed value belongs: items 'approx. 40', category 'IX'.")
    b.judgement("The entry whose currency cell is empty has a value without currency (no currency is guessed).")
    return b


@book
def defects_fr_togo():
    b = Book(
        "defects-fr-togo",
        "French report with planted defects: a nil report for imports ticked while the imports "
        "table has rows, a count 'environ 40', an entry with '-' for both count and value, and the "
        "reporting State given as State of origin of an export (a warning)",
        state="TGO",
        year=2021,
        lang="fr",
    )
    sh = b.sheet("Page de titre")
    sh.row(1, 1, ["État partie :", "Togo"])
    sh.row(2, 1, ["Année :", 2021])
    sh.row(3, 1, ["Rapport public :", "non"])
    sh.row(5, 1, ["Rapport néant – exportations", None])
    tick = sh.row(6, 1, ["Rapport néant – importations", "X"])
    b.public(False)

    sh = b.sheet("Exportations")
    sh.put(1, 1, "Type de données : exportations effectives")
    sh.row(3, 1, ["Catégorie", "État importateur final", "État d'origine", "Nombre d'articles", "Description du matériel"],
           bold=True)
    body = [
        R(["VIII a) 1", "Bénin", "Togo", 20, "Pistolets 9 mm (cession)"],
          dict(category="VIII.SA.1", partner=("BEN", "Bénin"), origin=("TGO", "Togo"), items=20,
               description="Pistolets 9 mm (cession)")),
        R(["VIII a) 4", "Burkina Faso", None, 150, "Fusils d'assaut"],
          dict(category="VIII.SA.4", partner=("BFA", "Burkina Faso"), items=150, description="Fusils d'assaut")),
    ]
    rows = table(b, sh, "exports", 4, 1, [], body)
    b.expect(sh.ref(rows[0], 3), "warning", code="ATT0224", rule="origin-is-reporting-state",
             note="the reporting State as State of origin of an export")
    sh.widths(12, 22, 16, 14, 30)
    b.direction("exports", "reported", "actual")

    sh = b.sheet("Importations")
    sh.put(1, 1, "Type de données : importations effectives")
    sh.row(3, 1, ["Catégorie", "État exportateur", "Nombre d'articles", "Valeur (FCFA)", "Description du matériel"],
           bold=True)
    body = [
        R(["II", "France", 6, 1_850_000_000, "Véhicules blindés Bastion"],
          dict(category="II", partner=("FRA", "France"), items=6, value=1_850_000_000, currency="XOF",
               description="Véhicules blindés Bastion"), fmts={3: "# ##0"}),
        R(["VIII a) 4", "Chine", "environ 40", "-", "Fusils d'assaut type 56"],
          dict(category="VIII.SA.4", partner=("CHN", "Chine"), items="environ 40", description="Fusils d'assaut type 56")),
        R(["VIII b) 1", "Chine", "-", "-", "Mitrailleuses lourdes 12,7 mm"],
          dict(category="VIII.LW.1", partner=("CHN", "Chine"), description="Mitrailleuses lourdes 12,7 mm")),
    ]
    rows = table(b, sh, "imports", 4, 1, [], body)
    b.expect(tick[1], "error", code="ATT0207", rule="nil-with-entries", alternatives=(tick[0], sh.ref(3, 1), sh.ref(rows[0], 1)),
             note="nil report for imports ticked, and the imports table has rows")
    b.expect(sh.ref(rows[1], 3), "error", code="ATT0231", rule="items-invalid", note="'environ 40' is not a count")
    b.expect(sh.ref(rows[2], 1), "error", code="ATT0230", rule="no-quantity",
             alternatives=(sh.ref(rows[2], 3), sh.ref(rows[2], 4), sh.ref(rows[2], 2)),
             note="'-' for both the count and the value")
    sh.widths(12, 18, 14, 16, 32)
    b.direction("imports", "nil")
    b.judgement("The ticked nil report gives imports the status nil, and the table's rows are still read as "
                "entries; the contradiction is the planted error.")
    b.judgement("'-' is a placeholder (no value), not a withheld figure.")
    return b


@book
def defects_es_costa_rica():
    b = Book(
        "defects-es-costa-rica",
        "Spanish report with planted defects: no currency anywhere for a value column (one "
        "finding for the column), an entry without category (the first row of the table), a count "
        "'unos 40'; exports 'Sin exportaciones.'",
        state="CRI",
        year=2020,
        lang="es",
    )
    sh = b.sheet("Informe 2020")
    sh.put(1, 1, "Informe de Costa Rica — año 2020", bold=True)
    sh.row(2, 1, ["Se autoriza su publicación:", "Sí"])
    b.public(True)
    sh.put(4, 1, "EXPORTACIONES", bold=True)
    sh.put(5, 1, "Sin exportaciones.")
    b.direction("exports", "nil")
    sh.put(7, 1, "IMPORTACIONES", bold=True)
    sh.put(8, 1, "Datos: importaciones efectivas")
    sh.row(9, 1, ["Categoría", "Estado exportador", "Cantidad", "Valor", "Descripción"], bold=True)
    body = [
        R([None, "Israel", 120, 96_000, "Subametralladoras Uzi Pro"],
          dict(category=None, partner=("ISR", "Israel"), items=120, value=96_000,
               description="Subametralladoras Uzi Pro")),
        R(["VIII a) 1", "Austria", 400, 180_000, "Pistolas Glock 17 para la Fuerza Pública"],
          dict(category="VIII.SA.1", partner=("AUT", "Austria"), items=400, value=180_000,
               description="Pistolas Glock 17 para la Fuerza Pública")),
        R(["VIII a) 2", "Estados Unidos", "unos 40", 52_000, "Fusiles de precisión"],
          dict(category="VIII.SA.2", partner=("USA", "Estados Unidos"), items="unos 40", value=52_000,
               description="Fusiles de precisión")),
        R(["VIII a) 3", "Alemania", 60, 84_000, "Subametralladoras MP5"],
          dict(category="VIII.SA.3", partner=("DEU", "Alemania"), items=60, value=84_000,
               description="Subametralladoras MP5")),
    ]
    rows = table(b, sh, "imports", 10, 1, [], body)
    b.expect(sh.ref(rows[0], 4), "error", code="ATT0241", rule="currency-missing",
             alternatives=tuple(sh.ref(r, 4) for r in rows[1:]) + (sh.ref(9, 4),),
             note="the value column names no currency and no cell has one: one finding (with the range)")
    b.expect(sh.ref(rows[2], 3), "error", code="ATT0231", rule="items-invalid", note="'unos 40' is not a count")
    b.expect(sh.ref(rows[0], 1), "error", code="ATT0210", rule="category-missing",
             note="the first row of the table has no category (no category row above it)")
    sh.widths(12, 18, 10, 12, 42)
    b.direction("imports", "reported", "actual")
    b.judgement("A value column without any currency gives values without currency (amount only).")
    return b


@book
def competing_category_columns_fr_switzerland():
    b = Book(
        "competing-category-columns-fr-switzerland",
        "French tables with a national 'Catégorie' column of Swiss 'KM' codes: beside a "
        "'Catégorie ATT' column in the exports (the ATT column wins), alone in the imports (then "
        "read as national_category although its heading is the ATT one)",
        state="CHE",
        year=2020,
        lang="fr",
    )
    sh = b.sheet("Exportations 2020")
    sh.put(1, 1, "Rapport annuel de la Suisse, 2020", bold=True)
    sh.put(2, 1, "Type de données : exportations effectives")
    sh.row(4, 1, ["Catégorie", "Catégorie ATT", "Pays de destination", "Nombre", "Valeur (CHF)", "Description"],
           bold=True)
    body = [
        R(["KM 6", "II", "Danemark", 6, 36_400_000, "Véhicules blindés Piranha V"],
          dict(category="II", partner=("DNK", "Danemark"), items=6, value=36_400_000, currency="CHF",
               description="Véhicules blindés Piranha V")),
        R(["KM 6", "II", "Roumanie", 12, 54_000_000, "Véhicules blindés Piranha V"],
          dict(category="II", partner=("ROU", "Roumanie"), items=12, value=54_000_000, currency="CHF",
               description="Véhicules blindés Piranha V")),
        R(["KM 1", "VIII a) 2", "Allemagne", 320, 1_150_000, "Fusils de tireur d'élite"],
          dict(category="VIII.SA.2", partner=("DEU", "Allemagne"), items=320, value=1_150_000, currency="CHF",
               description="Fusils de tireur d'élite")),
        R(["KM 1", "VIII a) 4", "Brésil", 900, 2_070_000, "Fusils d'assaut SG 550"],
          dict(category="VIII.SA.4", partner=("BRA", "Brésil"), items=900, value=2_070_000, currency="CHF",
               description="Fusils d'assaut SG 550")),
    ]
    table(b, sh, "exports", 5, 1, [], body)
    b.expect(sh.ref(4, 1), "info", kind="competing-columns",
             note="'Catégorie' holds KM codes and 'Catégorie ATT' ATT categories: the ATT column is the category, "
                  "the KM column is reported")
    sh.widths(12, 14, 20, 10, 14, 32)
    b.direction("exports", "reported", "actual")

    sh = b.sheet("Importations 2020")
    sh.put(1, 1, "Rapport annuel de la Suisse, 2020", bold=True)
    sh.put(2, 1, "Type de données : importations effectives")
    sh.row(4, 1, ["Catégorie", "Pays de provenance", "Nombre", "Valeur (CHF)", "Description"], bold=True)
    body = [
        R(["KM 4", "États-Unis", 20, 31_000_000, "Missiles AIM-9X"],
          dict(category="national", national="KM 4", partner=("USA", "États-Unis"), items=20, value=31_000_000,
               currency="CHF", description="Missiles AIM-9X")),
        R(["KM 6", "Allemagne", 4, 3_600_000, "Véhicules de dépannage blindés"],
          dict(category="national", national="KM 6", partner=("DEU", "Allemagne"), items=4, value=3_600_000,
               currency="CHF", description="Véhicules de dépannage blindés")),
    ]
    table(b, sh, "imports", 5, 1, [], body)
    b.expect(sh.ref(4, 1), "info", kind="column-role-from-content",
             note="'Catégorie' holds national KM codes only: read as national_category, said once for the column")
    b.direction("imports", "reported", "actual")
    b.judgement("A column headed 'Catégorie' whose cells are all national control-list codes (KM n), with no ATT "
                "category column in the table, gives category national with national_category 'KM 4'; it is not "
                "a column of unknown ATT categories.")
    return b


@book
def bare_state_name_cover_es_mexico():
    b = Book(
        "bare-state-name-cover-es-mexico",
        "Imports first, on a sheet whose only title lines are the State's formal name alone "
        "('ESTADOS UNIDOS MEXICANOS'), the ministry, and the year; values in 'pesos', a currency "
        "name several States share, which only the reporting State settles",
        state="MEX",
        year=2023,
        lang="es",
    )
    sh = b.sheet("Importaciones")
    name = sh.put(1, 1, "ESTADOS UNIDOS MEXICANOS", bold=True)
    sh.put(2, 1, "Secretaría de la Defensa Nacional")
    year = sh.put(3, 1, "Informe anual correspondiente al año civil 2023")
    sh.put(4, 1, "Tipo de datos: importaciones efectivas")
    sh.row(5, 1, ["Categoría", "País exportador", "Cantidad", "Valor (pesos)", "Descripción"], bold=True)
    body = [
        R(["II", "Francia", 4, 52_000_000, "Vehículos blindados VBCI"],
          dict(category="II", partner=("FRA", "Francia"), items=4, value=52_000_000, currency="MXN",
               description="Vehículos blindados VBCI")),
        R(["VIII a) 1", "Austria", 300, 3_100_000, "Pistolas Glock 17"],
          dict(category="VIII.SA.1", partner=("AUT", "Austria"), items=300, value=3_100_000, currency="MXN",
               description="Pistolas Glock 17")),
        R(["VII a)", "Israel", 24, 61_500_000, "Misiles Spike-LR"],
          dict(category="VII.a", partner=("ISR", "Israel"), items=24, value=61_500_000, currency="MXN",
               description="Misiles Spike-LR")),
    ]
    table(b, sh, "imports", 6, 1, [], body)
    b.expect(name, "info", code="ATT0150", rule="title-line",
             note="the State's name alone, above every table: the reporting State")
    b.expect(year, "info", code="ATT0150", rule="title-line", note="the year from a line of its own")
    sh.widths(14, 20, 10, 16, 32)
    b.direction("imports", "reported", "actual")

    sh = b.sheet("Exportaciones")
    sh.put(1, 1, "Exportaciones: no se realizaron exportaciones de armas convencionales en 2023.")
    b.direction("exports", "nil")
    b.judgement("A line that is a State's name and nothing else, above every table and before any entry, names "
                "the reporting State when no label or title does; 'pesos' then means MXN.")
    return b


# ---------------------------------------------------------------------------------------------


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="folder to write into (default: fixtures/layouts)")
    parser.add_argument("--only", action="append", default=[], help="build only the workbook of this name")
    parser.add_argument("--no-convert", action="store_true", help="skip the LibreOffice .ods/.xls copies")
    parser.add_argument("--check", action="store_true",
                        help="write into a temporary folder and say whether the committed .xlsx and "
                             ".expected.json files are what the generator writes (exit 1 if not)")
    args = parser.parse_args(argv)
    if args.check:
        return check(args.out)
    built = []
    for fn in BOOKS:
        b = fn()
        if args.only and b.name not in args.only:
            continue
        if args.no_convert:
            b.formats = ["xlsx"]
        b.save(args.out)
        built.append(b)
        n = sum(len(b.expected[k]["entries"]) for k in ("exports", "imports"))
        print(f"{b.name}: {n} entries, {len(b.expected['expected_diagnostics'])} findings, "
              f"{', '.join(b.formats)}")
    if args.only and len(built) != len(args.only):
        print("unknown name in --only", file=sys.stderr)
        return 2
    names = [b.name for b in built]
    if len(set(names)) != len(names):
        print("two workbooks share a name", file=sys.stderr)
        return 2
    return 0


def check(committed: Path) -> int:
    """Compares a fresh build with the committed corpus (workbooks and expected files; the
    LibreOffice copies are not byte-reproducible and are left out)."""
    import filecmp
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp)
        for fn in BOOKS:
            b = fn()
            b.formats = ["xlsx"]
            b.save(fresh)
        stale = []
        for path in sorted(fresh.iterdir()):
            theirs = committed / path.name
            if path.name.endswith(".expected.json"):
                ours = json.loads(path.read_text(encoding="utf-8"))
                if not theirs.exists():
                    stale.append(path.name)
                    continue
                committed_exp = json.loads(theirs.read_text(encoding="utf-8"))
                ours["files"] = committed_exp.get("files")
                if ours != committed_exp:
                    stale.append(path.name)
            elif not theirs.exists() or not filecmp.cmp(path, theirs, shallow=False):
                stale.append(path.name)
        known = {p.name for p in fresh.iterdir()} | {f"{p.stem}.{x}" for p in fresh.glob("*.xlsx") for x in ("ods", "xls")}
        extra = sorted(p.name for p in committed.iterdir() if p.name not in known)
    for name in stale:
        print(f"differs from the generator: {name}")
    for name in extra:
        print(f"not written by the generator: {name}")
    if stale or extra:
        print("run: python3 tools/layouts/make.py", file=sys.stderr)
        return 1
    print(f"the corpus in {committed} is what the generator writes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
