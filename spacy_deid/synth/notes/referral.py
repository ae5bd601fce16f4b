"""Referral and consult letters: formal letter with addresses, reply letter, short e-referral."""
from __future__ import annotations

from ..context import NoteContext
from . import snippets as S

NOTE_TYPE = "referral_letter"


def formal_letter(ctx: NoteContext) -> None:
    ctx.lines("{hosp}", "[[{dept}|Department of Medicine|Division of Cardiology]]", "{street2}", "{city2}, {state2} {zip2}",
              "[[Tel|Phone|T]]: {phone}  [[Fax|F]]: {fax}", "", "{date:month_day_year}", "",
              "{dr2:full}, [[MD|M.D.|DO]]", "{hosp2}", "{street}", "{city}, {state} {zip}", "",
              "[[Re|RE|Regarding]]: {pt:full}, [[DOB|D.O.B.]] {dob}[[, MRN {mrn}|]]", "",
              "Dear Dr. {dr2:last},", "",
              "Thank you for [[referring|asking me to see]] [[Mr.|Ms.|Mrs.|your patient]] {pt:last}, a {age}-year-old [[retired |]]{prof} [[whom I saw|who was seen]] in [[clinic|consultation]] on {date2:month_day_year} [[for|regarding]] [[palpitations|chronic cough|a thyroid nodule|{eponym}|abnormal LFTs]].")
    S.hard_negatives(ctx, 1, 3)
    ctx.builder.text("\n")
    S.social(ctx, 0, 1)
    ctx.emit("\n[[I will see|I plan to see]] [[him|her|the patient]] again [[in {n} months|on {date3:month_day_year}]]. [[Please do not hesitate to contact me at {phone}|Please call me at {phone}|You can reach me at {email}]].\n\n[[Sincerely|Best regards|Yours sincerely]],\n\n{dr1:cred}\n")
    if ctx.rng.random() < 0.4:
        ctx.emit("[[cc|CC|Copy to]]: {dr3:dr}; {pt:full}, {street3}, {city3}\n")


def e_referral(ctx: NoteContext) -> None:
    ctx.lines("[[Referral|REFERRAL|E-referral]] [[to|for]] [[Cardiology|GI|Neurology|Rheumatology|Dermatology|PT|Oncology]] - [[urgent|routine]]",
              "[[Patient|Pt]]: {pt:last_first} / {dob} / {sex:letter} / [[ins|Insurance]] {hp}",
              "[[From|Referring]]: {dr2:any}, {hosp} ([[NPI|lic #]] {lic})",
              "[[To|Referred to]]: {dr1:any}[[, {hosp2}|]]",
              "[[Reason|Dx|Indication]]: [[{eponym}|new afib|weight loss|elevated PSA]]. [[Please eval and treat.|Please see within {n} weeks.]]",
              "[[Pt phone|Contact]]: {phone}[[ / email {email}|]]")


def reply(ctx: NoteContext) -> None:
    ctx.emit("Dear [[Dr.|Dr|Doctor]] {dr2:last},\n\n[[I had the pleasure of seeing|I saw]] your patient {pt:full} [[today|on {date:month_day_year}]] [[at|in]] {hosp}. ")
    S.hard_negatives(ctx, 2, 4)
    ctx.emit("\n[[Impression|In summary]]: [[{eponym}|stable disease|no evidence of recurrence]]. [[Return|Follow up]] [[{date3:short}|in {n} months]].\n\n{dr1:cred}\n{hosp}\n")


VARIANTS = [(formal_letter, 3), (e_referral, 2), (reply, 2)]
CASE_WEIGHTS = {"as_is": 0.9, "upper": 0.08, "lower": 0.02}
