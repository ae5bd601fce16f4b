"""English identifier cues (MRN, account, health plan, license, device, vehicle, other ids)."""
from . import Cue

CUES = (
    Cue("MEDICALRECORD", r"mrn|m\.r\.n\.?|mr\s*#|mr\s*no\.?|mr\s*num|med\s*rec|medical\s*records?|"
                         r"hospital\s*(?:number|no|#)|hosp\s*#|unit\s*(?:number|no|#)|chart\s*(?:number|no|#)|"
                         r"record\s*(?:number|no|#)|patient\s*(?:id|number|no|#)|pt\s*(?:id|#)|emr\s*#|"
                         r"health\s*record\s*(?:number|no|#)", False, 3),
    Cue("MEDICALRECORD", r"mr|chart|unit", True, 5),
    Cue("ACCOUNT", r"acct|acc't|account|billing|bill|invoice|bank\s*account|routing|iban|credit\s*card|card", True, 4),
    Cue("ACCOUNT", r"acct|account\s*(?:number|no|#)", False, 3),
    Cue("HEALTHPLAN", r"insurance|ins|policy|member|subscriber|beneficiary|group|grp|plan|medicaid|"
                      r"medicare|mbi|hicn|health\s*plan|coverage|payer|payor|bcbs|hmo|ppo", True, 4),
    Cue("HEALTHPLAN", r"medicaid|medicare|mbi|hicn|member\s*id|policy\s*(?:number|no|#)|subscriber\s*id", False, 4),
    Cue("LICENSE", r"license|licence|lic|certificate|cert|registration|reg|board\s*cert(?:ification)?", True, 3),
    Cue("LICENSE", r"dea|driver'?s\s*licen[cs]e|dl\s*#|license\s*(?:number|no|#)|lic\s*#|state\s*licen[cs]e", False, 3),
    # "DL S123-4567-8901": a driver's licence; six digits at least, as "mg/dL" is a unit
    Cue("LICENSE", r"dl|d\.l\.", False, 6),
    Cue("DEVICE", r"serial|s/n|sn|device|udi|imei|meid|esn|implant|pacemaker|lot", True, 3),
    Cue("DEVICE", r"serial\s*(?:number|no|#)|s/n|udi|imei|device\s*(?:id|serial)", False, 3),
    Cue("VEHICLE", r"license\s*plate|plate|vin|tag|vehicle", True, 3),
    Cue("VEHICLE", r"license\s*plate|plate\s*(?:number|no|#)|vin", False, 3),
    Cue("IDNUM", r"npi|upin|accession|acc|order|req|requisition|specimen|spec|case|claim|ref|reference|"
                 r"confirmation|conf|tracking|sample|study|subject|trial|encounter|enc|visit|csn|fin|har|"
                 r"control|barcode|identifier|employee|emp|badge|passport|national\s*id|ticket|"
                 r"pathology|path|report|accn|film|exam|job|document|doc|id", True, 3),
    Cue("IDNUM", r"npi|upin|accession|passport|employee\s*id|badge\s*id|id\s*#|id\s*:|identifier", False, 3),
    # encounter numbers of the big EHRs ("CSN 1122334455", "FIN 20210314001", "HAR 55512345"):
    # six digits at least, as "fin 2021" is French for "end of 2021"
    Cue("IDNUM", r"csn|fin|har", False, 6),
)
