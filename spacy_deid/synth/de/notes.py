"""German note types, written as German-speaking hospitals write them: the discharge letter to the
family doctor (letterhead, addressee, "wir berichten über ... geb. ..."), the ward progress note, the
emergency-room note, a consultation and a findings report with a data header."""
from __future__ import annotations

from typing import Callable, List, Tuple

from .context import GermanNoteContext as Ctx

_CLINIC = "[[Klinik für Innere Medizin|Medizinische Klinik II|Klinik für Kardiologie|Klinik für Allgemein- und Viszeralchirurgie|Neurologische Klinik|Klinik für Geriatrie]]"


def _sections(ctx: Ctx, k_min: int, k_max: int) -> None:
    """Sections of the letter, ``WORKUP_SHARE`` of them work-up sections with an open vocabulary."""
    n = ctx.rng.randint(k_min, k_max)
    ctx.emit("".join(ctx.or_workup("{section}") + "\n\n" for _ in range(n)))


def arztbrief(ctx: Ctx) -> None:
    ctx.lines("{hosp}", _CLINIC, "[[Chefarzt|Direktor|Chefärztin]]: {dr2:title}",
              "{street2}, {zip2} {city2}", "[[Tel.|Telefon]] {phone}[[ · Fax {fax}|]]", "")
    if ctx.rng.random() < 0.7:
        ctx.lines("{dr3:title}", "[[Praxis für Allgemeinmedizin|Hausarztpraxis|]]", "{street3}", "{zip3} {city3}", "")
    ctx.emit("[[{city2}, [[den |]]{date:full}|Datum: {date:full}|{date:full}]]\n\n")
    ctx.emit("[[Entlassungsbrief|Arztbrief|Vorläufiger Entlassungsbrief|Epikrise|Entlassbericht]]\n")
    if ctx.rng.random() < 0.4:  # a subject line naming the patient, title-less, before the salutation
        ctx.emit("[[Betreff: |Betr.: |Patient[[in|]]: |\n]][[{pt:full}|{pt:last_first}|{pt:full}]][[, geb. {dob}| * {dob}|, *{dob}|]]\n\n")
    ctx.emit("[[Sehr geehrte Frau Kollegin|Sehr geehrter Herr Kollege|Sehr geehrte Kolleginnen und Kollegen|Sehr geehrte{r} {dr3:title}|"
             "Sehr geehrte{r} {kollege} {dr3:last}|Liebe{r} {kollege} {dr3:last}|Sehr geehrte Damen und Herren]],\n\n")
    ctx.emit("wir berichten [[Ihnen |]]über {pat_acc} [[{pt:title}|{pt:title}|{pt:full}|{pt:last_first}]], [[geb. |geboren am |*]]{dob}[[, wohnhaft {street}, {zip} {city}|]], "
             "[[{die} sich vom {date2:full} bis {date:full} in unserer stationären Behandlung befand|{die} vom {date2:full} bis {date:full} stationär behandelt wurde|{die} sich am {date2:full} in unserer Notaufnahme vorstellte]].\n\n")
    ctx.emit("Diagnose[[n|]]:{diagnoses}\n\n")
    _sections(ctx, 1, 4)
    ctx.emit("[[Anamnese|Aufnahmegrund]]:\n{die:cap} {age}-jährige {pat_nom} [[stellte sich|wurde]] [[mit Luftnot|mit Thoraxschmerzen|nach einem Sturz|mit Fieber]] "
             "[[in unserer Notaufnahme vor|durch den Rettungsdienst eingeliefert|auf Zuweisung von {dr3:title} vor]]. ")
    ctx.clinical_run(1, 3)
    ctx.emit("\n\nVerlauf:\n")
    ctx.clinical_run(1, 4)
    ctx.emit("\n\n")
    _sections(ctx, 0, 3)
    if ctx.rng.random() < 0.5:
        ctx.emit("[[Die|Der]] [[{rel:relation} {rel:any}|{rel:relation}]] [[wurde über den Verlauf informiert|ist als Ansprechpartner[[in|]] hinterlegt (Tel. {phone2})|begleitete {pt:title} zur Aufnahme]]. ")
    ctx.emit("\n\n{followup}\n\nMit freundlichen [[kollegialen |]]Grüßen\n\n")
    ctx.emit("[[{dr2:title}|Prof. Dr. med. {dr2:full}]]    {dr:title}[[    {dr4:title}|]]\n[[Chefarzt|Chefärztin|Direktor der Klinik]]    [[Oberarzt|Oberärztin|Assistenzarzt|Assistenzärztin|Stationsarzt]]\n")


