"""Italian."""
DIGITS = {"zero": "0", "uno": "1", "una": "1", "due": "2", "tre": "3", "quattro": "4", "cinque": "5", "sei": "6",
          "sette": "7", "otto": "8", "nove": "9"}
REPEAT = {"doppio": 2, "triplo": 3}
