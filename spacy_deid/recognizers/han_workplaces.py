"""A workplace named in Han characters between 在 and a verb of working ("我在台積電上班", "她在
7-11打工", "在中華電信工作", "在鴻海當工程師", "在 Google 上班"): labels.md counts employers as ORGANIZATION. A
generic place of work is no name ("在銀行上班", "在學校工作", "在家裡工作", "在晚上上班": frequent
words, ``GENERIC_ZIPF``; "在科技公司上班": a kind of company), nor an industry ("在科技業上班", the
profession rules'), nor is one with a word of pointing or a pronoun in it ("在這裡工作",
"在我們公司上班": ``FUNCTION_CHARS`` of the name rules), nor a position ("在公司裡上班"). A
workplace found so is found again where it is said alone (``han_mentions``). No evaluation corpus
is read."""
from __future__ import annotations

import re
from typing import Iterable, List

from ..finders.cues import CARE_UNITS
from ..lexicons.han import HAN_CHARS, word_zipf
from .base import HanScriptRecognizer, PhiMatch
from .han_mentions import mentions_of
from .han_names import FUNCTION_CHARS

WORK_VERBS = ("上班", "工作", "服務", "服务", "做事", "任職", "任职", "實習", "实习", "打工", "當", "当")
# 在 as a preposition, not inside 現在 (now), 存在 (exist), 正在 (-ing), 實在 (really), 自在, 所在
# the workplace: Han characters (with Latin ones: "7-11"), or a name in Latin letters set off by
# spaces, as code-mixed notes write it ("在 Google 上班")
_LATIN_ORG = r"[A-Za-z0-9][A-Za-z0-9&.'-]*(?: [A-Z][A-Za-z0-9&.'-]*){0,2}"
_WORKPLACE = re.compile(f"(?<![現现存正實实自所好])在(?:(?P<org>(?:[{HAN_CHARS}]|[A-Za-z0-9][A-Za-z0-9&-]*){{2,6}}?)"
                        f"|\\s(?P<latin>{_LATIN_ORG})\\s?)(?:{'|'.join(WORK_VERBS)})")
GENERIC_ZIPF = 3.5  # "銀行" bank, "學校" school, "工廠" factory, "國外" abroad: no one's name
POSITION_ENDS = ("裡", "里", "內", "内", "上", "中", "邊", "边", "附近", "那邊", "這邊", "那裡", "這裡")
NOT_IN_NAME = frozenset("一二三四五六七八九十兩两幾几家間间某每各哪什麼么甚")  # counts, pointers, questions
# "在倉庫做工作": the verb of working, not the workplace's name; and 業: an industry ("在科技業上班")
# is the profession rules'
VERB_ENDS = frozenset("做當当作去來来業业")
# Kinds of workplace: after an everyday word they name a kind, not a name ("科技公司", "電子工廠")
KIND_HEADS = ("公司", "工廠", "工厂", "企業", "企业", "集團", "集团", "銀行", "银行", "醫院", "医院", "診所", "诊所", "學校", "学校")
SCORE = 0.7


class HanWorkplaceRecognizer(HanScriptRecognizer):
    name = "han_workplaces"
    labels = ("ORGANIZATION",)

    def find_han(self, text: str) -> Iterable[PhiMatch]:
        found: List[PhiMatch] = []
        for m in _WORKPLACE.finditer(text):
            if m.group("latin"):
                if m.group("latin").lower() in CARE_UNITS:
                    continue  # "在 ICU 上班": a care unit, no employer's name
                found.append(PhiMatch(m.start("latin"), m.end("latin"), "ORGANIZATION", SCORE, self.name))
                continue
            org = m.group("org")
            han = re.sub(f"[^{HAN_CHARS}]", "", org)
            industry_or_verb = org[-1] in VERB_ENDS and not org.endswith(("企業", "企业"))
            if (any(c in FUNCTION_CHARS or c in NOT_IN_NAME for c in han) or org.endswith(POSITION_ENDS)
                    or industry_or_verb or (han == org and word_zipf(org) >= GENERIC_ZIPF) or self._kind(org)):
                continue
            found.append(PhiMatch(m.start("org"), m.end("org"), "ORGANIZATION", SCORE, self.name))
        return mentions_of(text, found)

    @staticmethod
    def _kind(org: str) -> bool:
        """A kind of workplace: an everyday word before a workplace noun ("科技公司", "電子工廠")."""
        for head in KIND_HEADS:
            if org.endswith(head):
                rest = org[:-len(head)]
                # "高氏企業": a family's name with 氏 names the firm, however frequent the pair
                return not rest or (word_zipf(rest) >= GENERIC_ZIPF and not rest.endswith("氏"))
        return False


__all__ = ["HanWorkplaceRecognizer"]