def verlauf(ctx: Ctx) -> None:
    ctx.emit("[[Verlaufsnotiz|Visite|Verlauf]] [[vom |]]{date:day_month}[[ [[08:15|14:30|19:45]] Uhr|]] - [[Station {room}|{dept}|Zimmer {room}]]\n")
    ctx.emit("[[{pt:title}|Pat.|{die:cap} {pat_nom}]] [[berichtet über|klagt über|verneint]] [[Schmerzen|Übelkeit|Luftnot|Schwindel]]. ")
    ctx.clinical_run(1, 3)
    if ctx.rng.random() < 0.6:
        ctx.emit(ctx.rng.choice([
            "\n[[Telefonat mit|Gespräch mit]] [[der|dem]] {rel:relation}, {rel:any}[[ (Tel. {phone})|]]: [[über Befund aufgeklärt|Entlassung besprochen|Fragen beantwortet]]. ",
            "\n{rel:any} ([[{rel:relation}|Betreuer]]) [[war zu Besuch|bittet um Rückruf|unterschreibt die Einwilligung]]. ",
            "\nBesuch durch [[die|den]] {rel:relation} {rel:any}. "]))
    if ctx.rng.random() < 0.5:
        ctx.emit("Rücksprache mit {dr2:title} ([[Kardiologie|Nephrologie|Chirurgie]]). ")
    ctx.emit("\nProcedere: {clinical}\n{dr:any}\n")


def notaufnahme(ctx: Ctx) -> None:
    ctx.lines("[[Zentrale Notaufnahme|Notaufnahmebericht|ZNA]] - {hosp}",
              "[[Datum|Aufnahme]]: {date:full}[[ [[08:30|14:15|23:40|03:05]]|]]",
              "[[Patient|Patientin|Name]]: {pt:last_first}[[, geb. {dob}|, *{dob}]][[ ({age} J.)|]]",
              "[[Fall-Nr.|Fallnummer|Pat.-Nr.|PID]]: {mrn}[[   KV-Nr.: {hp}|]]",
              "[[Anschrift|Adresse]]: {street}, {zip} {city}",
              "[[Einweisender Arzt|Hausarzt|Zuweiser]]: {dr3:title}[[, {city3}|]]")
    ctx.emit("[[Vorstellungsgrund|Leitsymptom]]: [[Thoraxschmerz|Sturz|Dyspnoe|Fieber|Kopfschmerz]]. {die:cap} {age}-jährige {pat_nom}[[ aus {country}|]] "
             "[[kommt mit dem RTW|stellt sich selbst vor|wird aus {hosp2} verlegt]]. ")
    ctx.clinical_run(2, 4)
    ctx.emit("\n[[Procedere|Weiteres Vorgehen]]: [[stationäre Aufnahme|Entlassung nach Hause|Verlegung nach {hosp2}]]. "
             "[[Behandelnder Arzt|Arzt|gez.]]: {dr:any}\n")


def konsil(ctx: Ctx) -> None:
    ctx.emit("[[Konsil|Konsiliarbericht|Konsilanforderung]] [[Kardiologie|Neurologie|Dermatologie|Psychiatrie]] vom {date:full}\n")
    ctx.emit("[[Anfordernde Station|Von]]: {dept}[[, {hosp}|]]\n[[Patient|Patientin]]: {pt:any}[[, {age} Jahre|]]\n\n")
    ctx.emit("[[Fragestellung|Frage]]: [[Mitbeurteilung|Therapieempfehlung|Ausschluss]] bei [[Synkope|Vorhofflimmern|Exanthem|Delir]].\n")
    ctx.clinical_run(1, 3)
    ctx.emit("\n[[Beurteilung|Empfehlung]]: {clinical} {followup}\n[[{dr:title}|{dr:any}]], [[Oberarzt|Oberärztin|Facharzt für Innere Medizin]][[, {dept2}|]]\n")


def befund(ctx: Ctx) -> None:
    ctx.lines("{hosp} - [[Institut für Radiologie|Zentrallabor|Institut für Pathologie]]",
              "[[Name|Patient]]: {pt:upper_last}   [[Geb.-Datum|geb.]]: {dob}   [[Geschlecht|Geschl.]]: {sex:letter}",
              "[[Auftragsnummer|Eingangs-Nr.|Fall-Nr.]]: {mrn}   [[Eingang|Untersuchung]]: {date:full}",
              "[[Anforderung|Einsender]]: {dr2:title}, {dept}", "")
    ctx.emit("[[Befund|Befundbericht]]:\n")
    ctx.clinical_run(2, 4)
    ctx.emit("\n[[Beurteilung|Zusammenfassung]]: {clinical}\n[[Vidiert|Freigegeben|Befundet]]: {dr:title}[[, {date:dot}|]]\n")


VARIANTS: List[Tuple[Callable[[Ctx], None], float]] = [
    (arztbrief, 4), (verlauf, 2), (notaufnahme, 2), (konsil, 1), (befund, 1)]
CASE_WEIGHTS = {"as_is": 0.96, "upper": 0.02, "lower": 0.02}
