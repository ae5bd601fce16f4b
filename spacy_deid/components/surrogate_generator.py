"""The ``surrogate_generator`` service component: holds a SurrogateGenerator for ``deid_redactor``.

It leaves documents unchanged; ``deid_redactor`` (mode="surrogate") finds it with
``nlp.get_pipe("surrogate_generator")`` and calls ``.generator.surrogates(...)``. The generator
is built on first use, so a pipeline can be loaded without a key as long as no surrogates are
requested. Prefer ``key_env`` over ``key``: a ``key`` setting is saved in the pipeline's config.
"""
from __future__ import annotations

from typing import Dict, List, Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..surrogates.fakers import DEFAULT_LOCALES
from ..surrogates.generator import SurrogateGenerator
from ._key_warning import warn_key_in_config

DEFAULT_CONFIG = {
    "key": None,
    "key_env": "SPACY_DEID_KEY",
    "random_per_run": False,
    "locales": DEFAULT_LOCALES,
    "date_shift_days": [365, 1095],
    "age_cap": 89,
    "zip_mode": "surrogate",
    "mapping_path": None,
    "group_key": "patient",
    "name_culture": "keep",
}


class SurrogateGeneratorComponent:
    """Service component; ``.generator`` is the configured :class:`SurrogateGenerator`."""

    def __init__(self, nlp: Language, name: str, *, key: Optional[str], key_env: str,
                 random_per_run: bool, locales: Dict[str, List[str]], date_shift_days: List[int],
                 age_cap: Optional[int], zip_mode: str, mapping_path: Optional[str],
                 group_key: str, name_culture: str = "keep") -> None:
        self.name = name
        self.group_key = group_key
        if key:
            warn_key_in_config(name, "key", key_env)
        self._settings = dict(key=key, key_env=key_env, random_per_run=random_per_run,
                              locales=dict(locales), date_shift_days=tuple(date_shift_days),
                              age_cap=age_cap, zip_mode=zip_mode, mapping_path=mapping_path,
                              name_culture=name_culture)
        if zip_mode not in ("surrogate", "generalize"):
            raise ValueError(f"zip_mode must be 'surrogate' or 'generalize', not {zip_mode!r}")
        self._generator: Optional[SurrogateGenerator] = None

    @property
    def generator(self) -> SurrogateGenerator:
        """The generator (raises MissingKeyError here when no key is configured)."""
        if self._generator is None:
            self._generator = SurrogateGenerator(**self._settings)
        return self._generator

    def forget(self) -> None:
        """Drop what the generator remembers per group within a run (genders, name roles, the
        originals seen): a batch job starting over (a Spark partition, a retried task) then gives
        the same surrogates as its first attempt. Keyed surrogates themselves need no memory."""
        if self._generator is not None:
            self._generator.forget()

    def group_for(self, doc: Doc) -> Optional[str]:
        """The doc's group: ``doc._.deid_group``, else ``doc._.deid_meta[group_key]``, else None."""
        if doc._.deid_group is not None:
            return str(doc._.deid_group)
        meta = doc._.deid_meta or {}
        value = meta.get(self.group_key) if isinstance(meta, dict) else None
        return None if value is None else str(value)

    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("surrogate_generator", default_config=DEFAULT_CONFIG)
def make_surrogate_generator(nlp: Language, name: str, key: Optional[str], key_env: str,
                             random_per_run: bool, locales: Dict[str, List[str]],
                             date_shift_days: List[int], age_cap: Optional[int], zip_mode: str,
                             mapping_path: Optional[str], group_key: str,
                             name_culture: str) -> SurrogateGeneratorComponent:
    """``name_culture``: "keep" draws a name's surrogate from the culture the name comes from
    ("Nguyen" -> a Vietnamese family name), "locale" from the configured ``locales`` only."""
    return SurrogateGeneratorComponent(nlp, name, key=key, key_env=key_env, random_per_run=random_per_run,
                                       locales=locales, date_shift_days=date_shift_days, age_cap=age_cap,
                                       zip_mode=zip_mode, mapping_path=mapping_path, group_key=group_key,
                                       name_culture=name_culture)
