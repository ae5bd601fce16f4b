"""Safe file handling for batch jobs: atomic writes and careful text decoding."""
from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import IO, Iterator, Optional, Tuple, Union

PathLike = Union[str, os.PathLike]


@contextlib.contextmanager
def atomic_open(path: PathLike, mode: str = "w", encoding: Optional[str] = "utf-8", newline: Optional[str] = None) -> Iterator[IO]:
    """Write to a temp file beside ``path`` and rename it over ``path`` only on success,
    so a crash never leaves a half-written (or raw) output behind."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        kwargs = {} if "b" in mode else {"encoding": encoding, "newline": newline}
        with os.fdopen(fd, mode, **kwargs) as fh:
            yield fh
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def exit_cleanly_on_sigterm() -> None:
    """Make SIGTERM (a job scheduler stopping the run) raise ``SystemExit`` like Ctrl-C raises
    ``KeyboardInterrupt``, so ``atomic_open`` removes its temp file instead of leaving a hidden
    ``.tmp`` behind. Only in the main thread of a command-line process."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return

    def _stop(signum, frame):  # noqa: ARG001
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, _stop)


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or many control characters other than whitespace, mean binary data."""
    if b"\x00" in data[:8192]:
        return True
    sample = data[:8192]
    if not sample:
        return False
    ctrl = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return ctrl / len(sample) > 0.10


def read_text_file(path: PathLike, encoding: str = "utf-8") -> Tuple[Optional[str], Optional[str]]:
    """``(text, None)`` or ``(None, reason)``; the reason never quotes file content."""
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        return None, f"cannot read file ({err.strerror})"
    if looks_binary(data):
        return None, "binary file, not text"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        return None, f"not valid {encoding} (byte offset {err.start}); pass --encoding if it is another encoding"
    except LookupError:
        return None, f"unknown encoding {encoding!r}"
    return text.lstrip("\ufeff"), None
