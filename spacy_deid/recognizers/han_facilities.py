"""Hospitals and clinics named in Han characters: a name of two characters before 醫院, 診所,
醫學中心 or 分院 ("奇美醫院", "新樓診所"), and the same name said alone elsewhere in the note
("我在奇美看的"), as people shorten a hospital's name once they have said it; and a general
hospital by its short name, a name of one to three characters before 總 (總醫院: "榮總", "三總",
"台中榮總") right after a word of going or being there ("去榮總", "在三總"), when the whole is no
everyday word ("總是", "總共" are none).

The two characters must be a name, not a kind of hospital or a word that points at one:
"教學醫院" (teaching hospital), "附近診所", "牙醫診所", "市立醫院" are no names (``KINDS``, Chinese
words of hospital types and of place or ownership, written here from the language, not from any
corpus), nor are characters that are words of their own ("這家醫院", "大的醫院": ``FUNCTION_CHARS``
of the name rules), numbers, counters and verbs of going ("三家醫院", "轉到醫院": ``NOT_IN_NAME``).
A name said alone is taken only when the note names it with its facility word somewhere. No
evaluation corpus is read."""
from __future__ import annotations

import re
from typing import Iterable, List, Tuple

from ..lexicons.han import HAN_CHARS, simplify, word_zipf
from .base import HanScriptRecognizer, PhiMatch
from .han_names import FUNCTION_CHARS

FACILITY_WORDS = ("醫學中心", "医学中心", "醫院", "医院", "診所", "诊所", "分院")
# Kinds of hospital and words that point at one: not a name (simplified, as looked up).
KINDS = frozenset(simplify(w) for w in (
    "教學", "地區", "區域", "社區", "基層", "私人", "公立", "私立", "市立", "縣立", "國立", "省立", "署立", "軍方", "附設",
    "附近", "鄰近", "當地", "外地", "地方", "其他", "其它", "一般", "大型", "中型", "小型", "綜合", "聯合", "專科",
    "精神", "牙醫", "中醫", "西醫", "獸醫", "動物", "婦產", "眼科", "牙科", "皮膚", "小兒", "兒童", "家醫", "復健", "整形",
    "醫美", "洗腎", "安寧", "護理", "療養", "長照", "大醫", "各大", "各家", "別家", "哪家", "哪間", "一家", "一間", "兩家",
    "幾家", "同家", "那家", "這家", "貴院", "本院", "他院", "外院", "大學", "醫學", "原本", "之前", "以前", "後來", "現在",
    "目前", "上次", "下次", "馬上", "直接", "然後", "所以", "因為", "如果", "或是", "還是", "就是", "可以", "應該", "比較",
    "最近", "最好", "不同", "同一", "另一", "每家", "整個", "一樣", "自己", "住院", "出院", "轉院", "看病", "門診", "急診",
))
# Characters no short hospital name holds: numbers and counters ("三家醫院", "兩間診所"), verbs of
# going and staying ("轉到醫院", "送進醫院", "住進醫院") and words that pick one out ("某家醫院").
NOT_IN_NAME = frozenset("一二三四五六七八九十兩两幾几家間间所座到進进回往送離离從从轉转住某每各哪")
NAME_LEN = 2
SAID_ALONE_SCORE = 0.75
_NAME = re.compile(f"[{HAN_CHARS}]{{{NAME_LEN}}}(?={'|'.join(FACILITY_WORDS)})")
# A general hospital's short name after a word of going or being there ("去榮總", "在三總"); the
# character after 總 must not make a word with it ("總是", "總共").
GENERAL_CUES = ("去", "在", "到", "回", "從", "从", "轉", "转", "住")
_GENERAL = re.compile(f"(?:{'|'.join(GENERAL_CUES)})(?P<name>[{HAN_CHARS}]{{1,3}}?總)")
GENERAL_MAX_ZIPF = 2.5  # a name this frequent a word is the word
GENERAL_SCORE = 0.8


class HanFacilityRecognizer(HanScriptRecognizer):
    name = "han_facilities"
    labels = ("HOSPITAL",)

    def find_han(self, text: str) -> Iterable[PhiMatch]:
        names: List[Tuple[int, int, str]] = []
        for m in _NAME.finditer(text):
            name = m.group()
            if any(c in FUNCTION_CHARS or c in NOT_IN_NAME for c in name) or simplify(name) in KINDS or name[-1] == "科":
                continue  # a kind, a count, a particle, or a specialty ("耳鼻科診所")
            end = m.end() + next(len(w) for w in FACILITY_WORDS if text.startswith(w, m.end()))
            names.append((m.start(), end, name))
            yield PhiMatch(m.start(), end, "HOSPITAL", 0.85, self.name)
        for m in _GENERAL.finditer(text):
            short, end = m.group("name"), m.end("name")
            stem = short[:-1]
            if (any(c in FUNCTION_CHARS or c in NOT_IN_NAME for c in stem) or word_zipf(short) >= GENERAL_MAX_ZIPF
                    or (end < len(text) and word_zipf(text[end - 1:end + 1]) >= GENERAL_MAX_ZIPF)):
                continue
            yield PhiMatch(m.start("name"), end, "HOSPITAL", GENERAL_SCORE, self.name)
        taken = [(s, e) for s, e, _ in names]
        for name in {n for _, _, n in names}:
            for m in re.finditer(re.escape(name), text):
                if not any(s <= m.start() < e for s, e in taken):
                    yield PhiMatch(m.start(), m.end(), "HOSPITAL", SAID_ALONE_SCORE, self.name)


__all__ = ["HanFacilityRecognizer"]
