#!/usr/bin/env python3
"""Provenance of crates/att-schema/data/state-aliases-cldr.tsv: the common short names of States
and territories in German, Italian, Portuguese and Dutch, from the Unicode CLDR.

National layouts are written in the languages of their ministries and statistics offices, not
only in the Treaty's three: Swiss statistics give "Indien", "Grossbritannien", "Korea (Süd)".
This script takes the territory names of CLDR (the npm package `cldr-localenames-full`) for the
locales below and writes one alias per line. The TSV file it writes is data the project owns and
is committed; the script is its provenance, and is not part of the build.

Run from the repository root (node_modules stay outside the repository):

    npm install --prefix /tmp/cldr cldr-localenames-full@48.2.0
    python3 tools/codes/gen_cldr_aliases.py /tmp/cldr/node_modules/cldr-localenames-full

then `cargo test -p att-schema`: every alias must resolve to its own State (a test checks).

What is kept:

- every territory name of the locales in LOCALES whose CLDR code is the alpha-2 code of a row of
  data/states.tsv, with the `alt-short` and `alt-variant` forms ("Hongkong", "Tschechische
  Republik", "Swasiland");
- not names that fold to a name or alias the other tables already give the same State (no
  duplicates), nor names of three letters or fewer ("VK", "VS", "EUA"): written in capitals they
  read as ISO codes, in lower case as words;
- not CLDR's codes that are not ISO 3166-1 entries (EU, EZ, UN, QO, the Canary Islands EA/IC,
  Diego Garcia DG, Ascension AC, Tristan da Cunha TA, Sark CQ, Clipperton CP): parts of States
  or groups, not partners of their own.

Collisions are decided explicitly: a CLDR name that folds to a name of *another* State in the
other tables, or that two locales give to two different States, stops the script unless it is
listed in DECISIONS with what to do and why.
"""

import json
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, "crates", "att-schema", "data")

# Locale → language tag written in the table. Regional variants add their own spellings
# ("Äusseres" in de-CH, "Chéquia" in pt-PT, "Macedónia" in pt-PT).
LOCALES = {
    "de": "de",
    "de-AT": "de",
    "de-CH": "de",
    "it": "it",
    "it-CH": "it",
    "pt": "pt",
    "pt-PT": "pt",
    "nl": "nl",
    "nl-BE": "nl",
}

# Names that fit two entries and that the resolver must keep ambiguous (see data/README.md):
# a CLDR name folding to one of them is left out, whatever State the locale gives it.
AMBIGUOUS = ["Congo", "Korea", "Corea", "Coreia", "Corée", "Virgin Islands", "Saint Martin",
             "St. Martin", "São Martinho"]

# (alpha-2 code, name as CLDR writes it) → why it is left out. Decided by hand.
DECISIONS = {
    ("GY", "Guiana"): "Portuguese for Guyana, but in English and French the region of the Guianas "
    "and French Guiana",
}

# Articles and connectors dropped before comparing names (as the resolver does, roughly).
STOPWORDS = set(
    "of the and de du des la le les l d del el los las y e et s "
    "und der die das den von vom di della delle dei degli da do dos das van het en".split()
)


def fold(text):
    """A rough equivalent of the resolver's name key: folded words, stopwords dropped, sorted."""
    text = text.replace("ß", "ss").replace("ø", "o").replace("Ø", "o")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    words = [w for w in re.findall(r"[^\W_]+", text) if w not in STOPWORDS]
    return " ".join(sorted(set(words)))


def read_tsv(path, header):
    rows = []
    seen_header = False
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if not seen_header:
                if cells[: len(header)] != header:
                    sys.exit(f"{path}: unexpected header {cells}")
                seen_header = True
                continue
            rows.append(cells)
    return rows


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    package = sys.argv[1]
    states = read_tsv(os.path.join(DATA, "states.tsv"), ["alpha3", "alpha2"])
    alpha3_of = {row[1]: row[0] for row in states}
    owner = {}  # folded key → alpha-3 codes that already have that name

    def claim(key, code):
        owner.setdefault(key, set()).add(code)

    for row in states:
        for name in row[4:10]:
            claim(fold(name), row[0])
    for row in read_tsv(os.path.join(DATA, "state-aliases.tsv"), ["alpha3", "alias"]):
        claim(fold(row[1]), row[0])

    ambiguous = {fold(name) for name in AMBIGUOUS}
    version = json.load(open(os.path.join(package, "package.json"), encoding="utf-8"))["version"]
    lines = []
    kept = {}  # folded key → alpha-3 code given by CLDR
    problems = []
    for locale, lang in LOCALES.items():
        path = os.path.join(package, "main", locale, "territories.json")
        names = json.load(open(path, encoding="utf-8"))["main"][locale]["localeDisplayNames"][
            "territories"
        ]
        for cldr_code, name in names.items():
            alpha2 = cldr_code.split("-alt-")[0]
            code = alpha3_of.get(alpha2)
            if code is None:
                continue
            key = fold(name)
            if (alpha2, name) in DECISIONS or key in ambiguous:
                continue
            if len(key.replace(" ", "")) <= 3:
                continue
            others = owner.get(key, set()) - {code}
            if others:
                problems.append(f"{locale} {cldr_code} {name!r} is already a name of {sorted(others)}")
                continue
            if code in owner.get(key, set()):
                continue
            if kept.get(key, code) != code:
                problems.append(f"{locale} {cldr_code} {name!r} names {code} and {kept[key]}")
                continue
            if key in kept:
                continue
            kept[key] = code
            lines.append((code, lang, name))
    if problems:
        sys.exit("undecided collisions (add them to DECISIONS):\n  " + "\n  ".join(problems))
    lines.sort(key=lambda line: (line[0], line[1], line[2]))
    out = [
        "# Common short names of States and territories in German, Italian, Portuguese and Dutch,",
        f"# from the Unicode CLDR (npm package cldr-localenames-full {version}), written by",
        "# tools/codes/gen_cldr_aliases.py. Names the other tables already give are left out.",
        "# Columns: ISO 3166-1 alpha-3 code, language (BCP 47), the name as CLDR writes it.",
        "alpha3\tlang\talias",
    ]
    out += ["\t".join(line) for line in lines]
    with open(os.path.join(DATA, "state-aliases-cldr.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(f"{len(lines)} aliases written", file=sys.stderr)


if __name__ == "__main__":
    main()
