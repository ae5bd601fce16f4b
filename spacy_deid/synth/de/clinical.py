"""German clinical prose without PHI, put together from parts: section headers, diagnoses (with
the eponyms and drug brand names that look like names: "Morbus Crohn", "Eliquis"), examination
findings organ by organ, laboratory lines, procedures, social and family history. German
capitalises every noun, so a model must see many capitalised words that are not names; the
sentences here give it thousands. Written for this project; nothing comes from a corpus."""
from __future__ import annotations

import random
from typing import Callable, List, Tuple

DIAGNOSES = [
    "Koronare Herzkrankheit, 3-Gefäßerkrankung", "Z.n. Hinterwandinfarkt", "NSTEMI", "STEMI der Vorderwand",
    "Arterielle Hypertonie", "Vorhofflimmern, paroxysmal", "Herzinsuffizienz mit reduzierter Ejektionsfraktion",
    "Chronische Niereninsuffizienz Stadium G3b", "Akutes Nierenversagen", "Diabetes mellitus Typ 2, insulinpflichtig",
    "Hypercholesterinämie", "Adipositas Grad II", "Hypothyreose", "Hashimoto-Thyreoiditis", "Morbus Basedow",
    "COPD GOLD III", "Asthma bronchiale", "Ambulant erworbene Pneumonie", "Lungenarterienembolie", "Pleuraerguss rechts",
    "Morbus Crohn", "Colitis ulcerosa", "Leberzirrhose Child-Pugh B", "Refluxösophagitis", "Barrett-Ösophagus",
    "Cholezystolithiasis", "Akute Pankreatitis", "Divertikulitis", "Morbus Parkinson", "Demenz vom Alzheimer-Typ",
    "Ischämischer Schlaganfall im Mediastromgebiet links", "Transitorische ischämische Attacke", "Epilepsie",
    "Depressive Episode, mittelgradig", "Alkoholabhängigkeit", "Delir", "Harnwegsinfekt", "Urosepsis",
    "Erysipel", "Diabetisches Fußsyndrom", "Periphere arterielle Verschlusskrankheit Stadium IIb", "Tiefe Beinvenenthrombose",
    "Osteoporose", "Gonarthrose beidseits", "Coxarthrose rechts", "Lumbale Spinalkanalstenose", "Schenkelhalsfraktur links",
    "Mammakarzinom links, Z.n. Ablatio", "Prostatakarzinom", "Kolonkarzinom", "Non-Hodgkin-Lymphom", "Multiples Myelom",
    "Anämie", "Hypokaliämie", "Hyponatriämie", "Exsikkose", "Sturz mit Kopfplatzwunde", "Synkope unklarer Genese",
    "Guillain-Barré-Syndrom", "Wernicke-Enzephalopathie", "Sjögren-Syndrom", "Cushing-Syndrom", "Addison-Krise",
]
DRUGS = [
    "ASS", "Clopidogrel", "Ticagrelor", "Eliquis", "Xarelto", "Marcumar", "Apixaban", "Rivaroxaban", "Ramipril",
    "Candesartan", "Bisoprolol", "Metoprolol", "Torasemid", "Torem", "Furosemid", "Lasix", "Spironolacton", "Amlodipin",
    "Atorvastatin", "Simvastatin", "Metformin", "Janumet", "Jardiance", "Lantus", "Novorapid", "L-Thyroxin", "Pantozol",
    "Pantoprazol", "Novalgin", "Metamizol", "Tilidin", "Oxycodon", "Ibuprofen", "Paracetamol", "Prednisolon", "Decortin",
    "Salbutamol", "Spiriva", "Symbicort", "Ceftriaxon", "Unacid", "Tazobac", "Ciprofloxacin", "Levetiracetam", "Keppra",
    "Madopar", "Sertralin", "Mirtazapin", "Quetiapin", "Lorazepam", "Tavor", "Vitamin D3", "Kaliumchlorid", "Eisen",
]
ORGANS = {
    "Kopf/Hals": ["unauffällig", "keine Lymphknotenschwellung", "Schilddrüse nicht vergrößert", "Meningismus negativ"],
    "Herz": ["Herztöne rein, rhythmisch", "Systolikum 2/6 über Erb", "arrhythmisch, tachykard", "keine Geräusche"],
    "Lunge": ["vesikuläres Atemgeräusch beidseits", "basale feinblasige Rasselgeräusche rechts", "Giemen und Brummen",
              "abgeschwächtes Atemgeräusch links basal", "sonorer Klopfschall"],
    "Abdomen": ["weich, kein Druckschmerz", "Druckschmerz im rechten Oberbauch", "Darmgeräusche regelrecht",
                "keine Resistenzen tastbar", "Leber und Milz nicht vergrößert", "Murphy-Zeichen positiv"],
    "Nierenlager": ["frei", "nicht klopfschmerzhaft", "rechts klopfschmerzhaft"],
    "Extremitäten": ["keine Ödeme", "Unterschenkelödeme beidseits", "Fußpulse beidseits tastbar", "Waden weich"],
    "Wirbelsäule": ["kein Klopfschmerz", "Lasègue-Zeichen negativ", "paravertebraler Hartspann"],
    "Haut": ["intakt", "blass", "Rötung und Überwärmung am Unterschenkel", "Dekubitus Grad II sakral"],
    "Neurologisch": ["wach, orientiert", "keine fokalen Defizite", "Babinski-Zeichen negativ", "Hemiparese rechts",
                     "Pupillen isokor, prompt lichtreagibel", "GCS 15"],
    "Psychisch": ["wach, allseits orientiert", "Stimmung gedrückt", "Antrieb reduziert", "formales Denken geordnet"],
}
LABS = [("Natrium", "mmol/l", 125, 148), ("Kalium", "mmol/l", 3, 6), ("Kreatinin", "mg/dl", 0, 4),
        ("Harnstoff", "mg/dl", 15, 120), ("GFR", "ml/min", 15, 110), ("CRP", "mg/l", 1, 280), ("Leukozyten", "/nl", 3, 25),
        ("Hämoglobin", "g/dl", 7, 17), ("Thrombozyten", "/nl", 60, 450), ("Troponin T", "ng/l", 3, 900),
        ("NT-proBNP", "pg/ml", 80, 12000), ("HbA1c", "%", 5, 11), ("TSH", "mU/l", 0, 8), ("GOT", "U/l", 10, 250),
        ("GPT", "U/l", 10, 250), ("Laktat", "mmol/l", 0, 6), ("INR", "", 1, 4), ("Quick", "%", 20, 110)]
