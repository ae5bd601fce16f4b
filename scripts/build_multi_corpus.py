"""Training, dev and test notes of the multilingual model (``spacy project run convert-multi``).

``python scripts/build_multi_corpus.py --langs de:2000,fr:1000,it:1000,zh:2500 --seed 42 --dev-seed 4242
--test-seed 424242 --n-dev 100 --n-test 500 --config configs/deid_cnn_multi.cfg``

For each language: synthetic notes (``spacy_deid/synth/<lang>/``) as JSONL under ``corpus/``
(``synth_<lang>_{train,dev,test}.jsonl``), and the train and dev notes in spaCy's binary format,
tokenised as the config's tokenizer does, with fine labels, normalised as the pipeline normalises
what it reads (NFKC: full-width "：" and "\u3000" become ":" and " "), under ``corpus/train_multi/`` and
``corpus/dev_multi/``. No evaluation corpus is read."""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path


def run(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "spacy_deid.cli.main", *args], check=True)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--langs", required=True, help="lang:count,... (training notes per language)")
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--dev-seed", type=int, default=4242)
    p.add_argument("--test-seed", type=int, default=424242)
    p.add_argument("--n-dev", type=int, default=100)
    p.add_argument("--n-test", type=int, default=500)
    p.add_argument("--config", default="configs/deid_cnn_multi.cfg")
    p.add_argument("--out", default="corpus")
    a = p.parse_args()
    out = Path(a.out)
    for sub in ("train_multi", "dev_multi"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    for item in a.langs.split(","):
        lang, n = item.split(":")
        for split, count, seed in (("train", n, a.seed), ("dev", a.n_dev, a.dev_seed), ("test", a.n_test, a.test_seed)):
            run("synth", "--n", str(count), "--seed", str(seed), "--lang", lang, "--out", str(out / f"synth_{lang}_{split}.jsonl"))
        for split in ("train", "dev"):
            run("convert", str(out / f"synth_{lang}_{split}.jsonl"), str(out / f"{split}_multi" / f"synth_{lang}_{split}.spacy"),
                "--labels", "fine", "--config", a.config, "--normalise")


if __name__ == "__main__":
    main()
