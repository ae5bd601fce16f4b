"""Taiwan: the national identification number (a letter for the place of first registration, 1 or
2 for the sex, or 8/9 for residents without household registration, seven digits and a check
digit). python-stdnum has no module for it (only ``tw.ubn``, a business number), so the published
checksum is here: the letter's two-digit code and the nine digits, weighted 1 9 8 7 6 5 4 3 2 1 1,
sum to a multiple of 10."""
import re

from .spec import NationalId, compile_cue, compile_id

# Letter codes: alphabetical from A=10, except I, O, W, X, Y, Z (added later).
LETTER_CODES = {**{c: 10 + i for i, c in enumerate("ABCDEFGHJKLMNPQRSTUV")},
                "I": 34, "O": 35, "W": 32, "X": 30, "Y": 31, "Z": 33}
_WEIGHTS = (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1)
_SHAPE = re.compile(r"[A-Z][12890]\d{8}")


def checksum_digits(letter: str, digits: str) -> int:
    code = LETTER_CODES[letter]
    values = [code // 10, code % 10] + [int(d) for d in digits]
    return sum(w * v for w, v in zip(_WEIGHTS, values))


def is_valid(number: str) -> bool:
    number = number.upper()
    if not _SHAPE.fullmatch(number):
        return False
    return checksum_digits(number[0], number[1:]) % 10 == 0


def calc_check_digit(first_nine: str) -> str:
    """The last digit for a letter and eight digits ("A12345678" -> "9")."""
    first_nine = first_nine.upper()
    total = checksum_digits(first_nine[0], first_nine[1:])
    return str((10 - total % 10) % 10)


IDS = (NationalId("tw.nid", ("zh", "en"), compile_id(r"[A-Z][12890]\d{8}"), is_valid,
                  compile_cue(r"身分證(?:字號|號碼|統一編號)?|身份证(?:号码?)?|ID(?: No)?|National ID")),)