PROCEDURES = [
    "Koronarangiographie mit Implantation eines DES in den RIVA", "Gastroskopie", "Koloskopie mit Polypektomie",
    "Transthorakale Echokardiographie", "Transösophageale Echokardiographie", "CT-Thorax mit Kontrastmittel",
    "MRT des Schädels", "Duplexsonographie der Beinvenen", "Bronchoskopie mit BAL", "Pleurapunktion rechts",
    "Lumbalpunktion", "Elektrische Kardioversion", "Schrittmacherimplantation (DDD)", "Anlage eines ZVK",
    "ERCP mit Papillotomie", "Langzeit-EKG", "Langzeit-Blutdruckmessung", "Spirometrie", "Szintigraphie der Schilddrüse",
]
SOCIAL = [
    "Verheiratet, zwei Kinder, lebt mit der Ehefrau im eigenen Haus.", "Verwitwet, lebt allein, Pflegegrad 2.",
    "Lebt im Pflegeheim, Unterstützung bei der Körperpflege.", "Nikotin: 30 pack years, aktiver Raucher.",
    "Alkohol: gelegentlich.", "Keine Drogen.", "Berentet.", "Familienanamnese: Vater mit Myokardinfarkt, Mutter mit Diabetes.",
    "Familienanamnese leer.", "Versorgung durch ambulanten Pflegedienst.", "Patientenverfügung und Vorsorgevollmacht liegen vor.",
]
VERLAUF = [
    "Unter {drug} kam es zu einer raschen Besserung der Beschwerden.",
    "Die {proc} zeigte keinen pathologischen Befund.",
    "Es erfolgte eine {proc}.",
    "Nach Rücksprache mit den Kollegen der Chirurgie wurde ein konservatives Vorgehen gewählt.",
    "Die Mobilisation gelang zunehmend, sodass wir {pron} in gutem Allgemeinzustand entlassen konnten.",
    "Eine Umstellung der Medikation auf {drug} wurde vorgenommen.",
    "Im Verlauf zeigten sich die Entzündungsparameter rückläufig.",
    "Bei Hypokaliämie erfolgte eine Substitution mit Kaliumchlorid.",
    "Das Aufnahme-EKG zeigte einen Sinusrhythmus ohne Erregungsrückbildungsstörungen.",
    "Die Blutkulturen blieben steril.",
    "Eine Physiotherapie und Ergotherapie wurden eingeleitet.",
    "Der Sozialdienst wurde bezüglich einer Anschlussheilbehandlung eingeschaltet.",
    "Wir empfehlen die Fortführung der Therapie mit {drug} sowie eine Kontrolle des Blutbildes.",
    "Eine Reevaluation der Indikation für {drug} sollte hausärztlich erfolgen.",
]


