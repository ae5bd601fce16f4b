"""German: "Klinikum", "Krankenhaus", "Uniklinik", "Pflegeheim" before the name; "-Krankenhaus",
"-Klinik" after it in a hyphenated compound ("Elisabeth-Krankenhaus", "Helios-Klinikum")."""
HEADS = (
    r"(?:universitäts|kreis|kantons|landes|fach|reha-?|privat|tages|psychiatrische\s+|städtische[sn]?\s+)?"
    r"(?:klinikum|klinik|krankenhaus|krankenhauses|spital|hospital|uniklinik|uniklinikum)",
    r"(?:pflegeheim|altenheim|seniorenheim|seniorenresidenz|pflegezentrum|hospiz|gemeinschaftspraxis|praxisklinik|"
    r"medizinisches\s+versorgungszentrum|mvz|herzzentrum|rehazentrum)",
)
TAILS = (r"-(?:krankenhaus|klinikum|klinik|hospital|spital|stift)",)
