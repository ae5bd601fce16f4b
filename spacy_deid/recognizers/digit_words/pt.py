"""Portuguese: "meia" (half a dozen) for six as Brazilians read numbers out."""
DIGITS = {"zero": "0", "um": "1", "uma": "1", "dois": "2", "duas": "2", "três": "3", "tres": "3", "quatro": "4",
          "cinco": "5", "seis": "6", "meia": "6", "sete": "7", "oito": "8", "nove": "9"}
REPEAT = {"duplo": 2}
