"""Format-preserving identifier surrogates: digits stay digits, letters letters, separators kept.

Checksummed formats keep a valid checksum (US SSN ranges, NPI and other Luhn numbers, the national
identifiers of other countries: ``national_ids.py``), so the surrogate looks real; every function
retries until the result differs from the original.
"""
from __future__ import annotations

import random
import re
import string
import unicodedata
from typing import Callable, Iterable

from stdnum import luhn

from ..recognizers.mac_addresses import MAC_ADDRESS

_HAN_DIGITS = "零一二三四五六七八九〇"
_SSN = re.compile(r"^\d{3}([- ]?)\d{2}\1\d{4}$")


def _fill_digits(template: str, digits: str) -> str:
    """Write ``digits`` into the digit positions of ``template``, in order."""
    it = iter(digits)
    return "".join(next(it) if c.isdigit() else c for c in template)


def scramble(value: str, rng: random.Random, letters: bool = True) -> str:
    """Each digit -> a random digit, each letter -> a random letter of the same case (if ``letters``)."""
    out = []
    for n, c in enumerate(value):
        if "０" <= c <= "９" or "Ａ" <= c <= "Ｚ" or "ａ" <= c <= "ｚ":  # full-width forms stay full-width
            base = "０" if c <= "９" else "Ａ" if c <= "Ｚ" else "ａ"
            if base != "０" and not letters:
                out.append(c)
                continue
            out.append(chr(ord(base) + rng.randrange(10 if base == "０" else 26)))
        elif c in _HAN_DIGITS:
            out.append(rng.choice(_HAN_DIGITS[1:]))
        elif c.isdigit() and c.isascii():
            # keep a non-zero leading digit non-zero so numbers keep their length when read as ints
            out.append(rng.choice("123456789" if n == 0 and c != "0" else string.digits))
        elif unicodedata.category(c) == "Nd":  # Arabic-Indic, Persian, Devanagari...: same script
            zero = ord(c) - unicodedata.digit(c)
            out.append(chr(zero + rng.randrange(1 if n == 0 and unicodedata.digit(c) else 0, 10)))
        elif c.isalpha() and letters and ord(c) < 0x250:  # Latin letters; other scripts' affixes stay
            out.append(rng.choice(string.ascii_uppercase if c.isupper() else string.ascii_lowercase))
        else:
            out.append(c)
    return "".join(out)


def ssn(value: str, rng: random.Random) -> str:
    """A valid-looking SSN (area 001-899 but not 666, group 01-99, serial 0001-9999) in the same layout."""
    area = rng.choice([a for a in range(1, 900) if a != 666])
    digits = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
    return _fill_digits(value, digits)


def is_npi(digits: str) -> bool:
    return len(digits) == 10 and digits[0] in "12" and luhn.is_valid("80840" + digits)


def npi(value: str, rng: random.Random) -> str:
    """A valid NPI (10 digits, Luhn over the 80840 prefix) in the same layout."""
    body = rng.choice("12") + "".join(rng.choice(string.digits) for _ in range(8))
    return _fill_digits(value, body + luhn.calc_check_digit("80840" + body))


def luhn_number(value: str, rng: random.Random) -> str:
    """A Luhn-valid number with the same digit count and layout."""
    n = sum(c.isdigit() for c in value)
    body = rng.choice("123456789") + "".join(rng.choice(string.digits) for _ in range(n - 2))
    return _fill_digits(value, body + luhn.calc_check_digit(body))


_DEA = re.compile(r"^[A-Za-z]{2}\d{7}$")
_VIN = re.compile(r"^[A-HJ-NPR-Z0-9]{17}$", re.I)
_VIN_VALUES = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))),
               **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_VIN_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def dea_check(digits: str) -> str:
    d = [int(c) for c in digits[:6]]
    return str((d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10)


def is_dea(value: str) -> bool:
    return bool(_DEA.match(value)) and dea_check(value[2:]) == value[-1]


def dea(value: str, rng: random.Random) -> str:
    """A DEA number with a valid check digit, same letter case."""
    letters = scramble(value[:2], rng)
    body = "".join(rng.choice(string.digits) for _ in range(6))
    return letters + body + dea_check(body)


def vin_check(vin: str) -> str:
    total = sum(_VIN_VALUES[c] * w for c, w in zip(vin.upper(), _VIN_WEIGHTS))
    return "X" if total % 11 == 10 else str(total % 11)


def is_vin(value: str) -> bool:
    return bool(_VIN.match(value)) and vin_check(value) == value[8].upper()


def vin(value: str, rng: random.Random) -> str:
    """A 17-character VIN (no I, O, Q) with a valid check digit, same letter/digit layout."""
    chars = [rng.choice(_VIN_LETTERS) if c.isalpha() else rng.choice(string.digits) for c in value.upper()]
    chars[8] = "0"
    chars[8] = vin_check("".join(chars))
    out = "".join(chars)
    return out.lower() if value.islower() else out


def hex_address(value: str, rng: random.Random) -> str:
    """A MAC address of the same layout and case: each hexadecimal digit a random one."""
    upper = value.upper() == value
    digits = "0123456789ABCDEF" if upper else "0123456789abcdef"
    return "".join(rng.choice(digits) if c in string.hexdigits else c for c in value)


def identifier_maker(value: str, label: str) -> Callable[[str, random.Random], str]:
    """The surrogate function suited to an identifier's label and shape."""
    digits = "".join(c for c in value if c.isdigit())
    only_digits = bool(digits) and not any(c.isalpha() for c in value)
    if _SSN.match(value.strip()) and label in ("SSN", "ID", "IDNUM"):
        return ssn
    if label in ("SSN", "ID", "IDNUM", "HEALTHPLAN", "MEDICALRECORD"):
        from .national_ids import national_id_maker

        national = national_id_maker(value)
        if national is not None:  # a DNI, NIR, codice fiscale, CNP, T.C. Kimlik, Steuer-ID, RIC, TW ID
            return national
    if is_dea(value.strip()):
        return dea
    if is_vin(value.strip()) or (label == "VEHICLE" and _VIN.match(value.strip())):
        return vin
    if MAC_ADDRESS.fullmatch(value.strip()):
        return hex_address  # a MAC address stays one ("41-5Q-..." was no address)
    if only_digits and is_npi(digits):
        return npi
    if only_digits and len(digits) >= 12 and luhn.is_valid(digits):
        return luhn_number
    return scramble


def identifier(value: str, label: str, rng_for: Callable[[int], random.Random],
               forbidden: Iterable[str] = ()) -> str:
    """A surrogate for ``value`` that is neither the value nor any string in ``forbidden``."""
    make = identifier_maker(value, label)
    banned = {value.casefold(), *(f.casefold() for f in forbidden)}
    if not any(c.isalnum() for c in value):
        return value
    result = value
    for attempt in range(100):
        result = make(value, rng_for(attempt))
        if result.casefold() not in banned:
            return result
    return result
