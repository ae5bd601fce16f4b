"""French."""
DIGITS = {"zéro": "0", "zero": "0", "un": "1", "une": "1", "deux": "2", "trois": "3", "quatre": "4", "cinq": "5",
          "six": "6", "sept": "7", "huit": "8", "neuf": "9"}
REPEAT = {"double": 2, "triple": 3}
