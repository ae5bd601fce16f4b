"""Context words that tell a name or a place from an ordinary word (English clinical notes).

These are general conventions of clinical writing -- titles, kinship and care roles, credentials
after a signature, verbs of contact, facility words, transfer phrases -- not names or places
themselves: every name and place comes from the lexicon tables. Lower case; matching ignores case.
"""
from __future__ import annotations

# Before a name: "Dr. Small", "MRS POWERS", "Drs Joseph and ..."
# ("SR" is sinus rhythm in ICU notes, not a title; "MS" and "MR" are also mental status and
# mitral regurgitation: see AMBIGUOUS_TITLES.)
TITLES = frozenset("""
dr drs doctor dr's doctors mr mrs ms miss mister mme madam prof professor rev
""".split())

AMBIGUOUS_TITLES = frozenset({"ms", "mr"})

# Kinship and other people around the patient: "son Bill", "WIFE HELEN", "daughter, Veronica,"
KIN = frozenset("""
wife husband spouse son sons daughter daughters dtr dtrs dau sister sisters sis brother brothers bro
mother mom mum mommy father dad daddy parent parents niece neice nieces nephew nephews grandson
granddaughter grandaughter granddaughters grandsons grandchild grandchildren grandmother grandma
grandfather grandpa aunt uncle cousin friend friends neighbor neighbour roommate girlfriend boyfriend
fiance fiancee partner companion guardian proxy hcp spokesperson sibling siblings stepson stepdaughter
stepmother stepfather inlaw in-law visitor visitors bf gf
""".split())

# Care roles followed by a name: "caseworker LEONA ...", "NP HOLLY", "Chaplain Smith"
ROLES = frozenset("""
caseworker case-manager manager sw chaplain attending resident intern fellow rn nurse np rrt
therapist pharmacist interpreter translator physician surgeon cardiologist neurologist intensivist
hospitalist pcp provider dietician dietitian nutritionist counselor coordinator liaison
rabbi priest pastor clergy
""".split())

# Credentials after a signature or a name: "KEN R. ALBRIGHT-NOVAK, RRT", "Stord-Painter MD"
CREDENTIALS = frozenset("""
rn md np pa rrt crt rt licsw lcsw msw sw do phd pharmd rph cna lpn aprn cnp fnp acnp anp crnp
mba mph dpt ot otr slp ccc ccrn bsn msn cns crna facc facp
""".split())
# a long credential with two neighbouring letters swapped ("licws", "lcisw", "ccnr"): that credential
# misspelt, when no word list holds the word (checked where it is used)
SWAPPED_CREDENTIALS = frozenset(
    c[:k] + c[k + 1] + c[k] + c[k + 2:] for c in CREDENTIALS if len(c) >= 4 for k in range(len(c) - 1)
) - CREDENTIALS


def swapped_credential(lower: str, flags: int) -> bool:
    """A swapped credential (``SWAPPED_CREDENTIALS``) that no list holds: ``flags`` are the lexicon's."""
    return lower in SWAPPED_CREDENTIALS and not flags

