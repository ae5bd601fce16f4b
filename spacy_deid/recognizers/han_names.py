"""Chinese names written in Han characters, found by the way people are addressed and named in
Chinese notes and conversations, which a model trained on synthetic notes learns only for the
contexts it saw:

- a family name before a title or form of address: "王醫師", "陳小姐", "林主任", "張阿姨",
  "王小明醫師" (DOCTOR after a care-giver's title, PATIENT after any other);
- a name after "我叫", "叫做", "名字是" or a family name after "姓" ("我姓王");
- a full name after a kinship word or a role: "先生鄭榮華", "女兒林美玲", "病人王大明", "我同事黃建國";
  or two characters of a given name or nickname alone that no everyday word holds, before a word
  boundary: "我老公志明昨天", "我朋友小玉也" (not "老公開刀了", "先生吃完");
- the full name said right after a family name and title ("林醫師，林志遠"): the same family name
  with one or two given characters that begin no everyday word;
- three characters set off before a title that start with no common family name ("，宮澤健醫師",
  "去找鶴見辰醫師"), when no two of them make an everyday word;
- the full name of a family the note names before a title, said elsewhere on its own ("林醫師 ...
  就是林振宇喔"), set off on both sides;
- "小陳", "老王": 小/老 before a common family name, as colleagues and neighbours are called; 小
  before another character when the nickname is no everyday word and the subject of its clause
  ("小美是我同事", "小玉說"; not "小便是", "小孩是");
- a person addressed at the start of a turn or clause, before a greeting, thanks or "你"
  ("家屬：小安你好", "好，小德謝謝你", "醫師：小蓮，你先去抽血"): two or three characters that
  are no frequent word, title, particle or interjection (anyone may be called anything, so the
  address itself is the cue).
  ("阿明" is left to the model: a rule for 阿 + one character took far more words than names on
  the design half of AI CUP, see ``benchmarks/aicup_halves.py``.)

A family name is one of Faker's zh_TW and zh_CN family names (MIT). A longer name (family name and
one or two given characters) needs one of Taiwan's 100 most common family names, so that a word
before the title is not read as a name: "值班醫師" (duty doctor) or "這位太太" (this lady) are words
of wordfreq's Chinese list (``lexicons/han.py``), and a family name that ends such a word is
no name. No evaluation corpus is read."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, FrozenSet, Iterable, Optional, Tuple

from ..lexicons.han import HAN_CHARS, word_zipf
from .base import HanScriptRecognizer, PhiMatch
from .han_mentions import mentions_of

DOCTOR_TITLES = ("醫師", "醫生", "医师", "医生", "主任", "院長", "院长", "教授", "大夫", "護理師", "护理师", "護士",
                 "护士", "藥師", "药师", "治療師", "治疗师", "營養師", "营养师", "個管師", "个管师", "心理師", "心理师")
OTHER_TITLES = ("先生", "小姐", "太太", "女士", "阿姨", "伯伯", "阿伯", "伯母", "爺爺", "爷爷", "奶奶", "阿嬤", "阿嬷",
                "阿公", "老師", "老师", "同學", "同学", "大哥", "大姐", "大姊", "叔叔", "阿婆", "學姐", "學姊", "学姐",
                "學長", "学长", "學妹", "学妹", "學弟", "学弟")
# Kinship words before a relative's name ("先生鄭榮華", "女兒林美玲"): the name needs its family name.
KIN = ("先生", "太太", "老公", "老婆", "丈夫", "妻子", "女兒", "兒子", "媽媽", "爸爸", "母親", "父親", "哥哥", "姊姊",
       "姐姐", "妹妹", "弟弟", "孫子", "孫女", "媳婦", "女婿", "女儿", "儿子", "孙子", "孙女", "媳妇")
# Other people named by their role before their full name ("病人王大明", "我同事黃建國"), like kin; after
# the clinical ones a chart's words follow too ("病人主訴"), never a given name alone.
CLINICAL_ROLES = ("病人", "患者", "病患", "個案", "个案")
ROLES = CLINICAL_ROLES + ("朋友", "男友", "女友", "同事", "室友", "伴侶", "伴侣", "鄰居", "邻居")
# What follows a nickname that is the subject of its clause: "小美是我同事", "小玉說她", "小華他也"
NICK_SUBJECT_AFTER = re.compile("是|說|说|他|她|也|有來|有来|要|會|会|跟|和")
NAME_CUES = ("我叫", "叫做", "名字是", "名字叫", "姓名是", "我的名字")
# Taiwan's common family names (the romanised table of synth/zh/values.py, which came from the
# same public statistics); a name longer than the family name alone must start with one of them.
COMMON_SURNAMES = frozenset(
    "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高潘簡朱鍾彭游詹胡施沈余趙盧梁顏柯孫魏翁戴范宋方鄧杜傅侯曹薛丁"
    "卓馬董唐藍石蔣古紀姚連馮歐程湯田康姜白汪鄒尤巫鐘黎涂龔嚴韓袁金童陸夏柳邵"
    "陈黄张吴刘杨许郑谢赖苏叶庄吕萧罗钟赵卢颜孙邓马蓝蒋纪连冯欧汤邹龚严韩陆")
RARE_SURNAME_MAX_ZIPF = 4.5
GIVEN_NAME_MAX_ZIPF = 3.0  # two characters after kin, this rare a word or rarer, may be a given name ("志明", "小玉")
BOUNDARY_WORD_ZIPF = 3.5  # a word this frequent right after them ends the name ("志明昨天")
# Adverbs that open a verb phrase, and complements and particles that close one: no given name's
# first or last character ("先生吃完飯", "女兒跌到了", "朋友才來").
NOT_GIVEN_FIRST = frozenset("才就又再剛刚很太更最只先後后一不沒没已正")
NOT_GIVEN_LAST = frozenset("完到過过起掉走開开成得著着阿啊了")
WORD_ZIPF = 3.0  # a two-character string this frequent in wordfreq's list is a word, not "X + family name"
_HAN = f"[{HAN_CHARS}]"
TITLE_PATTERN = _TITLE = re.compile("|".join(sorted(DOCTOR_TITLES + OTHER_TITLES, key=len, reverse=True)))
_KIN = re.compile("|".join(KIN))
_KIN_OR_ROLE = re.compile("|".join(KIN + ROLES))
_CUE = re.compile("|".join(NAME_CUES) + r"|(?<=[我他她你])姓")
_NICK = re.compile(rf"[小老]({_HAN})")
# A person addressed: at the start of a turn or clause, before a greeting or thanks (strong), or
# before "你" and a verb (weak: "沒關係，你看" is a clause, so no part of the name may be a word).
_ADDRESSED = re.compile(rf"(?:^|(?<=[：:，,]))(?P<name>{_HAN}{{2,3}}?)"
                        r"(?=(?P<strong>你好|您好|謝謝你|谢谢你|謝謝您)|，你|,你|你可以|你先|你要|你有|你去|你等)")
ADDRESSED_MAX_ZIPF = 3.2  # "阿明" 3.1 and "小美" 2.7 are names; "老闆" 4.5 and "帥哥" are words of address
ADDRESSED_PART_ZIPF = 3.5  # before a weak cue, no two characters of the name are this frequent a word
# Interjections and laughter that open a turn ("恩恩你好", "哈哈謝謝你"): no name.
NOT_ADDRESSED_CHARS = frozenset("哈呵嘿恩嗯喔哦噢啊欸誒呃齁蛤唉呦亨哼耶好謝谢")

# Last characters of a hospital's units and departments ("家醫科醫師", "急診室醫師"): no name.
UNIT_CHARS = frozenset("科室部院所組组區区處处")

# Characters that are words of their own (particles, pronouns, verbs of address): never part of a name.
FUNCTION_CHARS = frozenset("的了是在有我你他她們们這这那個个位跟和與与給给對对說说也都就還还要會会去來来看請请問问找叫被把啦喔嗎吗呢吧")


@lru_cache(maxsize=1)
def surnames() -> FrozenSet[str]:
    """One-character family names of Faker's zh_TW and zh_CN lists (traditional and simplified)."""
    from faker.providers.person.zh_CN import Provider as CN
    from faker.providers.person.zh_TW import Provider as TW

    # "阿" is a family name in the lists but mostly the prefix of a nickname or of 阿姨
    return frozenset(n for n in (*TW.last_names, *CN.last_names) if len(n) == 1 and n != "阿")


