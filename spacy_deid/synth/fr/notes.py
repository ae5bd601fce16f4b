"""French note types: the discharge letter to the general practitioner ("Cher confrère"), the
hospitalisation report with an administrative header, the emergency note and the progress note."""
from __future__ import annotations

from typing import Callable, List, Tuple

from .context import FrenchNoteContext as Ctx


def lettre(ctx: Ctx) -> None:
    ctx.lines("{hosp}", "[[Service de cardiologie|Service de médecine interne|Service de pneumologie|Service de gériatrie]]",
              "[[Chef de service|Responsable]] : {dr2:title}", "{street2}, {zip2} {city2}", "[[Tél.|Tél]] {phone}[[ - Fax {fax}|]]", "")
    ctx.emit("{city2}, le {date:full}\n\n[[{dr3:title}|Docteur {dr3:full}]]\n{street3}\n{zip3} {city3}\n\n")
    ctx.emit("[[Cher confrère|Chère consœur|Cher ami|Mon cher confrère]],\n\n")
    ctx.emit("[[J'ai vu en consultation|Nous avons hospitalisé|Votre patient{e}|Vous nous avez adressé]] {pt:title}, [[né{e} le|né{e} le|âgé{e} de]] "
             "[[{dob}|{age:years}]], [[demeurant {street}, {zip} {city}, |]][[du {date2:full} au {date:full}|le {date2:full}]] pour "
             "[[une dyspnée|des douleurs thoraciques|une chute|une fièvre]]. ")
    ctx.clinical_run(2, 5)
    if ctx.rng.random() < 0.5:
        ctx.emit("Sa {rel:relation}, {rel:any}[[ (tél. {phone2})|]], [[a été informée|est la personne de confiance|l'accompagnait]]. ")
    ctx.emit("\n\n{followup}\n\n[[Bien confraternellement|Je vous prie de croire, cher confrère, à mes sentiments les meilleurs]],\n\n{dr:title}\n")


def compte_rendu(ctx: Ctx) -> None:
    ctx.lines("{hosp}", "COMPTE RENDU D'HOSPITALISATION",
              "[[Patient|Nom]] : {pt:upper_last}   [[Né(e) le|Date de naissance]] : {dob}   Sexe : {sex:letter}",
              "[[IPP|N° patient|NIP]] : {mrn}[[   N° de séjour : {mrn2}|]][[   N° SS : {ssn}|]]",
              "[[Adresse|Domicile]] : {street}, {zip} {city}",
              "[[Médecin traitant|Adressé par]] : {dr3:title}[[, {city3}|]]",
              "Séjour du {date2:full} au {date:full} - {dept}", "")
    ctx.emit("[[Motif d'hospitalisation|Motif]] : [[insuffisance cardiaque|pneumopathie|AVC|chute]].\n[[Histoire de la maladie|Anamnèse]] : ")
    ctx.emit("[[{pt_word} de {age:years}|{pt:title}, {age:years},]] [[originaire de {country},|vivant seul{e},|]] [[adressé{e} par les pompiers|venu{e} par ses propres moyens|transféré{e} de {hosp2}]]. ")
    ctx.clinical_run(2, 4)
    ctx.emit("\n[[Conclusion|Synthèse]] : {clinical}\n{followup}\n[[Rédigé par|Signé]] : {dr:any}[[, interne|, PH|, chef de clinique|]]\n")


def urgences(ctx: Ctx) -> None:
    ctx.lines("[[Urgences|Service d'accueil des urgences|SAU]] - {hosp}",
              "[[Date|Arrivée]] : {date:full}[[ à [[08h30|14h15|23h40|3h05]]|]]",
              "[[Patient|Identité]] : {pt:last_first}[[, {age:years}|]]",
              "[[Motif|Motif de recours]] : [[douleur thoracique|chute|dyspnée|fièvre|céphalées]].")
    ctx.emit("[[{pt_word}|{pt:title}]] [[amené{e} par le SAMU|venu{e} seul{e}|adressé{e} par {dr3:title}]]. ")
    ctx.clinical_run(2, 4)
    ctx.emit("\nOrientation : [[retour à domicile|hospitalisation en {dept}|transfert vers {hosp2}]]. [[Médecin|Vu par]] : {dr:any}\n")


def observation(ctx: Ctx) -> None:
    ctx.emit("[[Observation|Évolution|Note de suivi]] du {date:day_month}[[ - chambre {room}|]]\n")
    ctx.emit("[[{pt:title}|{pt_word}|Patient{e}]] [[se plaint de|signale|ne signale pas de]] [[douleurs|nausées|dyspnée|vertiges]]. ")
    ctx.clinical_run(1, 3)
    if ctx.rng.random() < 0.6:
        ctx.emit(ctx.rng.choice(["\nAppel de sa {rel:relation}, {rel:any}[[ ({phone})|]] : [[informée de l'évolution|questions sur la sortie]]. ",
                                 "\n{rel:any} ([[{rel:relation}|tuteur]]) [[est passé{e} ce jour|demande à être rappelé{e}]]. "]))
    if ctx.rng.random() < 0.5:
        ctx.emit("Avis du {dr2:title} ([[cardiologie|néphrologie|chirurgie]]). ")
    ctx.emit("\nConduite à tenir : {clinical}\n{dr:any}\n")


VARIANTS: List[Tuple[Callable[[Ctx], None], float]] = [(lettre, 3), (compte_rendu, 3), (urgences, 2), (observation, 2)]
CASE_WEIGHTS = {"as_is": 0.95, "upper": 0.03, "lower": 0.02}
