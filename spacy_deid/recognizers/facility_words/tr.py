"""Turkish: the name stands before "Hastanesi", "Kliniği", "Tıp Merkezi", "Huzurevi" (with suffixes:
"Acıbadem Hastanesi'nden")."""
HEADS = ()
TAILS = (r" (?:hastanesi|hastane|klini[ğg]i|t[ıi]p\s+merkezi|sa[ğg]l[ıi]k\s+merkezi|huzurevi|polikli[nn]i[ğg]i)",)
# Generic words of a facility's name: with nothing else before the word for it, no name ("Devlet
# Hastanesi", "Eğitim ve Araştırma Hastanesi"); folded.
GENERIC = frozenset("""devlet sehir egitim ve arastirma universite universitesi ozel askeri gogus kalp cocuk kadin dogum
ruh sagligi hastaliklari onkoloji fizik tedavi rehabilitasyon tip fakultesi il ilce bolge merkez""".split())
