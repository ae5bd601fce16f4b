"""Nursing notes: ICU shift notes by system (telegraphic, often ALL CAPS), floor notes, SBAR."""
from __future__ import annotations

from ..context import NoteContext
from . import snippets as S

NOTE_TYPE = "nursing"

SHIFT_HEADERS = [
    "[[NPN|Nursing Progress Note|NURSING NOTE|Nsg note|RN NOTE|NURSING ADMIT NOTE|CCU NPN|MICU NPN|SICU NURSING NOTE]] [[7A-7P|7P-7A|0700-1900|1900-0700|11P-7A|3-11|days|nights|]]",
    "[[Nursing|NSG|Nursing Progress]] [[note|Note|NOTE]] {date:short} [[{time}|]]",
    "{date:short} [[NPN|nsg|RN note]] [[7a-7p|7p-7a|0700-1500|]]",
    "[[ADDENDUM|Addendum|addendum]] [[to|re:]] [[NPN|nursing note]]:",
    "[[Neonatology|NICU]] [[Nursing|Nsg]] [[Progress|Admission]] Note",
]

EVENTS = [
    "[[Pt|pt|PT]] [[is a|is an]] {age} [[yo|y/o|YO|year old]] {sex:letter} [[admitted|adm]] [[on|]] {date:short} [[with|w/|for]] [[resp failure|sepsis|GIB|CHF exacerbation|PNA|ICH|MI|DKA|AMS]][[, transferred from {hosp}| from {hosp}| via {hosp} ED|]].",
    "[[Pt|PT]] [[admitted|transferred]] to {unit} from {hosp} on {date:short} [[at {time}|]].",
    "[[Events|EVENTS|Overnight]]: [[pt|PT]] [[hypotensive|tachy|desatting|agitated|febrile]] [[at|@]] {time}, Dr. {dr1:last} [[aware|notified|called|in to see pt]][[, {dose} given|]].",
    "[[Dr|DR|Dr.]] {dr1:last} [[aware|notified|made aware|updated]] [[of|re:|re]] [[low UO|BP|K 3.1|temp spike|new afib|agitation]].",
    "[[Called|Paged|Spoke with]] [[Dr.|DR.|DR|Dr]] {dr2:last} [[re:|regarding|about]] [[plan|labs|pain control|sedation]][[, no new orders| - will come see pt|, orders rec'd|]].",
    "[[Seen by|Evaluated by]] [[Dr.|DR.|Dr]] {dr3:any} from [[renal|GI|cardiology|neuro|ID|surgery|thoracic]] [[today|this shift|this AM|on {date:short}]].",
    "[[RN|Nurse]] {rn1:any} [[covering|relieved|took report]] [[at|@]] {time}[[; report given to {rn2:any}|]].",
    "[[Report given to|Care turned over to|Handed off to]] {rn2:any}[[ RN|, RN|]] [[at|@]] {time}.",
    "[[Plan|PLAN]]: [[to {hosp} for rehab|d/c to {hosp}|transfer to floor|wean vent|cont current mgmt|f/u with Dr. {dr1:last} on {date3:short}|CT head in AM|family meeting {weekday} with Dr. {dr1:last}]].",
    "[[S/P|s/p]] [[CABG|AVR|MVR|ex lap|crani|trach/PEG|ERCP|TIPS|cath]] on {date:short}[[ by Dr. {dr1:last}| at {hosp}|]].",
    "[[Pt|PT]] [[from|lives in]] {city}[[, {state}|]].",
    "[[Will be|To be]] [[transferred|discharged|d/c'd]] to {hosp}[[ in {city}| tomorrow| on {date3:short}|]].",
    "[[PCP|pcp]] is Dr {dr4:last}[[ at {hosp}| in {city}|]].",
    "[[Pt|PT]] [[is|was]] {prof} [[prior to admission|before retiring|]].",
    "[[Chaplain|Case manager|Social worker|SW]] {rn3:any} [[in to see pt|following|aware]].",
]

SYSTEMS = [
    "[[NEURO|Neuro|neuro]]: [[A+Ox3|A&O x3|alert, oriented x2|lethargic, arousable to voice|sedated on propofol|MAE, follows commands|PERRL 3mm brisk]]. [[No seizure activity.|Denies pain.|CIWA {n}.|{score}.|]]",
    "[[CV|C/V|CVS|cv]]: [[NSR|SR|ST|afib|AF w/ RVR|SB]] [[60-80s|70s|100-110s|90s]][[, no ectopy|, occ PVCs|]]. [[SBP|BP]] [[90-110s|100-130|120s-140s]]. [[K repleted|Mg repleted|on {drug} gtt|+PP|pulses palp|{device} in place]].",
    "[[RESP|Resp|resp|PULM]]: [[LS clear|lungs coarse|LS dim at bases|crackles bilat]]. [[O2 sat 92-98% on 4L NC|on CPAP 5/5|vent AC 500x14 PEEP 5 40%|sats >95% RA|sx for thick tan sputum]].",
    "[[GI|gi]]: [[abd soft, NT/ND|abd distended, firm|+BS|hypoactive BS]]. [[TF at goal|NPO|tol clears|OGT to LCS|no BM|BM x1 guaiac neg|on {drug}]].",
    "[[GU|GU/RENAL|Renal]]: {device} [[draining|drng]] [[clear yellow|amber|cloudy]] urine [[30-60cc/hr|>30cc/hr|adequate amts]]. [[BUN/Cr 22/1.1|{lab}|lasix {n}0mg IV given]].",
    "[[ID|id]]: [[afebrile|Tmax 101.2|febrile]]. [[WBC 12.1|{lab}|on vanco/zosyn|cultures sent]].",
    "[[SKIN|Skin|skin]]: [[intact|stage II coccyx|sacral decub, dsg c/d/i|incision c/d/i]]. [[Braden {nn}|turned q2h|]].",
    "[[ENDO|endo]]: [[RISS|FS {nn}0|insulin gtt|BS 140-180]].",
    "[[HEME|heme]]: [[Hct {nn}|INR {n}.{n}|{lab}|transfused 1 u PRBC]].",
    "[[PAIN|Pain|pain]]: [[{score}|denies|0/10|morphine {n} mg iv x1 w/ relief]].",
    "[[ACCESS|Access|Lines]]: [[R IJ TLC|L SC CVL|PICC|PIV x2|A-line|{device}]] [[placed {date:short}|d/c'd|intact]].",
    "[[SOCIAL|Social|SOC|FAMILY|Family|Dispo]]: [[{rel1:relation} {rel1} |{rel1:relation} |family ]][[in to visit|called|updated by RN|updated by Dr. {dr1:last}|visited]][[ x2| this evening| at {time}|]]. [[{rel1:relation} can be reached at {phone}.|Phone # {phone}.|{rel2:relation} {rel2} [[also called|in from {city}]].|Full code.|DNR/DNI.|]]",
]


