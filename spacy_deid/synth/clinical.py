"""PHI-free clinical text: telegraphic findings by body system, nursing actions, plans.

Real notes are mostly clinical language with PHI here and there; a model trained only on
PHI-dense templates learns to tag every capitalised abbreviation. These phrases (and whole
PHI-free notes) teach it what is not PHI, in every case style.
"""
from __future__ import annotations

import random
from typing import Dict, List

FINDINGS: Dict[str, List[str]] = {
    "NEURO": ["A&Ox3", "A+Ox2", "alert and oriented x3", "oriented to self only", "lethargic but arousable",
              "sedated", "MAE", "moves all ext", "follows simple commands", "does not follow commands",
              "PERRLA", "pupils 3mm brisk", "pupils equal and reactive", "gag + cough +", "no seizure activity",
              "agitated at times", "calm and cooperative", "confused overnight", "reoriented frequently",
              "CIWA scale per protocol", "speech clear", "aphasic", "R sided weakness", "L facial droop",
              "grips equal and strong", "nods appropriately", "sleeping in naps", "sedation lightened for neuro exam",
              "RASS 0", "RASS -2", "GCS 11", "denies numbness or tingling", "c/o HA, medicated with tylenol"],
    "CV": ["NSR 70-80s", "SR 60s-70s", "ST 100-110s", "afib 90-120s", "rate controlled", "no ectopy",
           "occasional PVCs", "rare PACs", "SBP 100-130s", "MAP >65", "BP stable", "hypotensive to 80s, bolused NS 500cc",
           "levophed gtt titrated to MAP >60", "weaned off neo", "CVP 8-12", "CI 2.4", "PA 40/20", "peripheral pulses palpable",
           "DP/PT pulses dopplerable", "extremities warm", "cool extremities", "trace edema BLE", "+2 pitting edema",
           "K 3.4 repleted with 40 meq KCL", "Mg 1.7 repleted", "heparin gtt at 900 units/hr", "PTT therapeutic",
           "HR 88 BP 124/68", "EKG unchanged", "troponin trending down", "no c/o CP"],
    "RESP": ["LS clear bilat", "LS coarse throughout", "diminished at bases", "crackles at bases", "expiratory wheezes",
             "on 4L NC sats 95-98%", "sats >94% on 50% FM", "weaned to 2L NC", "on RA", "RR 16-24", "resp even and unlabored",
             "sx for mod amt thick tan secretions", "strong productive cough", "CPAP 5 PS 10 FIO2 40%", "AC 500 x 14 PEEP 8",
             "vent settings unchanged", "ABG 7.38/42/96", "CXR with improved aeration", "IS 750cc", "C&DB encouraged",
             "nebs given by RT", "extubated without difficulty", "tolerating trach collar", "no resp distress"],
    "GI": ["abd soft NT/ND", "abd firm slightly distended", "+BS x4 quads", "hypoactive BS", "no BM this shift",
           "lg loose BM guaiac neg", "incontinent of stool", "NPO except meds", "tolerating clear liquids",
           "TF at goal 60cc/hr", "TF held for high residuals", "OGT to LIS", "NGT to LCWS with bilious output",
           "PEG site clean", "denies nausea", "c/o nausea, zofran given with effect", "passing flatus", "colace and senna given",
           "protonix IV", "FS 120-180s covered per SS", "BS 200s, insulin gtt increased", "diet advanced as tolerated"],
    "GU": ["foley patent draining clear yellow urine", "UO 30-60cc/hr", "UO marginal 20-30cc/hr", "lasix 40mg IV with good effect",
           "voiding qs", "BUN/Cr stable", "CVVH running without issue", "net negative 1L", "I/O +500", "foley d/c'd, due to void",
           "urine cloudy, UA/UC sent", "bladder scan 300cc", "condom cath in place", "HD today via R IJ permacath"],
    "ID": ["afebrile", "Tmax 100.8", "febrile to 101.5, pan cultured", "WBC 14.2 from 17", "on vanco and zosyn",
           "abx as ordered", "vanco trough pending", "contact precautions for MRSA", "droplet precautions",
           "cultures NGTD", "BC x2 sent", "tylenol 650 PR given"],
    "SKIN": ["skin intact", "coccyx reddened, blanchable", "stage II decub on sacrum, duoderm applied", "turned and repositioned q2h",
             "heels elevated", "incision OTA with staples", "dsg C/D/I", "ecchymosis on abd from SQ heparin",
             "skin warm and dry", "diaphoretic at times", "pressure relief mattress", "wound care per WOCN recs"],
    "PAIN": ["denies pain", "c/o incisional pain 6/10, morphine 2mg IV with relief", "fentanyl gtt at 50mcg/hr",
             "PCA dilaudid in use", "grimaces with turning", "pain controlled with percocet", "dilaudid 0.5mg IV x2"],
    "ACCESS": ["R IJ TLC", "L SC CVL", "R radial aline", "PIV x2 patent", "PICC L arm", "dressing changed",
               "aline dampened, flushed", "CVL site WNL", "femoral line d/c'd, pressure held x20 min"],
    "SOCIAL": ["family in to visit", "wife called, updated on plan", "son in to visit, updated by team",
               "daughter called for update", "family meeting planned", "full code", "DNR/DNI", "CMO per family wishes",
               "SW following", "emotional support given to family", "pt tearful, support given", "family at bedside this evening"],
}
SECTIONS = list(FINDINGS)
SECTION_ALIASES = {"NEURO": ["NEURO", "Neuro", "NEURO/PSYCH", "NEURO STATUS"], "CV": ["CV", "C/V", "CVS", "CARDIAC", "HEMODYNAMICS"],
                   "RESP": ["RESP", "PULM", "Resp", "RESPIRATORY", "LUNGS"], "GI": ["GI", "GI/NUTRITION", "FEN"],
                   "GU": ["GU", "RENAL", "GU/RENAL"], "ID": ["ID", "INFECTIOUS"], "SKIN": ["SKIN", "INTEG", "SKIN/WOUNDS"],
                   "PAIN": ["PAIN", "COMFORT"], "ACCESS": ["ACCESS", "LINES", "IV ACCESS"],
                   "SOCIAL": ["SOCIAL", "SOC", "PSYCHOSOCIAL", "FAMILY", "DISPO", "CODE STATUS"]}