# Verbs and phrases around a person mentioned by name.
LEFT_VERBS = frozenset("""
called paged spoke talked met per with by contacted contacts told asked informed notified updated
phoned consulted accompanied visited requesting
call notify inform update phone contact
""".split())
# participles of reviewing with, or being seen by, a person: "with" or "by" after them is a name's
# cue ("discussed with seo", "screened by: jd"), unlike after "treated", "improved" or "diminished"
PERSON_PARTICIPLES = frozenset("""
discussed reviewed seen evaluated examined screened signed cosigned witnessed dictated
transcribed assessed verified confirmed interpreted checked approved performed done obtained drawn
""".split())
HOSPITAL_PREPOSITIONS = frozenset({"at", "to", "from", "into", "by", "@", "via"})  # before a hospital's name
# Verbs of caring for or teaching someone: their object is a person, never a drug, a device or a
# value ("reassured Aberhart", "educated adesua re diet"; not "encouraged", which takes "OOB" and "PO
# intake"); "gave" counts before "an update" or "report"
PERSON_OBJECT_VERBS = frozenset("""
reassured reassure reassuring educated educate educating comforted comfort comforting consoled console
consoling instructed instruct instructing taught teach teaching thanked thank thanking
""".split())
GIVEN_TO_PERSON = frozenset("update updates report info information support reassurance teaching".split())
# Verbs whose object is told to do something: "told Aberhart to rest", "asked adesua to step out"
TELL_TO_VERBS = frozenset("told tell telling asked ask asking reminded remind advised advise urged".split())
# Verbs of reaching someone ("paged", "contacts", "accompanied by"): a word no list holds after them,
# spelled like no word, is the person reached ("PAGED ZAGURI"); the lists' words there are services
# and shorthand as often ("paged renal"). ``PERSON_WITH_VERBS`` reach someone only with "with" ("will
# consult with madela re skin care", "spoke with isaris", "cont to work with X re dispo"; not "goal
# not met overnoc", "consult placed", "works well"); ``PERSON_TO_VERBS`` with "to" too ("talked to X")
PERSON_CONTACT_VERBS = frozenset("""
paged page paging phoned notified informed contacted contacts consulted accompanied
""".split())
PERSON_TO_VERBS = frozenset("spoke spoken speak speaking talked talk talking".split())
PERSON_WITH_VERBS = frozenset("consult consulted met meet meeting work works worked working".split()) | PERSON_TO_VERBS
# Predicates only a person takes: their subject is a person ("Aberhart verbalized understanding")
PERSON_PREDICATES = frozenset("""
aware agrees agreed verbalized verbalizes verbalizing understands consented consents tearful
""".split())
# Verbs a person does by telephone or in person, after a word no list holds: "govimda called early
# for an update", "ANYONA DEARBHAIL CALLED TO BEDSIDE", "Cibin Laertis arrived in micu" (listed names
# have the right verbs' rule); ``SPEECH_VERBS`` only before "that" ("Foletti reports that pt ...";
# not "XRAY REPORTS", "film states")
PERSON_SUBJECT_VERBS = frozenset("called phoned visited arrived asked asking signed expressed declined".split())
SPEECH_VERBS = frozenset("reports reported states stated says said".split())
# What a person is to the patient, after "is"/"was": "Nodira is family contact", "Faith is the HCP",
# "X was interpreter" -- the subject is a person (kin and care roles count too: "X is her daughter";
# and what only a person is doing: "Jisoo is speaking with the team")
PERSON_ROLE_NOUNS = frozenset("contact spokesperson interpreter translator speaking talking".split()) | KIN | ROLES
# what may stand between "is" and the role noun: "is the family contact", "is pt's daughter"
PERSON_ROLE_FILLERS = frozenset("the a an his her their pt's patient's pts family main primary".split())
# a duty only a person has, after "is"/"was": "Boswell is on call tonight", "KOWALCZYK IS ON VACATION" ("VACA")
PERSON_DUTY_PHRASES = frozenset({("on", "call"), ("on", "vacation"), ("on", "vaca"), ("on", "leave"), ("on", "holiday")})
# What a visitor does at the bedside ("Kwame sat with pt", "Maria held pt's hand"): a verb after a
# listed name whose vector reads as a name (not after other words: "pt sat up", "neph held")
PERSON_ACT_VERBS = frozenset("sat stayed held hugged kissed cried prayed brought helped".split())
VISITOR_ONLY_VERBS = frozenset("stayed hugged kissed cried prayed".split())  # no drug or value is their subject
RIGHT_VERBS = frozenset("""
aware notified called visited visiting phoned updated reports reported states stated says said
spoke talked came arrived left wishes wants agrees agreed requests requested consented
lives lived resides resided
asked asking signed expressed declined tearful upset worried
""".split())
# A modal or "to" and a verb of what a relative or friend will do, after a person: "David would like a
# call", "Rosa to call back in am", "Marcel will bring clothes", "Ana went home" (the first word alone
# names no one)
PERSON_PLAN_PHRASES = frozenset({
    ("would", "like"), ("will", "call"), ("will", "bring"), ("will", "visit"), ("will", "come"), ("will", "return"),
    ("to", "call"), ("to", "visit"), ("to", "come"), ("to", "bring"), ("to", "return"), ("went", "home"),
})
# the help a person gives: "turned w/ help of Inga", "OOB with assist of Tomas"
PERSON_AID_NOUNS = frozenset("help assist assistance".split())
# After "mr"/"ms" written without a dot (mitral regurgitation, mental status), a name-like word and
# one of these verbs make the title a title: "mr okafor had an easy shift", "MS DIALLO REMAINS ON ..."
TITLED_SUBJECT_VERBS = RIGHT_VERBS | frozenset("""
had has is was remains remained continues continued slept rested denies denied tolerated tolerating
appears appeared seems seemed
""".split())
# Plain verbs of motion: after them "to" is a place or a state ("went to Salem", "going to die"),
# and before them a name has ended ("SON HAROLD WENT HOME")
MOTION_VERBS = frozenset("go goes going went return returned returning come came".split())

