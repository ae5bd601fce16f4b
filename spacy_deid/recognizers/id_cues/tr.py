"""Turkish identifier cues: "protokol no", "dosya numarası", "hasta no", "SGK no", "rapor no"."""
from . import Cue

_NO = r"\s*(?:no\.?|numaras[ıiIİ]|nu\.?)"  # "protokol no", "dosya numarası"

CUES = (
    Cue("MEDICALRECORD", rf"(?:protokol|dosya|hasta|yat[ıiIİ][şs]|kay[ıiIİ]t|arşiv|arsiv|başvuru|basvuru){_NO}|barkod",
        False, 3),
    Cue("HEALTHPLAN", rf"(?:sgk|sigorta|provizyon|takip){_NO}", False, 4),
    Cue("ACCOUNT", rf"(?:fatura|hesap|m(?:ü|u)şteri){_NO}", False, 4),
    Cue("LICENSE", rf"(?:diploma|diploma\s*tescil|sicil|tescil){_NO}", False, 3),
    Cue("IDNUM", rf"(?:rapor|numune|örnek|ornek|istem|reçete|recete|pasaport|seri){_NO}", False, 3),
)
