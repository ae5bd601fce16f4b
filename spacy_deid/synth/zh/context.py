"""The Taiwanese note context: people named in Han characters (family name first, no space),
with a title after the name ("陳小姐", "林醫師") or romanised before it ("Mr. Chen"); a per-note
code-mixing level decides how much of the running text is English."""
from __future__ import annotations

import random
from typing import List, Optional, Tuple

from ..locale_context import LocaleNoteContext
from ..names import Person, faker_for
from . import conversation, values

# Share of Chinese, mixed and English sentences by the note's mixing level.
MIX_POOLS = {"zh": (1, 0, 0), "low": (0.7, 0.3, 0), "mid": (0.3, 0.5, 0.2), "high": (0.1, 0.4, 0.5), "en": (0, 0.15, 0.85)}
MIX_WEIGHTS = {"zh": 2, "low": 2, "mid": 2, "high": 1.5, "en": 0.7}


class TaiwaneseNoteContext(LocaleNoteContext):
    """The entities of one Taiwanese note (see ``LocaleNoteContext``)."""

    V = values
    LANG = "zh"
    PHI_KINDS = {**LocaleNoteContext.PHI_KINDS, "abroad": "CITY"}

    def __init__(self, rng: random.Random):
        super().__init__(rng)
        self.mix = rng.choices(list(MIX_WEIGHTS), list(MIX_WEIGHTS.values()))[0]

    def _role_of(self, p: Person) -> str:
        return next((self.roles[k] for k, q in self.people.items() if q is p), "pt")

    def _title(self, p: Person, role: str) -> Tuple[str, str]:
        titles = values.TITLES_DR if role in ("dr", "rn") else values.TITLES_PT
        return self.rng.choice(titles[p.gender]), "en_last"

    def _name_text(self, p: Person, form: str) -> List[Tuple[str, bool]]:
        rng = self.rng
        if form == "full":
            return [(p.last + p.first, True)]
        if form == "given":
            return [(p.first, True)]
        if form == "last":  # "我姓王"
            return [(p.last, True)]
        if form == "nick":  # the whole nickname is how the person is named ("阿明", "小美", "老王"), one per note
            key = "nick:" + p.last + p.first
            if key not in self.values:
                prefix = rng.choice(values.NICK_PREFIXES)
                self.values[key] = prefix + (p.last if prefix == "老" else p.first[-1])
            return [(self.values[key], True)]
        if form == "titled":
            return [(p.last, True), (rng.choice(values.TITLES_AFTER[self._role_of(p)][p.gender]), False)]
        if form == "alias":  # one per person and note: "Amy", "小美", "豆豆"
            key = "alias:" + p.last + p.first
            if key not in self.values:
                en, ja = faker_for("en_US"), faker_for("ja_JP")
                en.seed_instance(rng.getrandbits(32))
                ja.seed_instance(rng.getrandbits(32))
                self.values[key] = values.alias(rng, p, en, ja)
            return [(self.values[key], True)]
        if form == "spelled":
            return values.spelled(rng, p)
        given, family = values.latin_given(p.first), values.latin_surname(p.last)
        if form == "en":
            return [(rng.choice([f"{given} {family}", f"{family} {given}", f"{family}, {given}"]), True)]
        if form == "en_last":
            return [(family, True)]
        if form == "en_title":
            titles = values.TITLES_DR if self._role_of(p) in ("dr", "rn") else values.TITLES_PT
            return [(rng.choice(titles[p.gender]) + " ", False), (family, True)]
        raise KeyError(form)

    def _value(self, kind: str, key: str, form: Optional[str]) -> str:
        if kind == "prof":
            return self.values.setdefault(key, values.profession(self.rng))
        if kind == "abroad":
            return self.values.setdefault(key, values.place(self.rng, self.fake, kind))
        return super()._value(kind, key, form)

    def _filler(self, kind: str, form: Optional[str]) -> Optional[str]:
        rng = self.rng
        english = 1 - MIX_POOLS[self.mix][0]
        if kind == "clinical":
            pools = (values.ZH_CLINICAL, values.MIX_CLINICAL, values.EN_CLINICAL)
            pool = rng.choices(pools, MIX_POOLS[self.mix])[0]
            if pool is not values.EN_CLINICAL and rng.random() < 0.3:
                return values.everyday_sentence(rng, english) + "。"
            return values.clinical_sentence(rng, pool)
        if kind == "chat":
            if rng.random() < 0.7:
                return conversation.exchange(rng, english)
            if rng.random() < 0.6:
                return (f"醫師：{values.everyday_sentence(rng, english)}{rng.choice(['？', '。', '嗎？'])}"
                        f"民眾：{values.everyday_sentence(rng, english)}{rng.choice(['。', '啦。', '啊。', '，'])}")
            return rng.choice(values.DIALOGUE_FILLER)
        if kind == "staff":  # who speaks for the hospital in a transcribed conversation
            return rng.choices(values.STAFF_SPEAKERS, values.STAFF_WEIGHTS)[0]
        if kind == "ta":  # 他 / 她
            return "她" if self.patient_gender == "female" else "他"
        return super()._filler(kind, form)
