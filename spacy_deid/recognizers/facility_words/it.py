"""Italian: "ospedale", "policlinico", "clinica", "casa di cura", "istituto", "RSA"."""
HEADS = (
    r"ospedale|policlinico|clinica|casa\s+di\s+cura|casa\s+di\s+riposo|istituto|rsa|"
    r"azienda\s+ospedaliera|presidio\s+ospedaliero|poliambulatorio",
)
