"""USERNAME recognizer: a patient's or relative's user names and social-media handles, which
identify a person as a name does (labels.md: user ids and logins are NAME / USERNAME).

- after a cue word of accounts ("username: jdoe77", "login jdoe77", "her instagram is
  jane.doe.1990", "skype id john.doe.1950", "Twitter @jsmith_88"): the next token, unless it is an
  ordinary word ("handle with care", "twitter account", "login attempts failed"); a weak cue
  ("login", "handle") needs a value that starts with a letter and holds three, and a digit, "_",
  "." or "@" in it or a mark (":", "=", "is") before it ("handle 2L" is a volume);
- a handle alone ("@jsmith_88"): "@" glued to a letter and a name holding "_" or at least two
  digits, as notes also write "@ 0600", "@HS" or "@bedside" for "at".
An e-mail address is the e-mail recognizer's (no "@" with a word glued before it here)."""
from __future__ import annotations

import re
from typing import Iterable

from ._context import NOT_GLUED_AFTER, NOT_GLUED_BEFORE, holds_any, word_alternation
from .base import PhiMatch, Recognizer

STRONG_CUES = ("username", "user name", "user-name", "userid", "user id", "login id", "login name", "log-in id",
               "screen name", "screenname", "gamertag", "twitter", "instagram", "insta", "tiktok", "snapchat",
               "skype", "skype id", "telegram", "discord", "github", "reddit", "wechat", "wechat id", "line id",
               "facebook", "x handle", "twitter handle", "instagram handle",
               # Chinese (a Taiwanese note's messaging apps and social media)
               "微信號", "微信号", "微信", "推特", "臉書", "脸书", "抖音", "line帳號", "line账号", "ig帳號", "ig账号")
WEAK_CUES = ("login", "log-in", "logon", "handle", "ig", "帳號", "账号", "用戶名", "用户名",
             # German, French, Spanish, Italian, Turkish, Romanian: weak, as "usuario" and "utilizator"
             # also name the patient ("Usuario refiere dolor")
             "benutzername", "nutzername", "benutzer-id", "nom d'utilisateur", "identifiant", "usuario",
             "nombre de usuario", "nome utente", "kullanıcı adı", "kullanici adi", "nume de utilizator", "utilizator")
_MARK = (r"(?:\s*[:=#：]\s*|\s+(?:is|was|of|name\s+is|id\s+is|handle\s+is|account\s+is|as)\s+"
         r"|\s*(?:是|為|为)\s*|\s+|(?<=[\u4e00-\u9fff]))")
_VALUE = r"(?P<v>@?[A-Za-z0-9][A-Za-z0-9._\-]{1,30}[A-Za-z0-9_])"
# a cue and its value may touch Han text ("我的LINE ID是abc_123", "微信號wxid_88abc"), not Latin letters
_CUED = re.compile(r"(?<![A-Za-z0-9_@.])(?P<cue>" + word_alternation(STRONG_CUES + WEAK_CUES) + r")(?P<mark>" + _MARK
                   + r")" + _VALUE + r"(?![A-Za-z0-9_@]|\.[A-Za-z0-9])", re.I)
_BARE = re.compile(NOT_GLUED_BEFORE + r"(?<![@.])@(?P<v>[A-Za-z][A-Za-z0-9._]{1,29}[A-Za-z0-9_])(?![\w@]|\.[A-Za-z0-9])"
                   + NOT_GLUED_AFTER)
# a cue's letters (or "@") somewhere in the lower-cased note, or nothing can match: a cheap test first
# ("ig" alone would be in every note: only as the "IG" of "IG:" or "IG 帳號")
_STEMS = tuple(c for c in STRONG_CUES + WEAK_CUES if len(c) > 2 or not c.isascii()) + ("ig:", "ig ", "ig帳", "ig账", "@")
CUED_SCORE = 0.85
BARE_SCORE = 0.75


def _marked_like_handle(value: str) -> bool:
    return value.startswith("@") or bool(re.search(r"[\d_.]", value))


def _ordinary_word(value: str) -> bool:
    from ..lexicons.tables import NAME, WORD, load_lexicon

    flags = load_lexicon().flags(value.lower())
    return bool(flags & WORD) and not flags & NAME


class UsernameRecognizer(Recognizer):
    """Finds user names after account cues and "@handles"."""

    name = "usernames"
    labels = ("USERNAME",)

    def find(self, text: str) -> Iterable[PhiMatch]:
        if not holds_any(text, _STEMS):
            return
        seen = set()
        for m in _CUED.finditer(text):
            value = m.group("v")
            cue = m.group("cue").lower()
            strong_mark = bool(re.search(r"[:=#：是為为]|\bis\b", m.group("mark")))
            handle_like = _marked_like_handle(value)
            if cue in WEAK_CUES and not ((handle_like or strong_mark) and re.match(r"@?[A-Za-z]", value)
                                         and len(re.findall("[A-Za-z]", value)) >= 3):
                continue
            if value.lstrip("@").isdigit() or (not handle_like and _ordinary_word(value)):
                continue  # a number alone is the identifier rules' ("FB 1200" is a fluid balance)
            start = m.start("v") + (1 if value.startswith("@") else 0)
            seen.add(start)
            yield PhiMatch(start, m.end("v"), "USERNAME", CUED_SCORE, self.name)
        for m in _BARE.finditer(text):
            value = m.group("v")
            if m.start("v") in seen or not ("_" in value or len(re.findall(r"\d", value)) >= 2):
                continue
            yield PhiMatch(m.start("v"), m.end("v"), "USERNAME", BARE_SCORE, self.name)


__all__ = ["UsernameRecognizer"]
