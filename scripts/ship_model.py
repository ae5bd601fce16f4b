"""Copy a trained NER pipeline into the package as the default model of its language, with its
provenance.

``python scripts/ship_model.py training/cnn/model-best spacy_deid/models/deid_cnn_en --seed 42 ...``
``python scripts/ship_model.py training/cnn_es/model-best spacy_deid/models/deid_cnn_es --lang es --seed 42 ...``
``python scripts/ship_model.py training/cnn_multi/model-best spacy_deid/models/deid_cnn_multi --lang xx --seed 42 ...``
``python scripts/ship_model.py training/cnn_zh/model-best spacy_deid/models/deid_cnn_zh --lang zh --seed 42 ...``
"""
from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

README = """# deid_cnn_en: the default NER model of spacy-deid

A spaCy pipeline (tok2vec CNN + beam NER, {size:.1f} MB) that tags the coarse PHI labels
{labels}. Trained ONLY on synthetic notes from `spacy_deid.synth`; no real patient data.
`spacy_deid.models.load_default()` loads it and appends `phi_patterns`, `phi_lexicon` and
`deid_redactor`. The NER (`deid_ner`, beam width 4) scores each entity; its tok2vec reads the
lexicon tables shipped in `spacy_deid/lexicons/data` (retrain after rebuilding them).

Reproduce (from the repository root):

    spacy project run all --vars.seed {seed} --vars.n_train {n_train} --vars.cnn_max_steps {max_steps}

(`all` = synth -> convert -> train-cnn -> evaluate-cnn -> package-cnn -> ship; defaults in project.yml.)

Dev scores on synthetic notes (spaCy entity scorer): P {p:.3f}  R {r:.3f}  F {f:.3f}.
Training time: {train_s} s on {threads}.
"""

README_ES = """# deid_cnn_es: the Spanish NER model of spacy-deid

A spaCy pipeline (tok2vec CNN + beam NER, {size:.1f} MB) that tags the fine PHI labels
{labels}. Trained on the MEDDOCAN train split (synthetic Spanish clinical cases, CC BY 4.0:
Marimon et al., "Automatic De-Identification of Medical Texts in Spanish: the MEDDOCAN Track",
IberLEF 2019, https://temu.bsc.es/meddocan/) and 1,500 synthetic Spanish notes of
`spacy_deid.synth.es` (names in running text, letters, emergency notes, which MEDDOCAN's case
reports lack), validated on MEDDOCAN dev; MEDDOCAN test is only scored. `spacy_deid.models.load_default(lang="es")` (and `--model default --lang es`) loads
it and appends `phi_patterns` and `deid_redactor`. Its tokenizer splits glued forms such as
"NHC-150679" (`spacy_deid.split_glued_ids.v1`).

Reproduce (from the repository root): `spacy project run all-es --vars.seed {seed} --vars.es_max_steps {max_steps}`.

Dev scores (MEDDOCAN dev, spaCy entity scorer, fine labels): P {p:.3f}  R {r:.3f}  F {f:.3f}.
Training time: {train_s} s on {threads}.
"""

README_MULTI = """# deid_cnn_multi: the multilingual NER model of spacy-deid

A spaCy pipeline (language "xx": tok2vec CNN + beam NER, {size:.1f} MB) that tags the fine PHI
labels {labels} in German, French, Italian, Romanian, Turkish and Arabic notes (Chinese has a
model of its own, `deid_cnn_zh`, with the same architecture). Trained ONLY on synthetic notes of `spacy_deid.synth.<lang>` ({n_train}); no
evaluation corpus is trained on. Its tokenizer makes one token of each Han character and splits
glued forms (`spacy_deid.multilingual_tokens.v1`). `spacy_deid.models.load_default(lang="de")`
(or fr, it, ro, tr, ar; `--model default --lang de`) loads it and appends `phi_patterns`, which
reads the notes' language (month names, national IDs, phone region), `phi_word_veto` and
`deid_redactor`.

Reproduce (from the repository root): `spacy project run all-multi --vars.seed {seed} --vars.multi_max_steps {max_steps}`.

Dev scores (synthetic notes of every language, spaCy entity scorer, fine labels): P {p:.3f}  R {r:.3f}  F {f:.3f}.
Training time: {train_s} s on {threads}.
"""

