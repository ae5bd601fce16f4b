"""A per-user cache of the parsed word table, so that a fresh process (the CLI) starts faster.

Parsing ``words.tsv.gz`` (642k rows, four columns) line by line takes about a second and a half on a
slow two-core machine, a third of the CLI's start. The cache keeps the same table as two columns:
the words joined by newlines and their packed entries as 32-bit integers; reading it back builds
the dict at C speed (about 0.4 s there). The tables stay the source of truth: the cache file is
named by their digest, so new tables never read an old cache, and a cache that is missing,
truncated or damaged (a CRC-32 checks it) is ignored (the table is parsed and the cache written again).

``SPACY_DEID_CACHE_DIR`` chooses the folder (``off`` turns the cache off); the default is
``$XDG_CACHE_HOME/spacy-deid`` or ``~/.cache/spacy-deid``. A folder that cannot be written (a
read-only home) only costs the time: nothing fails. The cache holds word lists, no text of any note.
"""
from __future__ import annotations

import array
import os
import struct
import sys
import tempfile
import zlib
from pathlib import Path
from typing import Dict, Optional

ENV = "SPACY_DEID_CACHE_DIR"
_MAGIC = b"spacy-deid words v1\n"
_HEADER = struct.Struct("<QQI")  # number of words, bytes of the word column, CRC-32 of the rest


def cache_dir() -> Optional[Path]:
    """The cache folder, or None when the cache is off."""
    value = os.environ.get(ENV)
    if value is not None:
        return None if value.strip().lower() in ("", "off", "0", "false", "no") else Path(value)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "spacy-deid"


def _path(digest: str) -> Optional[Path]:
    folder = cache_dir()
    return None if folder is None else folder / f"words-{digest}.bin"


def _usable() -> bool:
    return array.array("I").itemsize == 4


def read_words(digest: str) -> Optional[Dict[str, int]]:
    """The word table cached under ``digest``, or None when there is no whole cache for it."""
    path = _path(digest)
    if path is None or not _usable():
        return None
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    start = len(_MAGIC) + _HEADER.size
    if not raw.startswith(_MAGIC) or len(raw) < start:
        return None
    count, width, crc = _HEADER.unpack_from(raw, len(_MAGIC))
    if len(raw) != start + width + 4 * count or zlib.crc32(memoryview(raw)[start:]) != crc:
        return None
    try:
        words = raw[start:start + width].decode("utf-8").split("\n") if count else []
    except UnicodeDecodeError:
        return None
    entries = array.array("I")
    entries.frombytes(raw[start + width:])
    if sys.byteorder != "little":
        entries.byteswap()
    if len(words) != count:
        return None
    return dict(zip(words, entries))


def write_words(digest: str, table: Dict[str, int]) -> Optional[Path]:
    """Cache ``table`` under ``digest`` (atomically); None when the cache is off, the table does
    not fit its format or the folder cannot be written."""
    path = _path(digest)
    if path is None or not _usable():
        return None
    if any("\n" in word for word in table) or any(not 0 <= v < 2 ** 32 for v in table.values()):
        return None
    words = "\n".join(table).encode("utf-8")
    entries = array.array("I", table.values())
    if sys.byteorder != "little":
        entries.byteswap()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                body = words + entries.tobytes()
                fh.write(_MAGIC + _HEADER.pack(len(table), len(words), zlib.crc32(body)) + body)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        return None
    return path
