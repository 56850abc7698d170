#!/usr/bin/env python3
"""Provenance of crates/att-schema/data/currencies.tsv (the TSV is the source of truth).

Codes, numeric codes and names come from pycountry's copy of ISO 4217 (iso-codes, February 2026:
BGN, HRK, ANG, SLL and ZWL are withdrawn; XCG, ZWG, SLE, VED are in). Minor units are ISO 4217's
(iso-codes does not carry them); French and Spanish names are iso-codes' translations, corrected
where they were wrong or odd (NAMES below); symbols are written by hand (SYMBOLS below).

Run from the repository root:  pip install pycountry && python3 tools/codes/gen_currencies.py
"""

import gettext
import os

import pycountry

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "crates", "att-schema", "data", "currencies.tsv")

# ISO 4217 minor units; codes not listed have 2; None is "N.A." in the standard.
MINOR = {
    **{c: 0 for c in "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF".split()},
    **{c: 3 for c in "BHD IQD JOD KWD LYD OMR TND".split()},
    **{c: 4 for c in "CLF UYW".split()},
    **{c: None for c in "XAD XAG XAU XBA XBB XBC XBD XDR XPD XPT XSU XTS XUA XXX".split()},
}

# code: (en, fr, es) replacing the iso-codes names; None keeps the iso-codes one.
NAMES = {
    "AFN": (None, "Afghani", None),
    "AOA": (None, "Kwanza", None),
    "BOB": (None, "Boliviano", None),
    "BOV": (None, None, "Mvdol"),
    "CLF": (None, "Unidad de Fomento", None),
    "ERN": (None, "Nakfa", None),
    "LRD": (None, "Dollar libérien", None),
    "MKD": (None, "Denar", None),
    "PEN": (None, "Sol", None),
    "PLN": (None, "Zloty", None),
    "TOP": ("Pa'anga", "Pa'anga", "Pa'anga"),
    "TWD": (None, "Nouveau dollar de Taïwan", None),
    "USD": (None, "Dollar des États-Unis", "Dólar estadounidense"),
    "VES": (None, None, "Bolívar soberano"),
    "VED": ("Bolívar Soberano (digital)", "Bolivar souverain (numérique)", "Bolívar soberano (digital)"),
    "XAD": (None, "Dinar de compte arabe", None),
    "XAF": (None, None, "Franco CFA BEAC"),
    "XOF": (None, None, "Franco CFA BCEAO"),
    "XCG": (None, "Florin caribéen", "Florín caribeño"),
    "ZWG": (None, "Or du Zimbabwe (ZiG)", "Oro de Zimbabue (ZiG)"),
    "TMT": ("Turkmenistan New Manat", "Nouveau manat turkmène", None),
    "AWG": (None, "Florin arubais", None),
    "HKD": (None, "Dollar de Hong Kong", None),
    "KYD": (None, "Dollar des Îles Caïmanes", None),
    "NIO": (None, "Córdoba oro", "Córdoba oro"),
    "CNY": (None, "Yuan renminbi", None),
    "ILS": (None, "Nouveau shekel israélien", "Nuevo shéquel israelí"),
    "XDR": (None, "Droit de tirage spécial (DTS)", "Derecho especial de giro (DEG)"),
}

