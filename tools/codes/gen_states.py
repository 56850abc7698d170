#!/usr/bin/env python3
"""Provenance of crates/att-schema/data/states.tsv and of the iso-codes part of state-aliases.tsv.

The TSV files in crates/att-schema/data are the source of truth and are edited by hand; this
script is what produced their first version. It reads:

- tools/codes/un_names.tsv: UN terminology names (short and formal, English, French, Spanish) of
  the 193 member States, the 2 observer States, Kosovo and Taiwan, written by hand;
- tools/codes/territories.tsv: the other ISO 3166-1 entries, names from iso-codes, corrected;
- the main currency of each entry (CURRENCY below);
- the State each territory belongs to, or is administered by or associated with (SOVEREIGN
  below);
- pycountry (PyPI; it ships Debian's iso-codes): alpha-2 codes, and the ISO 3166-1 names in
  English, French and Spanish, which become extra aliases.

Run from the repository root:  pip install pycountry && python3 tools/codes/gen_states.py
It rewrites data/states.tsv, and the part of data/state-aliases.tsv after the line
"# --- iso-codes names" (the curated aliases above that line are kept as they are).
"""

import gettext
import os
import re
import sys
import unicodedata

import pycountry

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, "crates", "att-schema", "data")
HERE = os.path.dirname(os.path.abspath(__file__))

CURRENCY = """
AFG AFN ALB ALL DZA DZD AND EUR AGO AOA ATG XCD ARG ARS ARM AMD AUS AUD AUT EUR AZE AZN BHS BSD
BHR BHD BGD BDT BRB BBD BLR BYN BEL EUR BLZ BZD BEN XOF BTN BTN BOL BOB BIH BAM BWA BWP BRA BRL
BRN BND BGR EUR BFA XOF BDI BIF CPV CVE KHM KHR CMR XAF CAN CAD CAF XAF TCD XAF CHL CLP CHN CNY
COL COP COM KMF COG XAF CRI CRC CIV XOF HRV EUR CUB CUP CYP EUR CZE CZK PRK KPW COD CDF DNK DKK
DJI DJF DMA XCD DOM DOP ECU USD EGY EGP SLV USD GNQ XAF ERI ERN EST EUR SWZ SZL ETH ETB FJI FJD
FIN EUR FRA EUR GAB XAF GMB GMD GEO GEL DEU EUR GHA GHS GRC EUR GRD XCD GTM GTQ GIN GNF GNB XOF
GUY GYD HTI HTG HND HNL HUN HUF ISL ISK IND INR IDN IDR IRN IRR IRQ IQD IRL EUR ISR ILS ITA EUR
JAM JMD JPN JPY JOR JOD KAZ KZT KEN KES KIR AUD KWT KWD KGZ KGS LAO LAK LVA EUR LBN LBP LSO LSL
LBR LRD LBY LYD LIE CHF LTU EUR LUX EUR MDG MGA MWI MWK MYS MYR MDV MVR MLI XOF MLT EUR MHL USD
MRT MRU MUS MUR MEX MXN FSM USD MCO EUR MNG MNT MNE EUR MAR MAD MOZ MZN MMR MMK NAM NAD NRU AUD
NPL NPR NLD EUR NZL NZD NIC NIO NER XOF NGA NGN MKD MKD NOR NOK OMN OMR PAK PKR PLW USD PAN PAB
PNG PGK PRY PYG PER PEN PHL PHP POL PLN PRT EUR QAT QAR KOR KRW MDA MDL ROU RON RUS RUB RWA RWF
KNA XCD LCA XCD VCT XCD WSM WST SMR EUR STP STN SAU SAR SEN XOF SRB RSD SYC SCR SLE SLE SGP SGD
SVK EUR SVN EUR SLB SBD SOM SOS ZAF ZAR SSD SSP ESP EUR LKA LKR SDN SDG SUR SRD SWE SEK CHE CHF
SYR SYP TJK TJS THA THB TLS USD TGO XOF TON TOP TTO TTD TUN TND TUR TRY TKM TMT TUV AUD UGA UGX
UKR UAH ARE AED GBR GBP TZA TZS USA USD URY UYU UZB UZS VUT VUV VEN VES VNM VND YEM YER ZMB ZMW
ZWE ZWG VAT EUR PSE ILS XKX EUR TWN TWD
ABW AWG AIA XCD ALA EUR ASM USD ATA - ATF EUR BES USD BLM EUR BMU BMD BVT NOK CCK AUD COK NZD
CUW XCG CXR AUD CYM KYD ESH MAD FLK FKP FRO DKK GGY GBP GIB GIP GLP EUR GRL DKK GUF EUR GUM USD
HKG HKD HMD AUD IMN GBP IOT USD JEY GBP MAC MOP MAF EUR MNP USD MSR XCD MTQ EUR MYT EUR NCL XPF
NFK AUD NIU NZD PCN NZD PRI USD PYF XPF REU EUR SGS GBP SHN SHP SJM NOK SPM EUR SXM XCG TCA USD
TKL NZD UMI USD VGB USD VIR USD WLF XPF
"""

