"""Spanish."""
DIGITS = {"cero": "0", "uno": "1", "una": "1", "dos": "2", "tres": "3", "cuatro": "4", "cinco": "5", "seis": "6",
          "siete": "7", "ocho": "8", "nueve": "9"}
REPEAT = {"doble": 2, "triple": 3}
