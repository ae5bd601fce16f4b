"""ICU nursing shorthand: flowsheet-like shift notes, ventilator and drip settings, and people
and places mentioned the way busy nurses write them (first names, surnames alone, "per X",
"X aware", staff signatures, wards with a floor number, hospital acronyms).

Written for the generator from general knowledge of nursing documentation; the numbers in
settings lines ("PS 10/5", "D5 1/2NS", "4-5L NC", "12mn") are never dates.
"""
from __future__ import annotations

from ..context import NoteContext
from . import snippets as S

NOTE_TYPE = "icu_shorthand"

HEADERS = [
    "[[NPN|npn|Nsg Progress Note|NURSING PROGRESS NOTE|MICU NPN|CCU NSG NOTE|CSRU NPN]] [[7A-7P|7P-7A|0700-1900|1900-0700|11P-7A|7a-3p|3-11|]]",
    "[[MICU|SICU|CCU|CSRU|Neuro ICU]] [[nursing|NSG|nsg]] [[progress note|note|addendum]]",
    "{date:short} [[npn|NPN|nsg note]] [[0700-1900|1900-0700|7a-7p|7p-7a]]",
    "[[Addendum|ADDENDUM|addendum]]:",
]

SETTINGS = [
    "[[PS|PSV|ps]] [[10/5|15/5|12/5|8/5|20/8]][[, 40%|, fio2 .40| 50%|]]",
    "[[CPAP|cpap]] [[5/5|10/5|5]][[ x {n}hrs|, tol well|]]",
    "[[SIMV|AC|A/C]] [[500|600|700]] x [[12|14|16]] [[peep 5|+5 peep|PEEP 8]] [[40%|.50|50%]]",
    "[[D5 1/2NS|D5 1/2 NS|1/2NS|LR|NS]] @ [[75|100|125|150]][[cc/hr|/hr|cc]]",
    "[[2-3L|4L|4-5L|2L|6L]] [[NC|nc|NP|np]][[ sats 92-96%| sat 95%|]]",
    "[[levo|neo|dopa|dobutamine|nitro|nipride|propofol|fent]] [[gtt|drip]] [[@|at]] [[2|5|10|.5|40]][[mcg|mcq|mcg/kg/min|mg/hr|mcgs]]",
    "[[UO|uo|U/O]] [[30-60cc/hr|>30cc/hr|40-100cc|poor 10-20cc/hr]]",
    "[[K|Mg|Ca]] [[repleted|replete]] [[x1|x2|per SS]]",
    "[[turned|repositioned]] q2h, [[HOB 30|hob >30|heels floated]]",
    "[[slept|napped]] [[2-3|1-2|3-4]] hr [[stretches|intervals|at a time]]",
    "[[12mn|12noon|midnoc|0400|MN]] [[labs sent|lytes sent|abg sent|hct]]",
    "[[strength|grips]] [[5/5|4/5|3/5]] [[all ext|bilat|uppers]]",
    "[[pain|Pain]] [[3/10|6/10|8/10|0/10]] [[after|with]] [[morphine|dilaudid|fent]] [[2mg|1mg|25mcg]]",
    "{device} [[in place|patent|d/c'd|draining|dampened, flushed|recalibrated]]",
]

PEOPLE = [
    "[[{rel1:relation}|pt's {rel1:relation}|PT'S {rel1:relation}]] {rel1:first} [[called|phoned|in to visit|at bedside|updated by RN|called x2]][[ @ {time}| this eve| overnoc|]].",
    "[[Spoke with|Talked w/|Updated|spoke w/]] {rel1:first}[[ ({rel1:relation})|, {rel1:relation},| the {rel1:relation}|]] [[re:|about|re]] [[plan|code status|poc|goals of care]].",
    "{rel1:first} and {rel2:first} [[in to visit|called|at bedside]][[, updated| this afternoon|]].",
    "[[Family|FAMILY|family]] ({rel1:first}, {rel2:first}) [[updated|aware of plan|in]].",
    "[[HCP|Proxy|Health care proxy|Spokesperson]] is {rel1:full}[[ ({rel1:relation})|]][[, #{phone}|, can be reached at {phone}|]].",
    "[[per|Per|PER]] {rn1:first}[[, RN| RN| NP|]] [[ok to|will|to]] [[hold TF|d/c foley|wean levo|give lasix]].",
    "[[Dr|DR|Dr.|dr]] {dr1:last} [[aware|notified|paged|called back|in to see pt|at bedside]][[, {dose} given|, no new orders|]].",
    "{dr1:last} [[aware|notified|made aware|paged]] [[re|of]] [[low UO|hypotension|K 3.1|new afib|temp spike]].",
    "[[Dr|Dr.|DR]] {dr1:last}'s [[team|service|orders]] [[followed|to see pt|aware]].",
    "[[Seen by|Evaluated by|Consulted]] {dr2:last} [[from|of]] [[renal|GI|ID|cards|neuro|thoracics]][[ today| this am|]].",
    "[[Chaplain|SW|Case mgr|case manager|Social worker]] {rn2:first}[[ {rn2:last}|]] [[in to see pt|following|aware]].",
    "{pt:title} [[slept|rested|remains|tolerated]] [[well|comfortably|in naps|PO meds]][[ overnight| this shift|]].",
    "[[Report given to|report to|care turned over to]] {rn2:first}[[ {rn2:last}|]][[, RN| RN|]].",
    "[[pt's|PT'S|Pt's]] {rel1:relation}, {rel1:first}, [[called|visited|brought in {his} glasses|will be in later]].",
]

