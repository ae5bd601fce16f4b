"""What the words right before a name say of it: the gender ("Mr.", "Mrs.", "son", "wife"), for
name surrogates of the same gender ("Mr. Chinedu Okafor" -> a man's first name even when the first
name lists do not know "Chinedu"), and whether a title makes a single word a family name ("Dr.
Kim"). English cues only."""
from __future__ import annotations

import re
from typing import Optional

_MALE = re.compile(
    r"(?:\b(?:mr|mister|sir)\.?|\b(?:son|husband|brother|father|dad|grandson|grandfather|grandpa|"
    r"nephew|uncle|boyfriend|stepson|stepfather|he|him|his))\s*[,:(-]?\s*$", re.I)
_FEMALE = re.compile(
    r"(?:\b(?:mrs|ms|miss|madam|mme)\.?|\b(?:daughter|wife|sister|mother|mom|mum|granddaughter|"
    r"grandmother|grandma|niece|aunt|girlfriend|stepdaughter|stepmother|she|her))\s*[,:(-]?\s*$", re.I)
WINDOW = 24


def cue_gender(text: str, start: int) -> Optional[str]:
    """'male' or 'female' from a title or kinship word right before ``text[start:]`` on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - WINDOW):start]
    if _MALE.search(before):
        return "male"
    if _FEMALE.search(before):
        return "female"
    return None


_TITLE = re.compile(r"\b(?:dr|drs|doctor|mr|mrs|ms|miss|mister|prof|professor)\.?\s*$", re.I)


def titled(text: str, start: int) -> bool:
    """A title right before ``text[start:]`` ("Dr. Kim", "MRS LEE"): the name after it is a family
    name, whatever first-name lists say of the word."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_TITLE.search(text[max(line_start, start - WINDOW):start]))
