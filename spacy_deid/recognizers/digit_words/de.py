"""German: "zwo" for "zwei" as numbers are read out on the phone."""
DIGITS = {"null": "0", "eins": "1", "zwei": "2", "zwo": "2", "drei": "3", "vier": "4", "fünf": "5", "fuenf": "5",
          "sechs": "6", "sieben": "7", "acht": "8", "neun": "9"}
REPEAT = {"doppel": 2}