PLACES = [
    "[[transferred|transfered|txd|sent|trans|tx]] [[to|from]] {hosp}[[ for {n}|]][[ on {date:short}| {date:short}|]].",
    "[[Came|Arrived|Pt came|Pt arrived]] [[to|from]] {hosp} [[ED|EW|ER|]] [[at {time}|via ambulance|by medflight|]].",
    "[[Plan|Dispo|dispo]]: [[transfer|d/c|to]] [[to|]] {dept}[[ in AM| today| when bed available|]].",
    "[[Transfer to|transfer|Plan: transfer to]] {dept} [[when bed available|in am|today|]].",
    "[[lives|Lives]] [[in|w/ {his} {rel1:relation} in|alone in]] {city}[[, {state}|]].",
    "[[{rel1:relation}|family]] [[from|visiting from|up from|driving in from]] {city}[[ {weekday}| tomorrow|]].",
    "[[Followed|followed|Seen]] at {hosp} by [[Dr|dr|Dr.]] {dr3:last}.",
    "[[Labs|Records|Films]] [[from|sent from|to be faxed from]] {hosp}.",
]

SIGNATURES = [
    "{rn1:first} {rn1:last}, [[RN|RRT|NP|CRT|RN BSN]]",
    "{rn1:first} {rn1:last} [[RN|RRT|NP|CRT]]",
    "[[--|- |]]{rn1:first}[[ RN|]]",
    "{rn1:first_mi_last}[[, RN| RRT|]]",
    "{rn1:init_last}[[, RN| RRT| RN|]]",
]


def shift_note(ctx: NoteContext) -> None:
    rng = ctx.rng
    ctx.lines(rng.choice(HEADERS))
    sep = rng.choice(["\n", " ", ". ", "\n\n"])
    ctx.emit("{systems}")
    ctx.builder.text(sep)
    ctx.some(SETTINGS, 2, 5, sep=rng.choice(["; ", ". ", "\n", ", "]), shuffle=True)
    ctx.builder.text(sep)
    ctx.some(PEOPLE, 1, 4, sep=rng.choice([" ", "\n"]), shuffle=True)
    if rng.random() < 0.6:
        ctx.some(PLACES, 1, 2, sep=" ", shuffle=True)
    if rng.random() < 0.4:
        S.hard_negatives(ctx)
    if rng.random() < 0.5:
        ctx.emit("\n" + rng.choice(SIGNATURES))


def social_line(ctx: NoteContext) -> None:
    rng = ctx.rng
    ctx.lines(rng.choice(HEADERS))
    ctx.some(SETTINGS, 1, 3, sep=rng.choice(["; ", ". ", "\n"]), shuffle=True)
    ctx.emit(rng.choice(["\n[[SOCIAL|Social|soc|FAMILY|family|Dispo]]: ", "\n"]))
    ctx.some(PEOPLE, 2, 5, sep=" ", shuffle=True)
    ctx.some(PLACES, 0, 2, sep=" ", shuffle=True)


def no_phi(ctx: NoteContext) -> None:
    """Settings, systems and shorthand with no PHI at all."""
    rng = ctx.rng
    if rng.random() < 0.5:
        ctx.lines(rng.choice(HEADERS[:2]))
    ctx.some(SETTINGS, 3, 7, sep=rng.choice(["; ", ". ", "\n", ", "]), shuffle=True)
    ctx.emit(rng.choice(["\n", " "]) + "{systems}")
    if rng.random() < 0.5:
        S.hard_negatives(ctx, 1, 3)


VARIANTS = [(shift_note, 4), (social_line, 2), (no_phi, 3)]
CASE_WEIGHTS = {"upper": 0.45, "as_is": 0.35, "lower": 0.2}
