"""Italian note types: the discharge letter ("lettera di dimissione") with its administrative
header, the emergency-room report, the clinical diary entry and the letter to the family doctor."""
from __future__ import annotations

from typing import Callable, List, Tuple

from .context import ItalianNoteContext as Ctx


def dimissione(ctx: Ctx) -> None:
    ctx.lines("{hosp}", "[[U.O. Medicina Interna|U.O.C. Cardiologia|Reparto di Pneumologia|U.O. Geriatria]]",
              "[[Direttore|Primario]]: {dr2:title}", "{street2} - {zip2} {city2}[[ ({prov2})|]]", "[[Tel.|Telefono]] {phone}", "",
              "LETTERA DI DIMISSIONE",
              "[[Paziente|Cognome e nome]]: {pt:last_first}   [[Nato/a il|Data di nascita]]: {dob}[[ a {city3}|]]",
              "[[Codice fiscale|C.F.]]: {ssn}   [[N. nosologico|Cartella clinica n.]]: {mrn}",
              "[[Residenza|Indirizzo]]: {street}, {zip} {city}[[ ({prov})|]]",
              "[[Ricovero|Data ricovero]]: {date2:full}   [[Dimissione|Data dimissione]]: {date:full}", "")
    ctx.emit("[[Motivo del ricovero|Diagnosi di ingresso]]: [[dispnea|dolore toracico|caduta accidentale|febbre]].\n")
    ctx.emit("[[Anamnesi|Storia clinica]]: {sig} di {age:years}[[, {prof},|]] [[giunt{o} in Pronto Soccorso|trasferit{o} da {hosp2}|inviat{o} dal curante]]. ")
    ctx.clinical_run(2, 5)
    if ctx.rng.random() < 0.5:
        ctx.emit("Informata la {rel:relation} {rel:any}[[ (tel. {phone2})|]]. ")
    ctx.emit("\n{followup}\n\nIl medico [[di reparto|dimettente]]: {dr:title}\n")


def pronto_soccorso(ctx: Ctx) -> None:
    ctx.lines("[[Pronto Soccorso|Verbale di Pronto Soccorso|DEA]] - {hosp}",
              "[[Data|Accesso]]: {date:full}[[ ore [[08:30|14:15|23:40|03:05]]|]]",
              "[[Paziente|Nominativo]]: {pt:any}[[, {age:years}|]]",
              "[[Triage|Codice]]: [[giallo|verde|arancione]]. [[Motivo|Problema principale]]: [[dolore toracico|trauma|dispnea|febbre]].")
    ctx.emit("{sig} [[accompagnat{o} dal 118|giunt{o} con mezzi propri|inviat{o} da {dr3:title}]]. ")
    ctx.clinical_run(2, 4)
    ctx.emit("\nEsito: [[dimissione a domicilio|ricovero in {dept}|trasferimento a {hosp2}]]. [[Medico|Firma]]: {dr:any}\n")


def diario(ctx: Ctx) -> None:
    ctx.emit("[[Diario clinico|Diario]] {date:day_month}[[ - stanza {room}|]]\n")
    ctx.emit("[[{pt:title}|{sig}|Pz]] [[riferisce|lamenta|nega]] [[dolore|nausea|dispnea|vertigini]]. ")
    ctx.clinical_run(1, 3)
    if ctx.rng.random() < 0.6:
        ctx.emit(ctx.rng.choice(["\nColloquio con [[la|il]] {rel:relation} {rel:any}[[ ({phone})|]]: [[aggiornat{o} sulle condizioni|concordata la dimissione]]. ",
                                 "\n{rel:any} ({rel:relation}) [[chiede di essere richiamato|ha firmato il consenso]]. "]))
    if ctx.rng.random() < 0.5:
        ctx.emit("Consulenza {dr2:title} ([[cardiologica|nefrologica|chirurgica]]). ")
    ctx.emit("\nProgramma: {clinical}\n{dr:any}\n")


def lettera_curante(ctx: Ctx) -> None:
    ctx.emit("{city2}, {date:full}\n\n[[Gentile Collega|Caro Collega|Egregio Dott. {dr3:last}]],\n\n")
    ctx.emit("[[Le invio|Ho visitato|Abbiamo ricoverato]] [[il/la Sua paziente|]] {pt:title}, [[di {age:years}|nat{o} il {dob}]], "
             "[[residente in {street}, {city}|abitante a {city}]], [[per|a causa di]] [[dispnea|dolore toracico|febbre]]. ")
    ctx.clinical_run(1, 3)
    ctx.emit("\n\nCordiali saluti,\n{dr:title}\n{hosp}\n[[Tel.|Telefono]] {phone}[[ - e-mail {email}|]]\n")


VARIANTS: List[Tuple[Callable[[Ctx], None], float]] = [(dimissione, 4), (pronto_soccorso, 2), (diario, 2), (lettera_curante, 1.5)]
CASE_WEIGHTS = {"as_is": 0.95, "upper": 0.03, "lower": 0.02}