# Words between a cue and the name: "son, Bill", "daughter is Mary", "wife named ..."
CUE_LINKS = frozenset(", : - is was named ( \"".split()) | {"'s", "name", "called"}  # (not ";": "in mother; HTN in father")

# Roles that are also clinical abbreviations ("PA line", "MD aware") are left out of ROLES.

# Words that join coordinated names: "Drs Simon and Pettibon", "Suzette & Hank"
NAME_JOIN = frozenset(["and", "&", ",", "/", "or"])

# A facility word after the name of a facility: "GRAFTON HOSPITAL", "Laurel Regional".
FACILITY_AFTER = frozenset("""
hospital hosp hospitals medical med memorial regional clinic clinics rehab rehabilitation
infirmary hospice manor house home center centre healthcare health nursing agency vna ems
university college institute school sanatorium sanitarium pavilion building bldg tower
""".split())
# Two-word facility heads: the first word must be followed by the second.
FACILITY_PAIRS = {
    "medical": {"center", "centre", "ctr", "group", "associates", "clinic"},
    "med": {"center", "ctr"},
    "health": {"center", "centre", "system", "care"},
    "nursing": {"home", "facility", "agency", "center", "and"},  # "Hillcrest Nursing and Rehab"
    # care homes, dialysis and specialty centres, practices and town services
    "senior": {"living", "center", "centre", "care", "residence", "residences", "village"},
    "care": {"center", "centre", "home", "facility"},  # "Taylor Care Center"
    "family": {"practice", "medicine", "health", "physicians", "care"},  # "Leetown Family Practice"
    "community": {"hospital", "hosp", "health", "medical"},  # "Salem Community Hosp"
    # written short in notes: "Salem Gen", "Lowell Mem", "Avon Hlth Ctr", "Oak Nsg Home", "Avon SNF"
    "gen": set(),
    "mem": set(),
    "hlth": {"ctr", "center", "centre"},
    "nsg": {"home", "facility", "ctr", "center"},
    "snf": set(),
    "ltc": set(),
    "skilled": {"nursing"},  # "Monroe Skilled Nursing"
    "retirement": {"community", "home", "village"},
    "gardens": set(),  # "Oak Hill Gardens", "Lodge", "Commons": care homes named for a name or place
    "commons": set(),
    "lodge": set(),
    "residence": set(),  # "Truckee Residence", "the Vaughn residence": a care home or a family's house
    "estates": set(),
    "assisted": {"living"},
    "kidney": {"center", "centre", "institute"},
    "dialysis": {"center", "centre", "unit", "clinic"},
    "cancer": {"center", "centre", "institute"},
    "heart": {"center", "centre", "institute"},
    "surgical": {"center", "centre", "associates", "group"},
    "cardiology": {"associates", "group"},
    "urgent": {"care"},
    "fire": {"dept", "department", "rescue"},
    "police": set(),  # "BROUGHT IN BY MILFORD POLICE": a town's police
    "pd": set(),  # "brought in by Raymore PD": its police department
    "fd": set(),  # "Union City FD at scene": its fire department
    "rescue": set(),  # "brought in by Sycamore rescue"
    "public": {"schools", "library"},
    "rehab": set(),  # "Baltimore Rehab", "Keswick rehab": a named word must stand before it
    "rehabilitation": set(),
    "center": set(),
    "centre": set(),
    "house": set(),
    "manor": set(),
    "hospital": set(),
    "hosp": set(),
    "hospitals": set(),
    "memorial": set(),
    "regional": set(),
    "clinic": set(),
    "clinics": set(),
    "infirmary": set(),
    "hospice": set(),
    "healthcare": set(),
    "agency": set(),
    "vna": set(),
    "ems": set(),  # "Spring Valley EMS", "came via Conway EMS": a town's ambulance service
    "ambulance": set(),  # "via Oceanside ambulance"
    "records": set(),  # "per Framingham records", "Wasco med recs reviewed": the records of a named facility
    "recs": set(),
    "va": set(),  # "Peoria VA to send records": a town's veterans' hospital
    "university": set(),
    "college": set(),
    "institute": set(),
    "school": set(),
    "sanatorium": set(),
    "sanitarium": set(),
    "pavilion": set(),
    # buildings are named for donors: "the Kessler building", "MRI in the Osei bldg"
    "building": set(),
    "bldg": set(),
}
# Heads of named landmarks, shops, schools and workplaces, where a patient collapsed, works or
# studies ("found down at Hillside Mall", "works at Nelson Hardware"): like the weak facility heads,
# a real name must stand before them. Value: the words that must follow (empty: the word alone).
LANDMARK_PAIRS = {
    "mall": set(), "plaza": set(), "market": set(), "supermarket": set(), "diner": set(), "motel": set(),
    "inn": set(), "casino": set(), "ymca": set(), "library": set(), "marina": set(), "farms": set(),
    "restaurant": set(), "cafe": set(), "pizza": set(), "pizzeria": set(), "tavern": set(), "pub": set(),
    "hardware": set(), "fitness": set(), "park": set(), "church": set(), "parish": set(), "temple": set(),
    "synagogue": set(), "mosque": set(), "elementary": set(), "academy": set(), "campus": set(),
    "country": {"club"}, "golf": {"course", "club"}, "shopping": {"center", "centre", "mall", "plaza"},
    "town": {"hall"}, "high": {"school"}, "middle": {"school"}, "auto": {"body", "parts", "repair"},
    "bowling": {"lanes", "alley"}, "train": {"station"}, "bus": {"station", "terminal"},
}
# Landmark heads that name an employer or a school rather than a spot (fine label ORGANIZATION).
ORGANISATION_LANDMARKS = frozenset("elementary academy high middle hardware auto".split())
# Generic facility words: no part of a place's name for redaction ("Grafton Hospital" -> "Grafton").
GENERIC_FACILITY_HEADS = frozenset("""
hospital hosp hospitals center centre ctr clinic clinics rehab rehabilitation house home nursing
facility medical med health healthcare agency ems pd police ambulance records recs
""".split())
# Words after "house" that make it no facility: "House diet", "house officer", "house staff"
HOUSE_NOT_AFTER = frozenset("diet officer officers staff call physician physicians md mds".split())
# Facility heads strong enough on their own (the rest need a name word before them).
FACILITY_STRONG = frozenset("hospital hosp hospitals memorial regional infirmary manor clinic".split())

