"""Train a spaCy pipeline with a bounded thread count (the project's ``train-*`` commands).

``python scripts/train.py CONFIG OUTPUT [--threads N] [--gpu-id G] [--section.key value ...]``
Extra ``--a.b value`` pairs are spaCy config overrides. Thread limits are set before torch or
numpy start their pools; the hub is forced offline (base models are local folders).
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path


def main(argv: list) -> None:
    if len(argv) < 2:
        raise SystemExit(__doc__)
    config, output, rest = Path(argv[0]), Path(argv[1]), argv[2:]
    threads, gpu_id, overrides = 1, -1, {}
    i = 0
    while i < len(rest):
        key = rest[i]
        if key == "--threads":
            threads = int(rest[i + 1])
        elif key == "--gpu-id":
            gpu_id = int(rest[i + 1])
        elif key.startswith("--") and i + 1 < len(rest):
            overrides[key[2:]] = rest[i + 1]
        else:
            raise SystemExit(f"unexpected argument {key!r}")
        i += 2
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ[var] = str(threads)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import torch

        torch.set_num_threads(threads)
    except ImportError:  # pragma: no cover - torch is optional for the CNN model
        pass
    from spacy.cli._util import parse_config_overrides
    from spacy.cli.train import train

    args = []
    for k, v in overrides.items():
        args += [f"--{k}", v]
    start = time.perf_counter()
    train(config, output, use_gpu=gpu_id, overrides=parse_config_overrides(args))
    seconds = time.perf_counter() - start
    output.mkdir(parents=True, exist_ok=True)
    (output / "train_seconds.txt").write_text(f"{seconds:.1f}\n", encoding="utf-8")
    print(f"training took {seconds:.1f} s with {threads} thread(s)")


if __name__ == "__main__":
    main(sys.argv[1:])
