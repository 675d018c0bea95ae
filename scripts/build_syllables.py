#!/usr/bin/env python3
"""Build cx_trainer/text/data/en_syllables.tsv.gz from the CMU Pronouncing Dictionary.

Usage: python scripts/build_syllables.py PATH/TO/cmudict.dict

The syllable count of a word is the number of its vowel phonemes (those carrying a stress
digit). Where a word has several pronunciations, the first is used. Only the counts are kept
(one ``word<TAB>count`` line per word), with the dictionary's BSD-style licence beside them in
``en_syllables.LICENSE``. Run once by a developer; the result is committed, so nothing is
fetched at run time.
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "cx_trainer" / "text" / "data" / "en_syllables.tsv.gz"


def main(src: str) -> None:
    counts: dict[str, int] = {}
    for raw in Path(src).read_text(encoding="latin-1").splitlines():
        if not raw or raw.startswith(";;;"):
            continue
        word, _, phones = raw.partition(" ")
        word = re.sub(r"\(\d+\)$", "", word).lower()
        if word in counts or not re.fullmatch(r"[a-z][a-z'.-]*", word):
            continue
        counts[word] = sum(1 for p in phones.split() if p[-1:].isdigit())
    lines = "".join(f"{w}\t{c}\n" for w, c in sorted(counts.items()))
    with gzip.GzipFile(OUT, "wb", mtime=0) as handle:
        handle.write(lines.encode("ascii"))
    print(f"{len(counts)} words -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
