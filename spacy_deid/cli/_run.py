"""Shared plumbing of ``redact`` and ``detect``: build the pipeline, run a source, report."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, List, Optional, Sequence, Tuple

from tqdm import tqdm

from ..files import atomic_open
from ..langid import preload as preload_identifier
from ..components.phi_deny_list import read_terms
from ..pipelines import (configure_redactor, ensure_surrogate_generator, find_component, find_redactor, load_pipeline,
                         notes_language)
from ..routing import LanguagePipelines, RoutedDeidentifier
from ..runner import Deidentifier, DeidInput, DeidResult
from ._sources import (CsvJob, Failure, check_csv_columns, corpus_items, input_kind, jsonl_items,
                       txt_items, warn)


MODEL_CHOICES = "'default', 'lexicon', 'rules', an installed pipeline or a pipeline folder"


def parse_operators(items: Sequence[str]) -> Dict[str, str]:
    """``--operator DOCTOR=keep --operator ID=hash`` -> {"DOCTOR": "keep", "ID": "hash"}."""
    out: Dict[str, str] = {}
    for item in items:
        label, sep, op = item.partition("=")
        if not sep or not label.strip() or not op.strip():
            raise ValueError(f"--operator wants LABEL=OPERATOR (e.g. DOCTOR=keep), not {item!r}")
        out[label.strip().upper()] = op.strip().lower()
    return out


def parse_settings(items: Sequence[str]) -> Dict[str, Dict[str, Any]]:
    """``--set deid_redactor.threshold=0.4`` -> {"deid_redactor": {"threshold": 0.4}}; values are
    read as JSON (numbers, true/false, lists, objects), else kept as text."""
    out: Dict[str, Dict[str, Any]] = {}
    for item in items:
        key, sep, raw = item.partition("=")
        component, dot, setting = key.strip().partition(".")
        if not sep or not dot or not component or not setting:
            raise ValueError(f"--set wants COMPONENT.SETTING=VALUE (e.g. deid_redactor.threshold=0.4), not {item!r}")
        try:
            value: Any = json.loads(raw)
        except ValueError:
            value = raw
        out.setdefault(component, {})[setting] = value
    return out


def parse_reader_options(items: Sequence[str]) -> Dict[str, Any]:
    """``--reader-option calendar_times_only=true`` -> {"calendar_times_only": True}; values are
    read as JSON, else kept as text."""
    out: Dict[str, Any] = {}
    for item in items:
        key, sep, raw = item.partition("=")
        if not sep or not key.strip().isidentifier():
            raise ValueError(f"--reader-option wants NAME=VALUE (e.g. calendar_times_only=true), not {item!r}")
        try:
            out[key.strip()] = json.loads(raw)
        except ValueError:
            out[key.strip()] = raw
    return out


def apply_settings(nlp, settings: Dict[str, Dict[str, Any]]) -> None:
    """Rebuild each named component from its config with the new settings (the spaCy way)."""
    for component, values in settings.items():
        if component not in nlp.component_names:
            raise ValueError(f"--set: the pipeline has no component {component!r} "
                             f"(it has {', '.join(nlp.component_names)})")
        config = dict(nlp.config["components"][component])
        factory = config.pop("factory", None)
        if factory is None:
            raise ValueError(f"--set: {component!r} is sourced from another pipeline and cannot be reconfigured")
        unknown = sorted(set(values) - set(config))
        if unknown:
            raise ValueError(f"--set: {component!r} has no setting {', '.join(unknown)}")
        config.update(values)
        try:
            nlp.replace_pipe(component, factory, config=config)
        except Exception as err:  # spaCy's config validation: one line, no values of the note
            raise ValueError(f"--set: {component!r} rejects these settings ({type(err).__name__})") from None


def read_config_settings(path: Optional[Path]) -> Dict[str, Dict[str, Any]]:
    """Component settings from a spaCy config file: its ``[components.NAME]`` sections, applied
    over the loaded pipeline like ``--set`` (other sections are not read)."""
    if path is None:
        return {}
    from thinc.api import Config

    try:
        text = path.read_text(encoding="utf-8")
        if not re.search(r"^\[components\]\s*$", text, re.M):
            text = "[components]\n" + text  # thinc wants the parent section; allow leaving it out
        config = Config().from_str(text, interpolate=False)
    except Exception as err:  # thinc's parse errors, unreadable files: one line
        raise ValueError(f"cannot read the config {path}: {type(err).__name__}") from None
    components = config.get("components", {})
    return {name: {k: v for k, v in section.items() if k not in ("factory", "source")}
            for name, section in components.items() if isinstance(section, dict)}


def read_list(path: Optional[Path], what: str) -> List[str]:
    """The lines of an allow or deny list file (UTF-8)."""
    if path is None:
        return []
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise ValueError(f"cannot read the {what} {path}: {type(err).__name__}") from None


def build(model: str, lang: str, mode: Optional[str], random_surrogates: bool, age_policy: Optional[str] = None,
          operators: Sequence[str] = (), allow_list: Optional[Path] = None, deny_list: Optional[Path] = None,
          settings: Sequence[str] = (), config: Optional[Path] = None, passages: bool = False):
    """The pipeline of a command. A usage error (``ValueError``) says what is wrong in one line.
    ``operators``: ``LABEL=OPERATOR`` items; ``allow_list`` / ``deny_list``: files of texts never /
    always PHI (a deny-list line is ``term`` or ``term<TAB>LABEL``, label NAME by default).
    ``lang="auto"``: a :class:`LanguagePipelines` that builds this pipeline per language (English
    at once, the others when a note of theirs comes). ``passages``: passages in another language
    are read by their language's pipeline too (``--lang auto``: by the router; a fixed language:
    by the ``phi_passages`` component)."""
    if lang == "auto":
        preload_identifier()  # in parallel with the English pipeline's load
        return LanguagePipelines(lambda lg: build(model, lg, mode, random_surrogates, age_policy, operators,
                                                  allow_list, deny_list, settings, config),
                                 passages=passages)
    if mode == "keep":
        raise ValueError("--mode keep would write every PHI span in clear; keep single labels with "
                         "the redactor's 'operators' setting instead")
    try:
        nlp = load_pipeline(model, lang)
    except OSError as err:  # spaCy's E050 / E053: no such package or folder, or no pipeline in it
        raise ValueError(f"cannot load --model {model!r}: not {MODEL_CHOICES} ({type(err).__name__})") from None
    ops = parse_operators(operators)
    allowed = [ln.strip() for ln in read_list(allow_list, "allow list") if ln.strip() and not ln.lstrip().startswith("#")]
    denied = read_terms(read_list(deny_list, "deny list"))
    overrides = {"mode": mode, "age_policy": age_policy}
    if ops:
        current = find_redactor(nlp)
        base = dict(nlp.config["components"][current].get("operators", {})) if current else {}
        overrides["operators"] = {**base, **ops}
    if allowed:
        overrides["allow_list"] = allowed
    name = configure_redactor(nlp, **overrides)
    if denied:
        nlp.add_pipe("phi_deny_list", before=name, config={"terms": denied})
    if passages and find_component(nlp, "phi_passages") is None:
        from ..components import phi_passages  # noqa: F401  (registers the factory)

        # each passage's pipeline is built as this one is (--model, lists, settings), in its language
        nlp.add_pipe("phi_passages", before=name).loader = PipelineBuilder(
            model, mode, random_surrogates, age_policy, tuple(operators), allow_list, deny_list, tuple(settings), config)
    apply_settings(nlp, read_config_settings(config))
    apply_settings(nlp, parse_settings(settings))  # --set wins over --config
    if mode == "surrogate":
        ensure_surrogate_generator(nlp, random_surrogates)
        nlp.get_pipe(name).context(None, notes_language(nlp))  # no key: fail now, not on every document
    return nlp


@dataclass(frozen=True)
class PipelineBuilder:
    """``build`` with a command's options, for any language: picklable (a worker process started
    by spawn or forkserver gets it whole), unlike a closure."""

    model: str
    mode: Optional[str]
    random_surrogates: bool
    age_policy: Optional[str]
    operators: Tuple[str, ...]
    allow_list: Optional[Path]
    deny_list: Optional[Path]
    settings: Tuple[str, ...]
    config: Optional[Path]

    def __call__(self, lang: str):
        return build(self.model, lang, self.mode, self.random_surrogates, self.age_policy, self.operators,
                     self.allow_list, self.deny_list, self.settings, self.config)


def build_one(model: str, lang: str, *args: Any, where: str, **kwargs: Any):
    """``build`` for commands that run one pipeline (serve, spark): ``--lang auto`` is refused."""
    if lang == "auto":
        raise ValueError(f"--lang auto is for redact and detect; {where} needs the notes' language (en, es, ...)")
    return build(model, lang, *args, **kwargs)


def check_out_of_source(source: Path, out: Path) -> None:
    """Refuse an output that is the input or lies inside an input folder: the originals (and
    the notes written so far) would be overwritten or read again."""
    src, dst = source.resolve(), out.resolve()
    if dst == src:
        raise ValueError("--out is the input itself; write the output elsewhere")
    if src.is_dir() and src in dst.parents:
        raise ValueError("--out lies inside the input folder; write the output elsewhere")


class Reporter:
    """Counts results and collects failures; never prints text."""

    def __init__(self, quiet: bool, total: Optional[int] = None):
        self.failures: List[Failure] = []
        self.done = 0
        self.bar = tqdm(total=total, unit="doc", disable=quiet, dynamic_ncols=True)

    def __call__(self, res: DeidResult) -> None:
        self.done += 1
        self.bar.update(1)
        ctx = res.context
        reason = getattr(ctx, "read_error", None) or res.error
        if reason:
            self.failures.append(Failure(ctx.where, reason))

    def finish(self) -> int:
        self.bar.close()
        for f in self.failures:
            warn(f"FAILED {f.where}: {f.reason}")
        warn(f"{self.done - len(self.failures)} done, {len(self.failures)} failed")
        return 1 if self.failures else 0


def os_error_line(err: OSError) -> str:
    """One line for a file-system error (read-only folder, disk full, a folder where a file
    belongs): what failed and where, no traceback."""
    where = f" ({err.filename})" if err.filename else ""
    return f"Error: {err.strerror or type(err).__name__}{where}; nothing was written for the input that failed"


def run_source(
    nlp, source: Path, out: Path, *, redact: bool, text_key: str, columns: List[str],
    group_key: Optional[str], encoding: str, batch_size: int, n_process: int, quiet: bool,
    write_record: Callable[[DeidResult], Optional[dict]], fmt: str = "auto",
) -> int:
    """Run one input (folder, .txt, .jsonl, .csv or a corpus) to ``out``; returns the exit code."""
    check_out_of_source(source, out)
    kind = input_kind(source, fmt)
    if kind != "dir" and out.is_dir():
        # "--out FOLDER" for one input file: the output goes into the folder, as with cp
        out = out / (source.name if source.is_file() else f"{source.name}.jsonl")
        check_out_of_source(source, out)
    if isinstance(nlp, LanguagePipelines):  # --lang auto: each note to the pipeline of its language
        engine = RoutedDeidentifier(nlp, redact=redact, batch_size=batch_size, n_process=n_process, passages=nlp.passages)
    else:
        engine = Deidentifier(nlp, redact=redact, batch_size=batch_size, n_process=n_process)
    if kind == "csv":
        if not columns:
            raise ValueError("CSV input needs --columns (comma-separated names of text columns)")
        check_csv_columns(source, columns, group_key, encoding)
        job = CsvJob(source, columns, group_key, encoding)
        rep = Reporter(quiet)
        job.write(engine.run(job.items()), out, rep)
        return rep.finish()
    if kind == "jsonl":
        items: Iterable[DeidInput] = jsonl_items(source, text_key, group_key or "patient", encoding)
    elif kind == "corpus":
        items = corpus_items(source, fmt)
    else:
        items = txt_items(source, encoding)
    if kind == "dir" and out.exists() and not out.is_dir():
        raise ValueError(f"{out} exists and is not a folder")
    rep = Reporter(quiet, total=sum(1 for _ in source.rglob("*.txt")) if kind == "dir" else None)
    results = engine.run(items)
    if redact and kind in ("dir", "txt"):  # text files out, mirroring the input tree
        for res in results:
            rep(res)
            if res.text is None:
                continue
            with atomic_open(out / res.context.rel_path if kind == "dir" else out) as fh:
                fh.write(res.text)
        return rep.finish()
    with atomic_open(out) as fh:  # JSONL out: one line per good input
        for res in results:
            rep(res)
            if getattr(res.context, "read_error", None) or res.error:
                continue
            record = write_record(res)
            if record is not None:
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return rep.finish()