# Generic words before a facility word: "the hospital", "outside hospital", "acute care hospital".
GENERIC_PLACE_WORDS = frozenset("""
the a an this that these those his her their our your its my another other outside local nearby
same previous prior current different referring receiving tertiary community private public state
county city acute care chronic teaching rehab psych psychiatric mental children's childrens veterans
general long term short day night home group adult senior assisted living skilled nursing
""".split())

# Phrases after which a place follows: "transferred to X", "lives in X".
TRANSFER_CUES = (
    ("transferred", "to"), ("transfered", "to"), ("tranferred", "to"), ("transfer", "to"), ("trans", "to"),
    ("transferred", "from"), ("transfered", "from"), ("transfer", "from"),
    ("tx", "to"), ("txr", "to"), ("xfer", "to"), ("xferred", "to"), ("tx'd", "to"), ("txd", "to"), ("tx", "from"),
    ("tx'd", "from"), ("txd", "from"), ("txr", "from"), ("xfer", "from"), ("xferred", "from"), ("sent", "to"), ("admitted", "to"),
    ("adm", "to"), ("admitted", "from"), ("adm", "from"), ("admit", "from"), ("admit", "to"), ("taken", "to"),
    ("brought", "to"), ("came", "into"),
    ("came", "to"), ("came", "from"), ("arrived", "to"), ("arrived", "at"), ("arrived", "from"), ("referred", "to"),
    ("referred", "from"), ("go", "to"), ("goes", "to"), ("going", "to"), ("went", "to"), ("return", "to"),
    ("returned", "to"), ("returning", "to"), ("d/c", "to"), ("dc", "to"), ("discharged", "to"),
    ("discharge", "to"), ("medflight", "to"), ("medflighted", "to"), ("flown", "to"), ("flew", "to"),
    ("medflighted", "from"), ("flighted", "to"), ("flighted", "from"), ("flown", "from"), ("faxed", "from"),
    ("was", "at"),
    ("followed", "at"), ("seen", "at"), ("treated", "at"), ("presented", "to"), ("presented", "at"),
    ("presenting", "to"),
    ("evaluated", "at"), ("hospitalized", "at"), ("done", "at"), ("performed", "at"), ("transported", "to"), ("accepted", "to"), ("accepted", "by"),
    ("works", "at"), ("worked", "at"), ("employed", "at"), ("employed", "by"), ("received", "from"),
    ("d/c'd", "to"), ("d/c'd", "from"), ("dc'd", "to"), ("dc'd", "from"), ("d/ced", "to"), ("d/ced", "from"),
    ("discharged", "from"), ("accepted", "at"), ("rehab", "at"),
    ("hd", "at"), ("dialysis", "at"), ("dialyzed", "at"), ("dialyzes", "at"), ("hemodialysis", "at"),  # "hd at Wood tts"
    ("bed", "at"), ("bed", "@"),  # "had a bed @ Cibin", "rehab bed at Meadowview": a facility's bed
    # where a patient lives when that is a named home or facility: "resident of Vaughn Hall",
    # "lives at Oak Commons", "sent from Foster Court" (a town after them is found as well)
    ("resident", "of"), ("resident", "at"), ("resides", "at"), ("reside", "at"), ("resided", "at"),
    ("lives", "at"), ("living", "at"), ("lived", "at"), ("sent", "from"),
)
PLACE_CUES = (
    ("lives", "in"), ("living", "in"), ("lived", "in"), ("resides", "in"), ("resided", "in"),
    ("reside", "in"), ("home", "in"), ("house", "in"), ("moved", "to"), ("moved", "from"),
    ("visiting", "from"), ("in", "from"), ("vacation", "in"), ("vacationing", "in"), ("trip", "to"),
    ("born", "in"), ("grew", "up"), ("native", "of"), ("works", "in"), ("worked", "in"), ("winters", "in"),
    ("summers", "in"), ("staying", "in"), ("stays", "in"), ("stayed", "in"),
    # travel to and from a place ("son driving back to Elkton", "dtr flying back from Tacoma")
    ("drove", "to"), ("drove", "from"), ("driving", "to"), ("driving", "from"), ("drive", "from"),
    ("flying", "to"), ("flying", "from"), ("flew", "from"), ("traveled", "to"), ("traveled", "from"),
    ("travelled", "to"), ("travelled", "from"), ("traveling", "to"), ("traveling", "from"),
    ("originally", "from"), ("lives", "near"), ("living", "near"), ("lived", "near"), ("resides", "near"),
    ("town", "of"), ("city", "of"), ("village", "of"), ("township", "of"),  # "works for the town of Hillside"
    ("from",), ("in",), ("of",), ("near",), ("to",), ("visiting",),  # "was visiting Suriname when he fell ill"
    ("at",),
)
STRONG_PLACE_CUES = frozenset(c for c in PLACE_CUES if len(c) == 2)
# Verbs of telling: the "to" after them goes to a person, not a place ("results called to Soto",
# "report given to Ellis", "explained to Beverly")
TELLING_VERBS = frozenset("""
call called calling report reported reporting give given gave giving hand handed explain explained
explaining relay relayed speak spoke spoken talk talked talking mention mentioned say said tell told
page paged paging sign signed signout introduce introduced
""".split())
# Verbs that change a therapy: "weaned from CVVH to HD", "switched from SIMV to CPAP", "changed to
# BIPAP": what comes after "from" or "to" is a treatment or a mode, not a hospital or a town
THERAPY_CHANGE_VERBS = frozenset("""
wean weaned weaning switch switched switching change changed changing convert converted converting
titrate titrated titrating taper tapered tapering advance advanced advancing
""".split())
# Adverbs that may stand inside a residence phrase: "lives nearby in X", "moved back to X".
RESIDENCE_ADVERBS = frozenset("nearby locally alone here there now currently back still also close".split())

