"""German identifier cues: compounds of -nummer / -Nr. ("Fallnummer", "Fall-Nr.", "Pat.-Nr."), and the
Austrian and Swiss social insurance numbers ("SV-Nr.", "AHV-Nr.")."""
from . import Cue

_NR = r"-?\s*(?:nr\.?|nummer|no\.?)"  # "Fall-Nr.", "Fallnummer", "Fall Nr."

CUES = (
    Cue("MEDICALRECORD", rf"(?:fall|patienten|pat\.?|aufnahme|kranken(?:blatt|akten?|haus)|akten|archiv|"
                         rf"behandlungs|kranken(?:geschichten)?){_NR}|patienten-?id|pat\.?-?id|pid|fallzahl", False, 3),
    Cue("HEALTHPLAN", rf"(?:versicherten|versicherungs|sozialversicherungs|sv|ahv|kassen|mitglieds|krankenversicherten|kvnr){_NR}|kvnr|"
                      r"versicherten-?id|ik-?(?:nr\.?|nummer)", False, 4),
    Cue("ACCOUNT", rf"(?:konto|rechnungs|kunden|abrechnungs){_NR}", False, 3),
    Cue("LICENSE", rf"lanr|bsnr|(?:arzt|approbations|zulassungs){_NR}", False, 4),
    Cue("DEVICE", rf"(?:serien|geräte|geraete|implantat|chargen){_NR}|charge", False, 3),
    Cue("IDNUM", rf"(?:auftrags|befund|labor|einsende|proben|eingangs|termin|vorgangs|ausweis|pass|"
                 rf"personalausweis|aktenzeichen|bericht|röntgen|roentgen|untersuchungs|anforderungs|barcode){_NR}|"
                 r"aktenzeichen", False, 3),
)
