"""Surrogates for the national identifiers of other countries that stay valid: a Spanish DNI gets
another DNI with its check letter, a codice fiscale another codice fiscale, a Taiwanese ID another
with its check digit, in the original's layout (spaces and dashes kept). Which kind a value is
comes from the same checks the recognizers use (``recognizers/national_ids``); the new numbers
are built with python-stdnum's check-digit functions (and ``national_ids/tw.py``)."""
from __future__ import annotations

import random
import string
from typing import Callable, List, Optional, Tuple

from stdnum.cn import ric
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.it import codicefiscale
from stdnum.iso7064 import mod_11_10
from stdnum.ro import cnp
from stdnum.tr import tckimlik

from ..recognizers.national_ids import all_ids
from ..recognizers.national_ids.tw import LETTER_CODES, calc_check_digit as tw_check_digit


def _digits(rng: random.Random, n: int, first: str = string.digits) -> str:
    return rng.choice(first) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def _date6(rng: random.Random) -> str:
    """YYMMDD of a real date (the 28th at most)."""
    return f"{rng.randint(30, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"


def _dni(rng: random.Random) -> str:
    body = _digits(rng, 8)
    return body + dni.calc_check_digit(body)


def _nie(rng: random.Random) -> str:
    body = rng.choice("XYZ") + _digits(rng, 7)
    return body + nie.calc_check_digit(body)


def _nir(rng: random.Random) -> str:
    body = (rng.choice("12") + f"{rng.randint(30, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 95):02d}"
            + f"{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}")
    return body + nir.calc_check_digits(body)


def _codice_fiscale(rng: random.Random) -> str:
    consonants = "BCDFGHLMNPRSTVZ"
    body = ("".join(rng.choice(consonants) for _ in range(6)) + f"{rng.randint(30, 99):02d}" + rng.choice("ABCDEHLMPRST")
            + f"{rng.randint(1, 28) + rng.choice([0, 40]):02d}" + rng.choice("ABCDEFGHILM") + f"{rng.randint(1, 999):03d}")
    return body + codicefiscale.calc_check_digit(body)


def _cnp(rng: random.Random) -> str:
    body = rng.choice("1256") + _date6(rng) + f"{rng.randint(1, 46):02d}{rng.randint(1, 999):03d}"
    return body + cnp.calc_check_digit(body)


def _tckn(rng: random.Random) -> str:
    body = _digits(rng, 9, "123456789")
    return body + tckimlik.calc_check_digits(body)


def _idnr(rng: random.Random) -> str:
    for _ in range(1000):  # one digit twice (or three times), the others once: the Steuer-ID rule
        body = _digits(rng, 10, "123456789")
        number = body + mod_11_10.calc_check_digit(body)
        if all_ids_valid("de.idnr", number):
            return number
    raise RuntimeError("no Steuer-ID found")  # pragma: no cover (the rule leaves many)


# County codes of large cities that python-stdnum's birth-place table holds (Beijing, Tianjin,
# Shanghai, Nanjing, Hangzhou, Hefei, Fuzhou, Jinan, Zhengzhou, Wuhan, Changsha, Guangzhou,
# Shenzhen, Xi'an, Shenyang, Changchun).
RIC_AREAS = ("110101", "110105", "120101", "310101", "310104", "320102", "330102", "340102", "350102", "370102",
             "410102", "420102", "430102", "440103", "440301", "610102", "210102", "220102")


def _ric(rng: random.Random) -> str:
    for _ in range(1000):  # a county code is valid for some birth years only
        body = f"{rng.choice(RIC_AREAS)}19{_date6(rng)}{rng.randint(0, 999):03d}"
        number = body + ric.calc_check_digit(body + "?")
        if all_ids_valid("cn.ric", number):
            return number
    raise RuntimeError("no resident ID found")  # pragma: no cover


def _tw(rng: random.Random) -> str:
    head = rng.choice(sorted(LETTER_CODES)) + rng.choice("12") + _digits(rng, 7)
    return head + tw_check_digit(head)


MAKERS = {"es.dni": _dni, "es.nie": _nie, "fr.nir": _nir, "it.codicefiscale": _codice_fiscale, "ro.cnp": _cnp,
          "tr.tckimlik": _tckn, "de.idnr": _idnr, "cn.ric": _ric, "tw.nid": _tw}


def all_ids_valid(name: str, value: str) -> bool:
    return any(spec.name == name and spec.is_valid(value) for spec in all_ids())


def kind_of(value: str) -> Optional[str]:
    """The national identifier ``value`` is (its spec name), or None."""
    compact = "".join(c for c in value if c.isalnum())
    for spec in all_ids():
        if spec.name in MAKERS and spec.pattern.fullmatch(value.strip()) and spec.is_valid(compact):
            return spec.name
    return None


def _fill_alnum(template: str, compact: str) -> str:
    """``compact``'s characters in the letter and digit positions of ``template`` (its layout kept;
    the case of letters follows the template)."""
    it = iter(compact)
    out: List[str] = []
    for c in template:
        if c.isalnum():
            n = next(it)
            out.append(n.lower() if c.islower() else n)
        else:
            out.append(c)
    return "".join(out)


def national_id_maker(value: str) -> Optional[Callable[[str, random.Random], str]]:
    """A surrogate function for a valid national identifier of another country, or None."""
    kind = kind_of(value)
    if kind is None:
        return None
    make = MAKERS[kind]

    def surrogate(original: str, rng: random.Random) -> str:
        compact = make(rng)
        n_alnum = sum(c.isalnum() for c in original)
        return _fill_alnum(original, compact) if n_alnum == len(compact) else compact

    return surrogate


__all__: Tuple[str, ...] = ("MAKERS", "kind_of", "national_id_maker")
