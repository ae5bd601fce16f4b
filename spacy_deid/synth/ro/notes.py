"""Romanian note types: the discharge letter ("scrisoare medicală") and discharge summary
("epicriză") with their identity header, the emergency-room sheet and the observation note."""
from __future__ import annotations

from typing import Callable, List, Tuple

from .context import RomanianNoteContext as Ctx


def scrisoare(ctx: Ctx) -> None:
    ctx.lines("{hosp}", "[[Secția Cardiologie|Secția Medicină Internă|Clinica Neurologie]]", "[[Tel.|Telefon]] {phone}", "",
              "SCRISOARE MEDICALĂ", "[[Stimate coleg|Către medicul de familie]] {dr3:title},", "")
    ctx.emit("Vă informăm că [[pacientul|pacienta|{sexw}]] {pt:full}, [[în vârstă de {age:years}|CNP {ssn}]], "
             "[[domiciliat{a} în {city}, {street}|cu domiciliul în {city}[[, jud. {state}|]]]], a fost intern{at} în secția noastră "
             "în perioada {date2:full} - {date:full}[[, FO nr. {mrn}|]]. ")
    ctx.clinical_run(2, 5)
    if ctx.rng.random() < 0.5:
        ctx.emit("[[Aparținător|Persoană de contact]]: {rel:full} ({rel:relation}), tel. {phone2}. ")
    ctx.emit("\n{followup}\n\nMedic curant: {dr:title}[[, medic primar|, medic specialist|]][[ - parafa {lic}|]]\n")


def epicriza(ctx: Ctx) -> None:
    ctx.lines("{hosp}", "[[Nume și prenume|Pacient]]: {pt:upper_last}", "[[CNP|Cod numeric personal]]: {ssn}",
              "[[Data nașterii|Născut la]]: {dob}   Vârsta: {age:years}", "[[Domiciliu|Adresa]]: {street}, {city}[[, jud. {state}|]]",
              "[[Nr. FO|Foaie de observație nr.]] {mrn}   Internat: {date2:full}   Externat: {date:full}", "", "EPICRIZĂ")
    ctx.clinical_run(2, 5)
    ctx.emit("\n{followup}\n{dr:any}\n")


def urgenta(ctx: Ctx) -> None:
    ctx.lines("[[UPU|Unitatea de Primiri Urgențe]] - {hosp}", "Data: {date:full}[[ ora [[08:30|14:15|23:40]]|]]",
              "[[Pacient|Nume]]: {pt:last_first}[[, {age:years}|]]")
    ctx.emit("[[Adus de ambulanță|Se prezintă]] [[pentru|acuzând]] [[durere toracică|dispnee|febră|traumatism]]. ")
    ctx.clinical_run(2, 4)
    ctx.emit("\n[[Se internează în {dept}|Se transferă la {hosp2}|Se externează la domiciliu]]. Medic: {dr:any}\n")


def observatie(ctx: Ctx) -> None:
    ctx.emit("[[Evoluție|Foaie de observație]] {date:full}[[ - salonul {room}|]]\n")
    ctx.emit("[[{pt:title}|Pacient{a}]] [[acuză|neagă]] [[dureri|greață|dispnee]]. ")
    ctx.clinical_run(1, 3)
    if ctx.rng.random() < 0.6:
        ctx.emit("Discuție cu {rel:relation}, {rel:full}[[ (tel. {phone})|]]. ")
    ctx.emit("\n{dr:any}\n")


VARIANTS: List[Tuple[Callable[[Ctx], None], float]] = [(scrisoare, 3), (epicriza, 3), (urgenta, 2), (observatie, 2)]
CASE_WEIGHTS = {"as_is": 0.95, "upper": 0.03, "lower": 0.02}
