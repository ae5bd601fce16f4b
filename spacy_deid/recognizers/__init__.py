"""Rule recognizers for structured PHI, one family per module, registered in
``spacy_deid.registry.recognizers`` (entry point group ``spacy_deid_recognizers``).

``default_recognizers()`` builds one instance of every registered recognizer; ``phi_patterns``
runs each one's ``find(doc.text)``. Third-party packages add recognizers through the entry point.
"""
from __future__ import annotations

from typing import Iterable, List, Optional

from ..registry import recognizers
from .ages import (OVER_89, AgeRecognizer, ArabicAgeRecognizer, ChineseAgeRecognizer, PhrasedAgeRecognizer,
                   WordAgeRecognizer, age_value)
from .arabic_names import ArabicNameRecognizer
from .base import PhiMatch, Recognizer
from .cued_names import CuedNameRecognizer
from .cued_places import CuedPlaceRecognizer
from .cued_professions import CuedProfessionRecognizer
from .dates import ChineseDateRecognizer, DateRecognizer, DottedDateRecognizer, WordDateRecognizer, WrittenDateRecognizer
from .device_udis import DeviceUdiRecognizer
from .email import EmailRecognizer
from .employers import EmployerRecognizer
from .facilities import FacilityRecognizer
from .han_digit_strings import HanDigitStringRecognizer
from .han_facilities import HanFacilityRecognizer
from .han_landmarks import HanLandmarkRecognizer
from .han_latin_names import HanLatinNameRecognizer
from .han_names import HanNameRecognizer
from .han_places import HanPlaceRecognizer
from .han_professions import HanProfessionRecognizer
from .han_regions import HanRegionRecognizer
from .han_rooms import HanRoomRecognizer
from .han_workplaces import HanWorkplaceRecognizer
from .identifiers import IdentifierRecognizer
from .ip_addresses import IpAddressRecognizer
from .mac_addresses import MacAddressRecognizer
from .national_ids import NationalIdRecognizer
from .phones import PhoneRecognizer
from .postcodes import PostcodeRecognizer
from .spelled_numbers import SpelledNumberRecognizer
from .ssn import SsnRecognizer
from .street_forms import LocalStreetRecognizer
from .streets import StreetRecognizer
from .titled_names import TitledNameRecognizer
from .urls import UrlRecognizer
from .usernames import UsernameRecognizer
from .zip_codes import ZipCodeRecognizer

BUILTIN = (
    DateRecognizer,
    WordDateRecognizer,
    WrittenDateRecognizer,
    DottedDateRecognizer,
    ChineseDateRecognizer,
    AgeRecognizer,
    ArabicAgeRecognizer,
    PhrasedAgeRecognizer,
    WordAgeRecognizer,
    ChineseAgeRecognizer,
    PhoneRecognizer,
    EmailRecognizer,
    UrlRecognizer,
    IpAddressRecognizer,
    MacAddressRecognizer,
    DeviceUdiRecognizer,
    UsernameRecognizer,
    SsnRecognizer,
    NationalIdRecognizer,
    SpelledNumberRecognizer,
    IdentifierRecognizer,
    ZipCodeRecognizer,
    PostcodeRecognizer,
    StreetRecognizer,
    LocalStreetRecognizer,
    CuedPlaceRecognizer,
    CuedNameRecognizer,
    CuedProfessionRecognizer,
    EmployerRecognizer,
    FacilityRecognizer,
    TitledNameRecognizer,
    HanNameRecognizer,
    HanLatinNameRecognizer,
    HanPlaceRecognizer,
    HanRegionRecognizer,
    HanRoomRecognizer,
    HanLandmarkRecognizer,
    HanProfessionRecognizer,
    HanFacilityRecognizer,
    HanWorkplaceRecognizer,
    HanDigitStringRecognizer,
    ArabicNameRecognizer,
)
for _cls in BUILTIN:
    recognizers.register(_cls.name, func=_cls)


def get_recognizer(name: str, lang: str = "en") -> Recognizer:
    """A new instance of the recognizer registered as ``name`` (KeyError-like catalogue error if
    unknown); one that is ``language_aware`` is built for ``lang``."""
    cls = recognizers.get(name)
    return cls(lang=lang) if getattr(cls, "language_aware", False) else cls()


def default_recognizers(names: Optional[List[str]] = None, exclude: Iterable[str] = (),
                        lang: str = "en") -> List[Recognizer]:
    """Instances of the recognizers ``names`` (default: every registered one), minus ``exclude``,
    for a pipeline of language ``lang``."""
    excluded = set(exclude)
    chosen = list(names) if names is not None else sorted(recognizers.get_all())
    return [get_recognizer(n, lang) for n in chosen if n not in excluded]


__all__ = [
    "PhiMatch",
    "Recognizer",
    "OVER_89",
    "age_value",
    "default_recognizers",
    "get_recognizer",
    "AgeRecognizer",
    "ArabicAgeRecognizer",
    "PhrasedAgeRecognizer",
    "ChineseAgeRecognizer",
    "DateRecognizer",
    "WrittenDateRecognizer",
    "WordDateRecognizer",
    "ChineseDateRecognizer",
    "NationalIdRecognizer",
    "EmailRecognizer",
    "IdentifierRecognizer",
    "IpAddressRecognizer",
    "MacAddressRecognizer",
    "DeviceUdiRecognizer",
    "UsernameRecognizer",
    "WordAgeRecognizer",
    "PhoneRecognizer",
    "SsnRecognizer",
    "SpelledNumberRecognizer",
    "StreetRecognizer",
    "CuedPlaceRecognizer",
    "CuedNameRecognizer",
    "CuedProfessionRecognizer",
    "EmployerRecognizer",
    "FacilityRecognizer",
    "LocalStreetRecognizer",
    "TitledNameRecognizer",
    "HanNameRecognizer",
    "HanLatinNameRecognizer",
    "HanPlaceRecognizer",
    "HanRegionRecognizer",
    "HanRoomRecognizer",
    "HanLandmarkRecognizer",
    "HanProfessionRecognizer",
    "HanFacilityRecognizer",
    "HanWorkplaceRecognizer",
    "HanDigitStringRecognizer",
    "ArabicNameRecognizer",
    "UrlRecognizer",
    "ZipCodeRecognizer",
    "PostcodeRecognizer",
]
