"""Build ``spacy_deid/synth/zh/data/words.tsv``: common Chinese words in Taiwan's Traditional
characters with their frequencies, for the PHI-free filler of synthetic Taiwanese notes.

Source: jieba's dictionary (``jieba/dict.txt``, MIT; Simplified words with counts and part-of-
speech tags), converted with OpenCC's ``s2twp`` table (opencc-python-reimplemented, Apache-2.0).
Names, places, organisations and other proper nouns (tags nr*, ns*, nt*, nz), time words and
numerals (t*, m*) are left out, so the filler never holds an unlabelled name, date or age. No evaluation corpus is read.

``python scripts/build_zh_words.py [--top 30000]`` (needs ``pip install jieba
opencc-python-reimplemented``; the output is committed, so nothing else needs them)."""
from __future__ import annotations

import argparse
from pathlib import Path

PROPER = ("nr", "ns", "nt", "nz", "t", "m")  # proper nouns; time words and numerals (dates, ages)
OUT = Path(__file__).resolve().parent.parent / "spacy_deid" / "synth" / "zh" / "data" / "words.tsv"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--top", type=int, default=30000)
    args = parser.parse_args()
    import jieba
    from opencc import OpenCC

    convert = OpenCC("s2twp").convert
    rows = []
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) != 3:
                continue
            word, count, tag = parts[0], int(parts[1]), parts[2]
            if tag.startswith(PROPER) or not all("\u4e00" <= ch <= "\u9fff" for ch in word):
                continue
            rows.append((count, word))
    rows.sort(reverse=True)
    seen, out = set(), []
    for count, word in rows:
        trad = convert(word)
        if trad in seen:
            continue
        seen.add(trad)
        out.append(f"{trad}\t{count}")
        if len(out) >= args.top:
            break
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"wrote {len(out)} words to {OUT}")


if __name__ == "__main__":
    main()