def family_name(char: str, surnames: FrozenSet[str]) -> bool:
    """A common family name, or a rarer one that is not also an everyday character ("由", "向",
    "和" are family names too, but mostly words)."""
    return char in COMMON_SURNAMES or (char in surnames and word_zipf(char) < RARE_SURNAME_MAX_ZIPF)


def is_word(text: str) -> bool:
    """Whether ``text`` is a Chinese word of wordfreq's list at Zipf >= ``WORD_ZIPF``."""
    return word_zipf(text) >= WORD_ZIPF


def _set_off_before(text: str, start: int) -> bool:
    """Whether a name starting at ``start`` is set off on its left: by the start, a character that
    is no Han one, or a particle that makes no word with the name's first character ("問過主治醫師":
    "過" belongs to "問過")."""
    before = text[start - 1:start]
    return not (before and re.match(_HAN, before) and (before not in FUNCTION_CHARS or is_word(before + text[start])))


def _name_chars(cand: str) -> bool:
    """Whether every character of ``cand`` is a Han one that no particle or interjection is."""
    return all(re.match(_HAN, c) and c not in FUNCTION_CHARS and c not in NOT_ADDRESSED_CHARS for c in cand)


def _with_given_name(text: str, start: int, stop_at_kin: bool) -> Optional[Tuple[int, int]]:
    """The family name at ``start`` with the one or two given characters after it, which end at a
    non-Han character, a particle, a title (or a kinship word); none without a given character."""
    end = start + 1
    while (end < len(text) and end - start < 3 and re.match(_HAN, text[end]) and text[end] not in FUNCTION_CHARS
           and not _TITLE.match(text, end) and not (stop_at_kin and _KIN.match(text, end))):
        end += 1
    return (start, end) if end - start >= 2 else None


