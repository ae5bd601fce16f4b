"""Romanian, with and without diacritics (both comma and cedilla forms)."""
DIGITS = {"zero": "0", "unu": "1", "una": "1", "doi": "2", "două": "2", "doua": "2", "trei": "3", "patru": "4",
          "cinci": "5", "șase": "6", "şase": "6", "sase": "6", "șapte": "7", "şapte": "7", "sapte": "7", "opt": "8",
          "nouă": "9", "noua": "9"}
