"""Turkish, with and without its special letters."""
DIGITS = {"sıfır": "0", "sifir": "0", "bir": "1", "iki": "2", "üç": "3", "uc": "3", "dört": "4", "dort": "4",
          "beş": "5", "bes": "5", "altı": "6", "alti": "6", "yedi": "7", "sekiz": "8", "dokuz": "9"}