README_ZH = """# deid_cnn_zh: the Chinese NER model of spacy-deid

A spaCy pipeline (language "xx": tok2vec CNN + beam NER, {size:.1f} MB) that tags the fine PHI
labels {labels} in Taiwanese Chinese notes and transcribed doctor-patient conversations,
Chinese-English code-mixed ones included. Trained ONLY on synthetic notes of `spacy_deid.synth.zh`
({n_train}); no evaluation corpus is trained on. Same architecture and tokenizer as the
multilingual model (one token per Han character, `spacy_deid.multilingual_tokens.v1`); a model of
its own because German training notes moved its Chinese names when both shared one.
`spacy_deid.models.load_default(lang="zh")` (`--model default --lang zh`) loads it and appends
`phi_patterns` reading Chinese (names by titles, Han places, dates said alone, Taiwanese IDs and
phones), `phi_word_veto` and `deid_redactor`.

Reproduce (from the repository root): `spacy project run all-zh --vars.seed {seed} --vars.zh_max_steps {max_steps}`.

Dev scores (synthetic Taiwanese notes, spaCy entity scorer, fine labels): P {p:.3f}  R {r:.3f}  F {f:.3f}.
Training time: {train_s} s on {threads}.
"""

SOURCES = {
    "en": ({"name": "spacy_deid.synth", "url": "", "license": "MIT"},
           "spacy-deid default PHI NER (coarse labels), trained on synthetic notes", README),
    "es": ({"name": "MEDDOCAN train (dev for validation)", "url": "https://temu.bsc.es/meddocan/",
            "license": "CC BY 4.0"},
           "spacy-deid Spanish PHI NER (fine labels), trained on MEDDOCAN train and synthetic Spanish notes", README_ES),
    "xx": ({"name": "spacy_deid.synth (de, fr, it, ro, tr, ar)", "url": "", "license": "MIT"},
           "spacy-deid multilingual PHI NER (fine labels), trained on synthetic German, French, Italian, Romanian, "
           "Turkish and Arabic notes", README_MULTI),
    "zh": ({"name": "spacy_deid.synth (zh)", "url": "", "license": "MIT"},
           "spacy-deid Chinese PHI NER (fine labels), trained on synthetic Taiwanese notes and conversations, "
           "Chinese-English mixed", README_ZH),
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("dest")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--n-train", required=True, help="training notes (a number, or lang:count,...)")
    ap.add_argument("--max-steps", type=int, required=True)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--lang", default="en", choices=sorted(SOURCES))
    args = ap.parse_args()
    source, description, readme = SOURCES[args.lang]
    src, dest = Path(args.src), Path(args.dest)
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(src, dest)
    meta_path = dest / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["name"] = dest.name
    meta["description"] = description
    # spacy package validates meta.json: every source field must be a string
    meta["sources"] = [{**source, "seed": str(args.seed), "notes": str(args.n_train)}]
    meta_path.write_text(json.dumps(meta, indent=2), encoding="utf-8")
    size = sum(p.stat().st_size for p in dest.rglob("*") if p.is_file()) / 1e6
    perf = meta.get("performance", {})
    train_file = src.parent / "train_seconds.txt"
    train_s = train_file.read_text().strip() if train_file.is_file() else "?"
    labels = ", ".join(meta.get("labels", {}).get("ner", []))
    (dest / "README.md").write_text(readme.format(
        size=size, labels=labels, seed=args.seed, n_train=args.n_train, max_steps=args.max_steps,
        p=perf.get("ents_p", 0.0), r=perf.get("ents_r", 0.0), f=perf.get("ents_f", 0.0), train_s=train_s,
        threads=f"{args.threads} CPU thread(s)"), encoding="utf-8")
    print(f"shipped {src} -> {dest} ({size:.1f} MB)")


if __name__ == "__main__":
    main()