class HanNameRecognizer(HanScriptRecognizer):
    name = "han_names"
    labels = ("PATIENT", "DOCTOR")

    def find_han(self, text: str) -> Iterable[PhiMatch]:
        return mentions_of(text, self._found(text))  # a name found once is found where it is said again

    def _found(self, text: str) -> Iterable[PhiMatch]:
        family = surnames()
        for m in _TITLE.finditer(text):
            span = self._before_title(text, m.start(), family)
            if span:
                label = "DOCTOR" if m.group() in DOCTOR_TITLES else "PATIENT"
                yield PhiMatch(span[0], span[1], label, 0.85, self.name)
        for m in _CUE.finditer(text):
            span = self._after_cue(text, m.end(), family, surname_only=m.group() == "姓")
            if span:
                yield PhiMatch(span[0], span[1], "PATIENT", 0.8, self.name)
        for m in _KIN_OR_ROLE.finditer(text):
            span = self._full_name_at(text, m.end(), strict=m.group() in ROLES)
            if span:
                yield PhiMatch(span[0], span[1], "PATIENT", 0.8, self.name)
            elif m.group() not in CLINICAL_ROLES and not (m.start() > 0 and text[m.start() - 1] in COMMON_SURNAMES) \
                    and self._given_name_at(text, m.end()):
                # not after a clinical role ("病人主訴": a chart's word) nor a title ("蔡太太主訴")
                yield PhiMatch(m.end(), m.end() + 2, "PATIENT", 0.75, self.name)
        after_titles = list(self._titled_full_names(text))
        yield from after_titles
        taken = {(p.start, p.end) for p in after_titles}
        yield from (p for p in self._full_names_of_titled_families(text) if (p.start, p.end) not in taken)
        for m in _NICK.finditer(text):
            if m.group(1) in COMMON_SURNAMES and not is_word(m.group()) and not _TITLE.match(text, m.start(1)):
                yield PhiMatch(m.start(), m.end(), "PATIENT", 0.75, self.name)
            elif (m.group().startswith("小") and _name_chars(m.group(1)) and word_zipf(m.group()) < GIVEN_NAME_MAX_ZIPF
                  and _set_off_before(text, m.start()) and NICK_SUBJECT_AFTER.match(text, m.end())
                  and word_zipf(text[m.start():m.end() + 1]) == 0):
                yield PhiMatch(m.start(), m.end(), "PATIENT", 0.7, self.name)  # "小美是我同事", "小玉說"
        for m in _ADDRESSED.finditer(text):
            name = m.group("name")
            if (_name_chars(name)
                    and word_zipf(name) < ADDRESSED_MAX_ZIPF and not _TITLE.search(name) and not _KIN.search(name)
                    and (m.group("strong") or not any(word_zipf(name[i:i + 2]) >= ADDRESSED_PART_ZIPF
                                                      for i in range(len(name) - 1)))):
                yield PhiMatch(m.start("name"), m.end("name"), "PATIENT", 0.8 if m.group("strong") else 0.75, self.name)

    def _titled_full_names(self, text: str) -> Iterable[PhiMatch]:
        """The full name said right after a family name and title ("林醫師，林志遠", "王先生王大明"),
        labelled as the title says."""
        for m in _TITLE.finditer(text):
            if m.start() < 1 or text[m.start() - 1] not in COMMON_SURNAMES:
                continue
            after = m.end() + (1 if text[m.end():m.end() + 1] in ("，", ",", " ", "、") else 0)
            if text[after:after + 1] != text[m.start() - 1]:
                continue
            span = self._full_name_at(text, after)
            if span and not _TITLE.match(text, span[1]):
                yield PhiMatch(span[0], span[1], "DOCTOR" if m.group() in DOCTOR_TITLES else "PATIENT", 0.75, self.name)

    def _full_names_of_titled_families(self, text: str) -> Iterable[PhiMatch]:
        """A full name whose family name the note says before a title elsewhere ("找林醫師 ...
        就是林振宇喔"): the family name and two given characters, set off on both sides by
        punctuation, a particle or a title, that begin no listed word and whose given name is no
        everyday word."""
        titled: Dict[str, bool] = {}  # family name -> said before a care-giver's title
        for m in _TITLE.finditer(text):
            family = text[m.start() - 1:m.start()]
            if family in COMMON_SURNAMES:
                titled[family] = titled.get(family, False) or m.group() in DOCTOR_TITLES
        for family, doctor in titled.items():
            for m in re.finditer(re.escape(family), text):
                start, end = m.start(), m.start() + 3
                if end > len(text) or _TITLE.match(text, end):
                    continue  # before a title the title rules decide
                cand = text[start:end]
                after = text[end:end + 1]
                if not _set_off_before(text, start) or (after and re.match(_HAN, after) and after not in FUNCTION_CHARS):
                    continue
                if (not _name_chars(cand) or _TITLE.search(cand) or any(word_zipf(cand[:n]) > 0 for n in (2, 3))
                        or word_zipf(cand[1:]) >= ADDRESSED_PART_ZIPF):
                    continue
                yield PhiMatch(start, end, "DOCTOR" if doctor else "PATIENT", 0.75, self.name)

    @staticmethod
    def _before_title(text: str, end: int, surnames: FrozenSet[str]) -> Optional[Tuple[int, int]]:
        """The name right before a title: family name and up to two given characters, else the
        family name alone; none when the character before the title ends a word."""
        for length in (3, 2):
            start = end - length
            if start < 0:
                continue
            cand = text[start:end]
            if (cand[0] in COMMON_SURNAMES and all(re.match(_HAN, c) and c not in FUNCTION_CHARS for c in cand)
                    and not is_word(cand) and not is_word(cand[:2]) and not _TITLE.match(cand, 1)
                    and (start == 0 or not is_word(text[start - 1:start + 1]))):
                return start, end
        if end >= 1 and text[end - 1] not in COMMON_SURNAMES:
            uncommon = HanNameRecognizer._uncommon_name_before_title(text, end)
            if uncommon:
                return uncommon
        if end >= 1 and family_name(text[end - 1], surnames):
            if end >= 2 and is_word(text[end - 2:end]):
                return None
            return end - 1, end
        return None

    @staticmethod
    def _uncommon_name_before_title(text: str, end: int) -> Optional[Tuple[int, int]]:
        """Three characters before a title that start no common family name, set off before them by
        punctuation, a particle or the start ("，宮澤健醫師", "去找鶴見辰醫師"): a name from a
        rarer family, a foreign name or a nickname, as long as no two of its characters make an
        everyday word ("很開心醫師", "今天林醫師" stay out), it ends in no family name ("你先
        等許醫師" is "許") and in no department ("家醫科醫師")."""
        start = end - 3
        if start < 0:
            return None
        cand = text[start:end]
        if (not _set_off_before(text, start) or not _name_chars(cand)
                or cand[0] in COMMON_SURNAMES or cand[-1] in COMMON_SURNAMES or cand[-1] in UNIT_CHARS
                or _TITLE.search(cand)
                or is_word(cand) or any(word_zipf(cand[i:i + 2]) >= ADDRESSED_PART_ZIPF for i in range(2))):
            return None
        return start, end

    @staticmethod
    def _full_name_at(text: str, start: int, strict: bool = False) -> Optional[Tuple[int, int]]:
        """A family name and one or two given characters at ``start`` that begin no everyday word
        ("高血壓" after "媽媽" is no name); ``strict`` (after a role, which a clinical word often
        follows: "病人黃疸") takes no word of the Chinese list at all."""
        if start >= len(text) or text[start] not in COMMON_SURNAMES:
            return None
        if any((word_zipf(text[start:start + n]) > 0) if strict else is_word(text[start:start + n])
               for n in (2, 3, 4) if start + n <= len(text)):
            return None
        return _with_given_name(text, start, stop_at_kin=True)

    @staticmethod
    def _given_name_at(text: str, start: int) -> bool:
        """Two characters after a kinship word or a role that a relative or friend is called by
        ("我老公志明昨天有來", "我朋友小玉也有"): no everyday word (nor part of one with the next
        character), no particle, title or kinship word, and a word boundary after them (the end of the
        clause, a particle, or a frequent word that starts there: "昨天", "今天")."""
        cand = text[start:start + 2]
        if len(cand) < 2 or not _name_chars(cand) or cand[0] in COMMON_SURNAMES:
            return False  # a family name first: a full name, read by ``_full_name_at``
        if cand[0] in NOT_GIVEN_FIRST or cand[1] in NOT_GIVEN_LAST:
            return False  # an adverb before a verb ("才"), a verb's complement after it ("吃完", "跌到")
        if word_zipf(cand) >= GIVEN_NAME_MAX_ZIPF or _TITLE.match(cand) or _KIN.match(cand) or cand[-1] in UNIT_CHARS:
            return False
        if word_zipf(text[start:start + 3]) > 0 or word_zipf(text[start + 1:start + 3]) >= GIVEN_NAME_MAX_ZIPF:
            return False  # "開刀了", "陪我": the characters belong to a longer word or to the next one
        after = text[start + 2:start + 4]
        return (not after or not re.match(_HAN, after[0]) or after[0] in FUNCTION_CHARS
                or any(word_zipf(text[start + 2:start + 2 + n]) >= BOUNDARY_WORD_ZIPF for n in (2, 3)))

    @staticmethod
    def _after_cue(text: str, start: int, surnames: FrozenSet[str], surname_only: bool) -> Optional[Tuple[int, int]]:
        if start >= len(text) or text[start] not in surnames:
            return None
        if surname_only:
            return start, start + 1
        return _with_given_name(text, start, stop_at_kin=False)


__all__ = ["HanNameRecognizer", "TITLE_PATTERN", "is_word", "surnames"]