def icu_by_system(ctx: NoteContext) -> None:
    rng = ctx.rng
    ctx.lines(rng.choice(SHIFT_HEADERS))
    ctx.some(EVENTS, 1, 3, sep=rng.choice([" ", "\n"]))
    sep = rng.choice(["\n", "\n", " ", "\n\n"])
    if rng.random() < 0.5:
        ctx.some(SYSTEMS, 3, 8, sep=sep)
    else:
        ctx.emit("{systems}")
        ctx.builder.text(sep)
        ctx.some(SYSTEMS, 0, 2, sep=sep)
    if rng.random() < 0.5:
        ctx.some(EVENTS, 1, 2, sep=" ")
    if rng.random() < 0.3:
        S.hard_negatives(ctx)
    if rng.random() < 0.35:
        ctx.emit(rng.choice(["\n{rn1:any}[[ RN|, RN|]]", "\n--{user}", "\n{rn1:cred}", "\nRN: {rn1:first}"]))


def narrative(ctx: NoteContext) -> None:
    rng = ctx.rng
    if rng.random() < 0.7:
        ctx.lines(rng.choice(SHIFT_HEADERS))
    ctx.some(EVENTS, 1, 4, sep=" ", shuffle=True)
    S.hard_negatives(ctx, 1, 3)
    if rng.random() < 0.6:
        ctx.emit("{systems} ")
    ctx.some(SYSTEMS[-1:], 1, 1, sep=" ")
    if rng.random() < 0.5:
        S.family(ctx, 1, 2)


def phi_free(ctx: NoteContext) -> None:
    """A shift note with no PHI at all: the model must learn to stay silent."""
    rng = ctx.rng
    if rng.random() < 0.6:
        ctx.lines(rng.choice(["NPN", "NURSING PROGRESS NOTE", "Nsg note 7a-7p", "RN note", "NPN 7P-7A", "Nursing Note"]))
    ctx.emit("{systems}")
    if rng.random() < 0.5:
        ctx.emit(rng.choice(["\n", " "]) + "{clinical} {filler}.")


def sbar(ctx: NoteContext) -> None:
    ctx.lines("[[SBAR|S-B-A-R|Shift report]] [[{date:short}|]]",
              "S: {age} [[yo|y/o]] {sex:letter} [[in|on]] {dept} [[rm|room|bed]] {room} [[w/|with]] [[increased O2 req|new confusion|hypotension|chest pain]].",
              "B: [[Admitted|Adm]] {date2:short} [[for|w/]] [[PNA|UTI|CHF|COPD flare|cellulitis]]; h/o {eponym}. [[Attending|MD]] Dr. {dr1:last}.",
              "A: {vitals}. [[{lab}|{score}]].",
              "R: [[Dr. {dr1:last} paged|{dr2:dr} to evaluate|ABG sent, CXR ordered]] at {time}.")
    if ctx.rng.random() < 0.5:
        ctx.emit("{rn1:cred}")


def neonatal(ctx: NoteContext) -> None:
    ctx.lines("[[NICU|Neonatology]] [[Nursing|Nsg]] [[Note|note|Progress Note]] [[#{n}|]]",
              "[[Baby|Infant|Baby Boy|Baby Girl]] {pt:last}, [[DOL|day of life]] {n}, [[CGA|PMA]] {nn} [[wks|weeks]]. [[Apgars {n}/{n}.|Apgar 8 and 9.|]]",
              "[[RESP|Resp]]: [[RA|NC 100cc|CPAP 6]], [[no spells|{n} spells, self-resolved]]. [[FEN|Fen]]: [[TF 150cc/kg/d|PO/gavage|BM x{n}]].",
              "[[Parents|Mom|Mother]] [[{rel1}|]] [[in to visit|called at {time}|updated by Dr. {dr1:last}]]. [[Dad|Father]] {rel2:first} [[works as a {prof}|visiting from {city}]].")
    if ctx.rng.random() < 0.5:
        ctx.emit("{rn1:any}, RN")


VARIANTS = [(icu_by_system, 5), (narrative, 3), (phi_free, 6), (sbar, 1), (neonatal, 0.7)]
CASE_WEIGHTS = {"upper": 0.6, "as_is": 0.32, "lower": 0.08}