SYMBOLS = {
    "EUR": "€",
    "USD": "US$|$US|USD$|U$S|$",
    "CAD": "C$|CA$|CAN$|$CA|$CAN|$",
    "AUD": "A$|AU$|AUD$|$A|$",
    "NZD": "NZ$|$NZ|$",
    "HKD": "HK$|$HK|$",
    "SGD": "S$|SG$|$",
    "TWD": "NT$|$",
    "MXN": "MX$|Mex$|$",
    "ARS": "AR$|$",
    "CLP": "CLP$|$",
    "COP": "COL$|$",
    "CUP": "$",
    "DOP": "RD$|$",
    "UYU": "$U|$",
    "BRL": "R$",
    "JMD": "J$|$",
    "TTD": "TT$|$",
    "BBD": "Bds$|$",
    "BSD": "$",
    "BND": "$",
    "BZD": "BZ$|$",
    "FJD": "FJ$|$",
    "GYD": "G$|$",
    "KYD": "CI$|$",
    "LRD": "L$|$",
    "NAD": "N$|$",
    "SBD": "SI$|$",
    "SRD": "$",
    "XCD": "EC$|$",
    "BMD": "BD$|$",
    "TOP": "T$",
    "WST": "WS$",
    "NIO": "C$",
    "GBP": "£",
    "EGP": "E£",
    "LBP": "L£",
    "SYP": "£S",
    "FKP": "FK£",
    "JPY": "¥|円|JP¥",
    "CNY": "¥|元|CN¥|RMB|RMB¥",
    "KRW": "₩",
    "KPW": "₩",
    "INR": "₹|Rs|Rs.",
    "PKR": "₨|Rs|Rs.",
    "LKR": "Rs|Rs.",
    "NPR": "Rs|Rs.",
    "MUR": "Rs|Rs.",
    "IDR": "Rp",
    "MYR": "RM",
    "THB": "฿",
    "VND": "₫",
    "LAK": "₭",
    "KHR": "៛",
    "MNT": "₮",
    "BDT": "৳|Tk",
    "ILS": "₪|NIS",
    "TRY": "₺|TL",
    "RUB": "₽|руб.|руб",
    "UAH": "₴|грн",
    "KZT": "₸",
    "GEL": "₾",
    "AZN": "₼",
    "AMD": "֏",
    "AFN": "؋",
    "PLN": "zł",
    "CZK": "Kč",
    "HUF": "Ft",
    "SEK": "kr|SKr",
    "NOK": "kr|NKr",
    "DKK": "kr|DKr",
    "ISK": "kr|ÍKr",
    "CHF": "CHF|Fr.|SFr.|SFr",
    "ZAR": "R",
    "NGN": "₦",
    "GHS": "GH₵|₵",
    "CRC": "₡",
    "PYG": "₲",
    "PEN": "S/|S/.",
    "GTQ": "Q",
    "BOB": "Bs|Bs.",
    "VES": "Bs.S|Bs|Bs.",
    "PAB": "B/.",
    "KES": "KSh",
    "UGX": "USh",
    "TZS": "TSh",
    "AED": "Dhs|د.إ",
    "MAD": "DH",
    "IRR": "﷼",
    "OMR": "﷼",
    "QAR": "﷼",
    "SAR": "﷼",
    "YER": "﷼",
    "XOF": "FCFA|F CFA|CFA",
    "XAF": "FCFA|F CFA|CFA",
    "XPF": "F CFP|CFP",
    "MKD": "ден",
    "RSD": "дин|din.",
    "BAM": "KM",
    "RON": "lei",
    "MDL": "lei",
}


def main():
    fr = gettext.translation("iso4217", pycountry.LOCALES_DIR, languages=["fr"])
    es = gettext.translation("iso4217", pycountry.LOCALES_DIR, languages=["es"])
    out = [
        "# Active ISO 4217 currencies and funds (iso-codes, February 2026). minor_units empty: N.A.",
        "# Names: ISO 4217 English names; French and Spanish from iso-codes, corrected. symbols:",
        "# |-separated, matched as written (case and spaces ignored); a symbol listed for several",
        "# currencies is ambiguous (see README.md and currency-aliases.tsv).",
        "code\tnumeric\tminor_units\ten_name\tfr_name\tes_name\tsymbols",
    ]
    for c in sorted(pycountry.currencies, key=lambda c: c.alpha_3):
        code = c.alpha_3
        names = [c.name, fr.gettext(c.name), es.gettext(c.name)]
        for i, n in enumerate(NAMES.get(code, (None, None, None))):
            if n:
                names[i] = n
        names = [n.replace("’", "'").replace("ʻ", "'") for n in names]
        minor = MINOR.get(code, 2)
        out.append("\t".join([code, c.numeric, "" if minor is None else str(minor), *names, SYMBOLS.get(code, "")]))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
