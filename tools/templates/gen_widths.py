#!/usr/bin/env python3
"""Writes crates/att-xlsx-writer/src/fit/widths.rs: the advance widths of Carlito Regular and
Bold (metric-compatible with Calibri, the workbook's font) for the characters reports are
written in, in font units (2048 to the em).

Needs fontTools (pip install fonttools) and the Carlito fonts (Debian: fonts-crosextra-carlito).
Run from the repository root: python3 tools/templates/gen_widths.py
"""

import sys
from fontTools.ttLib import TTFont

FONTS = "/usr/share/fonts/truetype/crosextra/Carlito-{}.ttf"
# Latin (basic, Latin-1, Extended-A and -B), Greek and Cyrillic, general punctuation and
# currency signs.
RANGES = [(0x20, 0x24F), (0x370, 0x4FF), (0x2000, 0x20CF)]
OUT = "crates/att-xlsx-writer/src/fit/widths.rs"


def advances(style):
    font = TTFont(FONTS.format(style))
    assert font["head"].unitsPerEm == 2048, "the table is in 2048ths of an em"
    cmap = font.getBestCmap()
    metrics = font["hmtx"]
    return [
        [metrics[cmap[c]][0] if c in cmap else 0 for c in range(start, end + 1)]
        for start, end in RANGES
    ]


def main():
    regular, bold = advances("Regular"), advances("Bold")
    lines = [
        "//! Advance widths of Carlito (metric-compatible with Calibri), in 2048ths of an em; 0 where",
        "//! the font has no glyph. Written by tools/templates/gen_widths.py: do not edit.",
        "",
        "/// The first and last character of each range of the tables.",
        "pub(super) const RANGES: [(u32, u32); {}] = [{}];".format(
            len(RANGES), ", ".join(f"(0x{a:04X}, 0x{b:04X})" for a, b in RANGES)
        ),
    ]
    for name, table in [("REGULAR", regular), ("BOLD", bold)]:
        total = sum(len(part) for part in table)
        lines.append("")
        lines.append(f"/// Carlito {name.title()}: the ranges' widths one after the other.")
        lines.append("#[rustfmt::skip]")
        lines.append(f"pub(super) const {name}: [u16; {total}] = [")
        flat = [w for part in table for w in part]
        for i in range(0, len(flat), 16):
            lines.append("    " + ", ".join(str(w) for w in flat[i : i + 16]) + ",")
        lines.append("];")
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    print(f"wrote {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