# Care units and generic places: never a named place after a transfer cue.
CARE_UNITS = frozenset("""
icu micu sicu ccu csru nicu picu cvicu tsicu ticu cticu nsicu neuroicu cvu ccu's icu's ed er ew or
pacu ir cath lab floor floors home rehab osh snf ltac ltach nh alf hospital hosp hospice morgue
radiology ct mri us echo ep eps interventional dialysis hd ob gyn l&d labor delivery ward unit
stepdown step-down tele telemetry medicine surgery ortho neuro cards cardiology onc oncology bmt
psych psychiatry ent gi or's clinic clinics office vicu sdu imc pcu amb ambulance bed room
same another outside his her their the a an this that facility nursing recovery holding
""".split())

# Particles inside names ("Ana de la Cruz", "Ludwig van Beethoven", "Mohammed bin Rashid") and
# Vietnamese middle names ("Tran Thi Mai", "Nguyen Van An"): a name never ends in one.
NAME_PARTICLES = frozenset("o mac mc ni nic ui de del della di da dos das du la le van von der den ter al el bin ibn ben abu st"
                           " thi thị văn".split())

# Devices that ICU notes name by an eponym or brand alone ("clots in foley", "from the quinton"):
# a word of these is the device, whatever the name and place lists say of it.
DEVICE_EPONYMS = frozenset("""
foley quinton hickman swan groshong broviac mahurkar dobhoff salem pleurx yankauer penrose hemovac
blake bair passy ambu miami philadelphia aspen
""".split())