def _num(rng: random.Random, lo: int, hi: int) -> str:
    value = rng.uniform(lo, hi)
    text = f"{value:.1f}" if hi < 20 else str(int(value))
    return text.replace(".", ",") if rng.random() < 0.8 else text  # German decimal comma, sometimes a point


def _listed(rng: random.Random, items: List[str]) -> str:
    """Items as letters list them: one a line (bare, "- " or numbered), or in one line."""
    style = rng.choice(["lines", "lines", "dash", "numbered", "inline"])
    if style == "inline":
        return "; ".join(items) + "."
    if style == "dash":
        return "\n" + "\n".join(f"- {x}" for x in items)
    if style == "numbered":
        return "\n" + "\n".join(f"{i}. {x}" for i, x in enumerate(items, 1))
    return "\n" + "\n".join(items)


def diagnoses(rng: random.Random) -> str:
    return _listed(rng, rng.sample(DIAGNOSES, rng.randint(1, 5)))


def findings(rng: random.Random) -> str:
    organs = rng.sample(list(ORGANS), rng.randint(2, 5))
    return " ".join(f"{o}: {rng.choice(ORGANS[o])}." for o in organs)


def labs(rng: random.Random) -> str:
    rows = rng.sample(LABS, rng.randint(3, 7))
    return ", ".join(f"{name} {_num(rng, lo, hi)}{(' ' + unit) if unit else ''}" for name, unit, lo, hi in rows) + "."


def medication(rng: random.Random) -> str:
    drugs = rng.sample(DRUGS, rng.randint(2, 5))
    doses = ["1-0-0", "1-0-1", "0-0-1", "1-1-1", "bei Bedarf", "2x tgl.", "1x tgl."]
    return _listed(rng, [f"{d} {rng.choice(['5', '10', '20', '40', '100', '500', '2,5'])} mg {rng.choice(doses)}" for d in drugs])


def course(rng: random.Random, female: bool) -> str:
    return rng.choice(VERLAUF).format(drug=rng.choice(DRUGS), proc=rng.choice(PROCEDURES),
                                      pron="die Patientin" if female else "den Patienten")


def section(rng: random.Random, female: bool) -> str:
    """A section header and a body of its kind."""
    kinds: List[Tuple[List[str], Callable[[], str]]] = [
        (["Diagnosen", "Nebendiagnosen", "Vorerkrankungen", "Kardiovaskuläre Risikofaktoren"], lambda: diagnoses(rng)),
        (["Körperlicher Untersuchungsbefund", "Aufnahmebefund", "Befund"], lambda: findings(rng)),
        (["Labor", "Aufnahmelabor", "Laborwerte bei Entlassung"], lambda: labs(rng)),
        (["Entlassmedikation", "Medikation bei Aufnahme", "Empfohlene Medikation"], lambda: medication(rng)),
        (["Sozialanamnese", "Familienanamnese", "Vegetative Anamnese", "Allergien"],
         lambda: " ".join(rng.sample(SOCIAL, rng.randint(1, 3)))),
        (["Therapie und Verlauf", "Epikrise", "Procedere", "Empfehlungen", "Beurteilung", "Zusammenfassung"],
         lambda: course(rng, female) + " " + course(rng, female)),
        (["Apparative Diagnostik", "Bildgebung", "Eingriffe"], lambda: _listed(rng, rng.sample(PROCEDURES, rng.randint(1, 3)))),
    ]
    headers, body = rng.choice(kinds)
    return f"{rng.choice(headers)}: {body()}"
