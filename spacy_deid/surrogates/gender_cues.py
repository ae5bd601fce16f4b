"""The gender a note gives a person by the words right before the name ("Mr.", "Mrs.", "son",
"wife"), for name surrogates of the same gender ("Mr. Chinedu Okafor" -> a man's first name even
when the first name lists do not know "Chinedu"). English cues only; None when there is none."""
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