# Methods, manoeuvres, positions and signs that notes name by an eponym alone ("CO 5.1 by Fick",
# "placed in Trendelenburg", "Valsalva", "+ Babinski"): only names that are no common given name.
METHOD_EPONYMS = frozenset("""
fick valsalva trendelenburg heimlich seldinger korotkoff kussmaul cheyne babinski romberg homans
""".split())

# Nouns that make the word before them an eponym or a brand, not a person: "Quinton catheter",
# "Passy-Muir valve", "Hickman line", "Mallory-Weiss tear", "Babinski sign".
EPONYM_HEADS = frozenset("""
catheter catheters cath caths valve valves line lines tube tubes drain drains sign signs syndrome
disease tear tears test tests maneuver manoeuvre reflex reflexes stocking stockings boot boots bed
mattress collar pump mask bag fracture procedure operation repair shunt filter needle forceps
retractor splint traction solution dressing port ports hugger blanket culture cultures insertion
insertions placement respiration respirations breathing virus score scale criteria classification method
principle equation formula position phenomenon palsy encephalopathy lymphoma sarcoma tumor tumour ulcer
cyst node murmur incision diverticulum diverticula anomaly aneurysm ligament pouch hernia gland glands
duct nodule nodules triad grade esophagus
""".split())

# Clinical information systems and charting tools named in notes ("see CareVue", "as per
# MetaVision", "documented in PowerChart"): product names, not people or places. Matched on the
# letters of one word or of two neighbouring words ("Care Vue").
CLINICAL_SYSTEMS = frozenset("""
carevue metavision icca powerchart cerner meditech eclipsys allscripts athenahealth cprs centricity
webomr lmr pyxis omnicell alaris picis soarian epiccare hyperspace cliniccomp mosaiq aria
""".split())

# Vascular access sites and line abbreviations: a name-like word after one is a line or device
# ("R radial Aline", "LSC Quinton", "fem aline", "TLC, Aline"), not a person.
ACCESS_SITES = frozenset("""
rij lij ij rsc lsc sc subclavian fem femoral rfem lfem radial rad rrad lrad brachial picc tlc cvl
rac lac antecubital jugular art arterial
""".split())

# verbs and adjectives whose "to" opens an infinitive: "wants to leave hospital", "ready to head home"
INFINITIVE_GOVERNORS = frozenset("""
want wants wanted wanting wish wishes wished ready able unable refuse refuses refused refusing try tries
tried trying going decided decides agree agrees agreed plan plans planned like likes liked need needs
needed allowed reluctant eager anxious afraid asked asks asking attempt attempts attempted attempting
""".split())