SOVEREIGN = """
ABW NLD AIA GBR ALA FIN ASM USA ATF FRA BES NLD BLM FRA BMU GBR BVT NOR CCK AUS COK NZL CUW NLD
CXR AUS CYM GBR FLK GBR FRO DNK GGY GBR GIB GBR GLP FRA GRL DNK GUF FRA GUM USA HKG CHN HMD AUS
IMN GBR IOT GBR JEY GBR MAC CHN MAF FRA MNP USA MSR GBR MTQ FRA MYT FRA NCL FRA NFK AUS NIU NZL
PCN GBR PRI USA PYF FRA REU FRA SGS GBR SHN GBR SJM NOR SPM FRA SXM NLD TCA GBR TKL NZL UMI USA
VGB GBR VIR USA WLF FRA
"""

# ISO names that must not become aliases: "Congo" names two States and must stay ambiguous.
SKIP_ISO_ALIASES = {"congo"}


def fold(text):
    """Rough equivalent of att_schema::text::fold, enough to remove duplicates."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.findall(r"\w+", text)).replace("_", " ")


def read_rows(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            rows.append(line.split("\t"))
    return rows


def main():
    pairs = CURRENCY.split()
    currency = dict(zip(pairs[0::2], pairs[1::2]))
    pairs = SOVEREIGN.split()
    sovereign = dict(zip(pairs[0::2], pairs[1::2]))
    rows = read_rows(os.path.join(HERE, "un_names.tsv")) + read_rows(os.path.join(HERE, "territories.tsv"))
    by_alpha3 = {r[0]: r for r in rows}
    iso = {c.alpha_3: c for c in pycountry.countries}
    missing = set(iso) - set(by_alpha3)
    extra = set(by_alpha3) - set(iso) - {"XKX"}
    if missing or extra:
        sys.exit(f"coverage: missing {sorted(missing)}, extra {sorted(extra)}")
    for code in by_alpha3:
        if code not in currency:
            sys.exit(f"no currency for {code}")

    out = [
        "# States and territories: one row per ISO 3166-1 entry, plus Kosovo (XKX, user-assigned).",
        "# Names: UN terminology (UNTERM) short and formal names, leading articles dropped; others from",
        "# iso-codes, corrected. status: member | observer (UN General Assembly observer State) |",
        "# territory (dependent or special territory) | other. currency: main ISO 4217 code (empty: none).",
        "# sovereign: the State a territory belongs to or is administered or associated with (empty: none).",
        "# See README.md.",
        "alpha3\talpha2\tstatus\tcurrency\ten_short\ten_formal\tfr_short\tfr_formal\tes_short\tes_formal\tsovereign",
    ]
    for code in sorted(by_alpha3):
        r = by_alpha3[code]
        alpha2 = "XK" if code == "XKX" else iso[code].alpha_2
        cur = currency[code]
        cur = "" if cur == "-" else cur
        out.append("\t".join([code, alpha2, r[1], cur] + r[2:8] + [sovereign.get(code, "")]))
    with open(os.path.join(DATA, "states.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")

    # Aliases from iso-codes names.
    fr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    es = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["es"])
    aliases_path = os.path.join(DATA, "state-aliases.tsv")
    with open(aliases_path, encoding="utf-8") as f:
        text = f.read()
    marker = "# --- iso-codes names"
    head = text.split(marker)[0].rstrip("\n")
    known = {}
    for r in rows:
        for name in r[2:8]:
            known.setdefault(r[0], set()).add(fold(name))
    for line in head.splitlines():
        if line.startswith("#") or not line.strip() or line.startswith("alpha3\t"):
            continue
        code, alias = line.split("\t")
        known.setdefault(code, set()).add(fold(alias))
    lines = [marker + " (ISO 3166-1 names in English, French and Spanish, from pycountry)"]
    for code in sorted(iso):
        c = iso[code]
        names = [c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)]
        for n in list(names):
            if n:
                names += [fr.gettext(n), es.gettext(n)]
        for n in names:
            if not n:
                continue
            k = fold(n)
            if k in known[code] or k in SKIP_ISO_ALIASES:
                continue
            known[code].add(k)
            lines.append(f"{code}\t{n}")
    with open(aliases_path, "w", encoding="utf-8") as f:
        f.write(head + "\n" + "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