ACTIONS = ["will cont to monitor", "cont plan of care", "see carevue for details", "see flowsheet for vs",
           "cont to wean as tol", "monitor lytes and replete prn", "f/u AM labs", "cont abx", "cont current mgmt",
           "support pt and family", "OOB to chair with PT", "monitor UO", "follow neuro checks q1h",
           "pain mgmt", "maintain safety", "aspiration precautions", "fall precautions", "NPO after MN for procedure",
           "possible transfer to floor in AM", "awaiting rehab screening", "team aware", "MD aware", "HO aware",
           "resident notified", "NP aware of labs", "will endorse to next shift"]
PLAN_HEADERS = ["PLAN", "Plan", "A/P", "ASSESSMENT/PLAN", "P", "A"]
EXTRA_FILLERS = ["pt slept in long naps overnight", "uneventful shift", "no acute events this shift",
                 "see prior note for hx", "pt transferred from ED at 2200", "pt remains in ICU", "received pt at 0700",
                 "vss, afebrile", "labs sent per orders", "lytes repleted per sliding scale", "tolerated bath and linen change",
                 "mouth care given", "chest PT done", "meds given as ordered", "plan discussed on rounds"]


def findings_line(rng: random.Random, section: str, k_max: int = 4) -> str:
    items = rng.sample(FINDINGS[section], k=min(len(FINDINGS[section]), rng.randint(1, k_max)))
    sep = rng.choice([", ", ". ", "; ", " ", ", "])
    head = rng.choice(SECTION_ALIASES[section])
    colon = rng.choice([": ", ": ", "- ", " : ", ":"])
    return f"{head}{colon}{sep.join(items)}."


def nursing_block(rng: random.Random, n_sections: int = 6) -> List[str]:
    """A run of system-by-system lines, as in ICU nursing notes."""
    sections = [s for s in SECTIONS if rng.random() < 0.85][:n_sections] or ["NEURO", "CV"]
    lines = [findings_line(rng, s) for s in sections]
    for _ in range(rng.randint(0, 3)):  # unfamiliar words and numbers inside the system lines
        i = rng.randrange(len(lines))
        lines[i] = lines[i] + " " + noise_phrase(rng)
    if rng.random() < 0.7:
        plan = rng.sample(ACTIONS, k=rng.randint(1, 4))
        lines.append(f"{rng.choice(PLAN_HEADERS)}: " + rng.choice([", ", "; ", ". "]).join(plan) + ".")
    return lines


