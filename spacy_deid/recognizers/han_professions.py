"""One's work said in Han characters. labels.md counts a patient's job as PROFESSION because it
narrows who they are; an industry does too.

- an industry: a trade of two or three characters and 業 right after a word of working or being
  ("做保險業", "我在科技業", "從事餐飲業"). The trade must be a word of its own ("保險", "餐飲",
  "電子"): 業 after one character makes everyday words ("畢業", "作業", "專業", "企業");
- a job title said of oneself ("我是老師", "我是也是廚師嘛", "我在當工程師", after a modifier
  that ends in 的: "我是台積電的工程師", "我是一位退休的老師") or as the answer to a
  question about one's work ("你在哪裡工作？病人：我現在，公務員啊"): a job of Faker's zh_TW or zh_CN
  lists, or a word that ends as jobs do (師, 員, 工, 官, 匠, 警察); the care team's roles are no
  one's occupation here ("我是護理師" is a nurse at work);
- a job or industry found so is found again where it is said alone (``han_mentions``).
No evaluation corpus is read."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import FrozenSet, Iterable

from ..lexicons.han import HAN_CHARS, simplify, word_zipf
from .base import HanScriptRecognizer, PhiMatch
from .han_mentions import mentions_of
from .han_names import FUNCTION_CHARS
from .han_places import positions_after

WORK_CUES = ("做", "在", "从事", "是", "于", "待")  # simplified, as looked up
TRADE_MIN_ZIPF = 3.0  # the trade is a word: "金融" 5.1, "餐飲" 4+
_INDUSTRY = re.compile(f"[，,]?(?P<trade>[{HAN_CHARS}]{{2,3}}?)(?:業|业)")  # "做，保險業": a pause after the cue
SCORE = 0.7
# Saying what one is, before a job title (simplified): "我是", "我现在", "我在当", "当"; words that
# may stand between ("还是", "一个", a pause).
SELF_CUES = ("我是", "我现在", "我在当", "我当", "当")
_BETWEEN = re.compile(r"[，,]?(?:还是|也是|就是|一个|一名|个|现在是|现在)?[，,]?")
# A question about one's work (simplified), and the start of the next turn ("民眾：")
_WORK_QUESTION = re.compile(f"(?:上班|工作|做什么|做甚么|职业|什么样的班)[^。！？?]{{0,8}}[？?]")
_NEXT_TURN = re.compile(f"[{HAN_CHARS}]{{1,4}}[A-Za-z]?[：:](?:我现在|我是|我在|我|就是|做|在)?[，,]?")
JOB_ENDINGS = "师師员員工官匠"
JOB_SCORE = 0.8
JOB_MIN_ZIPF = 2.5  # a job title is a word: "消防員" 3.6, "老師" 5.3
# The care team's roles (simplified): the staff of the dialogue, not anyone's occupation.
CARE_ROLES = frozenset("医师 医生 护理师 护士 个管师 药师 营养师 治疗师 社工 社工师 检验师 技术员 志工".split())
_MODIFIER = re.compile(f"[{HAN_CHARS}]{{1,6}}?的")  # what one is a job of, or what kind: "台积电的", "一位退休的"
_PARTICLE_AFTER = re.compile(f"(?:[^{HAN_CHARS}]|[啊阿啦嘛吧喔哦呢耶]|$)")


@lru_cache(maxsize=1)
def faker_jobs() -> FrozenSet[str]:
    """Faker's zh_TW and zh_CN job titles, simplified."""
    from faker.providers.job.zh_CN import Provider as CN
    from faker.providers.job.zh_TW import Provider as TW

    return frozenset(simplify(j) for j in (*TW.jobs, *CN.jobs))


def job_at(simple: str, i: int) -> int:
    """The length of the job title that starts at ``i`` of the simplified text and ends there as a
    word ends (punctuation or a particle after it); 0 if none."""
    for n in range(5, 1, -1):
        cand = simple[i:i + n]
        if len(cand) < n or not _PARTICLE_AFTER.match(simple, i + n) or cand in CARE_ROLES:
            continue
        if cand in faker_jobs() or ((cand[-1] in JOB_ENDINGS or cand.endswith("警察"))
                                    and word_zipf(cand) >= JOB_MIN_ZIPF):
            return n
    return 0


class HanProfessionRecognizer(HanScriptRecognizer):
    name = "han_professions"
    labels = ("PROFESSION",)

    def find_han(self, text: str) -> Iterable[PhiMatch]:
        return mentions_of(text, self._found(text))

    def _found(self, text: str) -> Iterable[PhiMatch]:
        simple = simplify(text)
        taken = set()
        for start in positions_after(WORK_CUES, simple):
            m = _INDUSTRY.match(text, start)
            if (m and not any(ch in FUNCTION_CHARS for ch in m.group("trade"))
                    and word_zipf(m.group("trade")) >= TRADE_MIN_ZIPF):
                taken.add(m.start("trade"))
                yield PhiMatch(m.start("trade"), m.end(), "PROFESSION", SCORE, self.name)
        starts = [_BETWEEN.match(simple, p).end() for p in positions_after(SELF_CUES, simple)]
        for q in _WORK_QUESTION.finditer(simple):
            turn = _NEXT_TURN.match(simple, q.end())
            if turn:
                starts.append(_BETWEEN.match(simple, turn.end()).end())
        for i in sorted(set(starts)):
            n = job_at(simple, i)
            if not n:  # a job after a modifier that ends in 的: "我是台積電的工程師", "我是一位退休的老師"
                m = _MODIFIER.match(simple, i)
                if m:
                    i = m.end()
                    n = job_at(simple, i)
            if n and i not in taken:
                taken.add(i)
                yield PhiMatch(i, i + n, "PROFESSION", JOB_SCORE, f"{self.name}.job")


__all__ = ["HanProfessionRecognizer"]
