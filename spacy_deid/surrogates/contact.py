"""Phone, email, URL and IP surrogates that look real but can never reach a real person.

Phones keep their national layout (``phonenumbers`` checks the number is valid for its region;
North American numbers use the fictional 555-01XX lines); emails and URLs use the reserved
example.com/.org/.net domains (RFC 2606); IPs come from the documentation ranges (RFC 5737, 3849).
"""
from __future__ import annotations

import ipaddress
import random
import re
import string

import phonenumbers

from .casing import match_case
from .identifiers import scramble

REGIONS = {"en": "US", "es": "ES", "fr": "FR", "de": "DE", "zh": "TW", "hi": "IN", "it": "IT",
           "nl": "NL", "pt": "BR"}
EXAMPLE_DOMAINS = ("example.com", "example.org", "example.net")
_EXTENSION = re.compile(r"(\s*(?:x|ext\.?|extension)\s*\d+[.,;]?)$", re.I)
_IPV4_DOC_NETS = ("192.0.2", "198.51.100", "203.0.113")


def _nanp_national(rng: random.Random, region: str) -> str:
    """A fictional 555-01XX line behind an area code that is in use in ``region``."""
    line = f"5550{rng.randint(100, 199)}"
    candidate = "617" + line
    for _ in range(200):
        candidate = f"{rng.randint(2, 9)}{rng.randint(0, 8)}{rng.randint(0, 9)}{line}"
        num = phonenumbers.PhoneNumber(country_code=1, national_number=int(candidate))
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            break
    return candidate


def phone(value: str, rng: random.Random, lang: str = "en") -> str:
    """A phone number in the same layout; valid for the original's region where it parses."""
    ext = _EXTENSION.search(value)
    body, tail = (value[: ext.start()], scramble(ext.group(), rng, letters=False)) if ext else (value, "")
    region = REGIONS.get((lang or "en").split("_")[0], "US")
    try:
        parsed = phonenumbers.parse(body, region)
    except phonenumbers.NumberParseException:
        parsed = None
    digits = "".join(c for c in body if c.isdigit())
    if parsed is None or not phonenumbers.is_possible_number(parsed):
        return scramble(body, rng, letters=False) + tail
    nat = str(parsed.national_number)
    n = len(nat)
    if n > len(digits):
        return scramble(body, rng, letters=False) + tail
    if parsed.country_code == 1 and n == 10:
        new = _nanp_national(rng, phonenumbers.region_code_for_number(parsed) or "US")
    else:
        new = nat
        for _ in range(60):
            cand = nat[0] + "".join(rng.choice(string.digits) for _ in range(n - 1))
            num = phonenumbers.PhoneNumber(country_code=parsed.country_code, national_number=int(cand))
            if cand != nat and phonenumbers.is_valid_number(num):
                new = cand
                break
        else:
            new = nat[0] + "".join(rng.choice(string.digits) for _ in range(n - 1))
    new_digits = digits[: len(digits) - n] + new
    it = iter(new_digits)
    return "".join(next(it) if c.isdigit() else c for c in body) + tail


def email(value: str, rng: random.Random, user: str) -> str:
    """``user`` at a reserved example domain, in the original's case."""
    local = re.sub(r"[^a-z0-9._-]", "", user.lower()) or "user"
    return match_case(value, f"{local}@{rng.choice(EXAMPLE_DOMAINS)}")


def url(value: str, rng: random.Random) -> str:
    """Same scheme, ``www.`` and path shape, on a reserved example domain."""
    m = re.match(r"^(?P<scheme>[a-z][a-z0-9+.-]*://)?(?P<www>www\d?\.)?(?P<host>[^/:?#]+)(?P<rest>.*)$",
                 value, re.I)
    if not m:
        return "https://www.example.org/"
    rest = scramble(m.group("rest"), rng)
    domain = rng.choice(EXAMPLE_DOMAINS)
    return match_case(value, (m.group("scheme") or "") + (m.group("www") or "") + domain + rest)


def ip_address(value: str, rng: random.Random) -> str:
    """An address from the documentation ranges, same IP version."""
    try:
        version = ipaddress.ip_address(value.strip()).version
    except ValueError:
        version = 6 if ":" in value else 4
    if version == 6:
        groups = ":".join(f"{rng.randint(0, 0xFFFF):x}" for _ in range(3))
        return f"2001:db8:{groups}::{rng.randint(1, 0xFFFF):x}"
    return f"{rng.choice(_IPV4_DOC_NETS)}.{rng.randint(1, 254)}"


def contact_kind(value: str) -> str:
    """Guess the fine label of a coarse CONTACT value."""
    v = value.strip()
    if "@" in v:
        return "EMAIL"
    if re.match(r"^(https?://|www\.)", v, re.I) or re.search(r"\.[a-z]{2,}(/|$)", v, re.I):
        try:
            ipaddress.ip_address(v)
            return "IPADDR"
        except ValueError:
            return "URL"
    try:
        ipaddress.ip_address(v)
        return "IPADDR"
    except ValueError:
        return "PHONE"