def prose_sentence(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return noise_phrase(rng).capitalize()
    section = rng.choice(SECTIONS)
    items = rng.sample(FINDINGS[section], k=rng.randint(1, 3))
    return rng.choice(["Pt ", "Patient ", "", "", "Remains "]) + ", ".join(items) + ". " + (
        rng.choice(EXTRA_FILLERS).capitalize() + ". " if rng.random() < 0.4 else "")


# ---------------------------------------------------------------------------- out-of-vocabulary negatives
# Real notes are full of words and abbreviations no template has. If every unfamiliar token in
# training were a name, the model would tag every unfamiliar token; these random words,
# abbreviations and numbers (never PHI) make it rely on context instead.
NUMERIC_FORMS = ["{a}/{b}", "{a}/{b}", "{big}/{b}", "{a}-{b}", "{b}-{c}", "x{a}", "{a}:{a}", "Q{a}-{b}H", "{a}.{a}/{b}/{big}",
                 "{big}CC", "{a}-{b}L", "+{a}", "{a}/10", "{a}/5", "{a}+", "#{a}", "{b}%", "{b}-{c}%", "{big}/{b}",
                 "{a}.{a}", "{big}ML", "{b}S", "{a}0-{b}0S", "{big} CC/HR", "{a}X{a}", "{b}MG", "{a}MM"]


_VOCAB: Dict[str, List[str]] = {}


def _vocab(kind: str) -> List[str]:
    """Ordinary vocabulary of the lexicon tables: English and medical words, abbreviations and
    drugs that are in no name list ("common": Zipf 3 or more; "any": every one), and words that
    are names too but mostly ordinary words ("ambiguous": "will", "hope", "mark")."""
    if not _VOCAB:
        from ..lexicons import ABBREV, DRUG, NAME, PLACE, WORD, load_lexicon

        lex = load_lexicon()
        plain = WORD | ABBREV | DRUG
        _VOCAB["any"] = [w for w in lex.vocabulary(plain, NAME | PLACE) if w.isalpha() and len(w) > 1]
        _VOCAB["common"] = [w for w in lex.vocabulary(plain, NAME | PLACE, 3.0) if w.isalpha() and len(w) > 1]
        _VOCAB["ambiguous"] = [w for w in lex.vocabulary(WORD, PLACE, 4.0) if lex.flags(w) & NAME and w.isalpha()]
    return _VOCAB[kind]


def _misspell(rng: random.Random, word: str) -> str:
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    op = rng.random()
    if op < 0.35:
        return word[:i] + word[i + 1:]
    if op < 0.7:
        return word[:i] + word[i] + word[i:]
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


def random_word(rng: random.Random) -> str:
    """An ordinary word a template never holds: real notes use a vocabulary of tens of thousands
    of words, and an unfamiliar ordinary word must not look like a name to the model."""
    r = rng.random()
    if r < 0.45:
        word = rng.choice(_vocab("common"))
    elif r < 0.85:
        word = rng.choice(_vocab("any"))
    else:
        word = rng.choice(_vocab("ambiguous"))
    if rng.random() < 0.1:
        word = _misspell(rng, word)
    return word


def abbreviation(rng: random.Random) -> str:
    letters = "ABCDEFGHIJKLMNOPRSTUVWY"
    core = "".join(rng.choice(letters) for _ in range(rng.randint(2, 5)))
    form = rng.random()
    if form < 0.15:
        return f"{core[0]}/{core[1:]}"
    if form < 0.25:
        return f"{core}{rng.randint(1, 9)}"
    if form < 0.3:
        return f"{core}'D"
    return core


def numeric(rng: random.Random) -> str:
    a, b = rng.randint(1, 9), rng.randint(10, 99)
    return rng.choice(NUMERIC_FORMS).format(a=a, b=b, c=b + rng.randint(1, 30), big=rng.randint(100, 999))


def noise_phrase(rng: random.Random, n_min: int = 3, n_max: int = 10) -> str:
    """Telegraphic run of unfamiliar words, abbreviations and numbers (not PHI)."""
    out = []
    for _ in range(rng.randint(n_min, n_max)):
        r = rng.random()
        if r < 0.45:
            out.append(random_word(rng))
        elif r < 0.7:
            out.append(abbreviation(rng))
        elif r < 0.9:
            out.append(numeric(rng))
        else:
            out.append(rng.choice(["W/", "S/P", "H/O", "C/O", "R/O", "PT", "PER", "AND", "TO", "IN", "ON", "X", "+", "-"]))
    text = " ".join(out)
    return text + rng.choice([".", ".", ",", "", ";"])
