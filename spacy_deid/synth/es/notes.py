"""Spanish note types, written as Spanish notes are: discharge reports with a data header
("Nombre:", "NHC:", "NASS:"), ward progress notes, emergency notes, referral letters, and the
narrative of a clinical case, where names also appear in running text ("La paciente Lucía
Ferrández, de 54 años, ...")."""
from __future__ import annotations

from typing import Callable, List, Tuple

from .context import SpanishNoteContext as Ctx


def informe_alta(ctx: Ctx) -> None:
    ctx.lines("[[INFORME DE ALTA|Informe de alta hospitalaria|INFORME CLÍNICO DE ALTA]]",
              "{hosp}[[ - Servicio de [[Medicina Interna|Cardiología|Neumología|Neurología]]|]]",
              "[[Datos del paciente.|DATOS DEL PACIENTE|]]",
              "Nombre: {pt:any}.",
              "[[NHC|Nº historia clínica|N.H.C.]]: {mrn}.[[ NASS: {hp}.|]]",
              "[[Domicilio|Dirección]]: {street}.[[ Localidad: {town}.|]][[ CP: {zip}.|]]",
              "[[Edad: {age:years}.|Fecha de nacimiento: {dob}.]][[ Sexo: {sex:letter}.|]]",
              "[[Fecha de ingreso|Ingreso]]: {date2}. [[Fecha de alta|Alta]]: {date}.",
              "")
    ctx.emit("[[Paciente|{sex:any}]] de {age:years} [[que ingresa|que acude]] por [[disnea|dolor torácico|fiebre|síncope|dolor abdominal]]. ")
    ctx.clinical_run(2, 5)
    ctx.emit("\n{followup}\n\n[[Médico|Facultativo|Firmado]]: {dr:title}. [[Nº Col.|NºCol|Colegiado nº]] {lic}.[[ {hosp}.|]]\n")
    if ctx.rng.random() < 0.4:
        ctx.emit("[[Correo electrónico|Email|E-mail]]: {email}\n")


def evolucion(ctx: Ctx) -> None:
    ctx.emit("[[Evolución|EVOLUCIÓN|Nota de evolución]] {date:dmy_slash}[[ - planta|]]\n")
    ctx.emit("[[{pt:title}|{el} paciente|Paciente]] [[refiere|presenta]] [[mejoría|leve disnea|dolor controlado]]. ")
    ctx.clinical_run(1, 3)
    if ctx.rng.random() < 0.6:
        ctx.emit(ctx.rng.choice([
            "\n[[Su|La]] {rel:relation} {rel:any} [[acompaña al paciente|la acompaña|le acompaña|está informad{relo}|pregunta por el alta|viene a visitarle|se queda por la noche]][[ (tel. {phone})|]]. ",
            "\n[[Acompañad{o}|Viene acompañad{o}]] de su {rel:relation} {rel:any}. ",
            "\nSe informa a su {rel:relation}, {rel:any}, de la evolución[[ por teléfono|]]. ",
            "\n{rel:any} ([[su |]]{rel:relation}) [[llama por teléfono|pregunta por el alta|firma el consentimiento]]. "]))
    if ctx.rng.random() < 0.5:
        ctx.emit("Comentado con [[{dr2:dr}|el Dr. {dr2:last}|la Dra. {dr2:last}]] de [[Cardiología|Nefrología|guardia]]. ")
    ctx.emit("\n[[Plan|Juicio clínico]]: {clinical}\n{dr:any}\n")


def urgencias(ctx: Ctx) -> None:
    ctx.lines("[[URGENCIAS|Servicio de Urgencias|Informe de Urgencias]] - {hosp}",
              "[[Fecha|Día]]: {date}[[ Hora: [[08:30|14:15|23:40|03:05]]|]]",
              "[[Paciente|Nombre]]: {pt:last_first}[[ (DNI {dni})|]][[, {age:years}|]]",
              "[[Motivo de consulta|MC]]: [[dolor torácico|caída casual|disnea|fiebre|cefalea]].")
    ctx.emit("[[{sex:any}|Paciente]] de {age:years}[[, natural de {country},|]] [[traído por el 061|que acude por sus propios medios|remitido desde {hosp2}]]. ")
    ctx.clinical_run(2, 4)
    ctx.emit("\n[[Destino|Se decide]]: [[alta a domicilio|ingreso en planta|traslado a {hosp2}]]. [[Atendido por|Firma]]: {dr:any}.\n")


def carta(ctx: Ctx) -> None:
    ctx.emit("{town}, {date:long}\n\n[[Estimado compañero|Estimada compañera|Querido colega]]:\n\n")
    ctx.emit("Le remito a [[{pt:title}|{pt:full}|nuestr{o} paciente {pt:short}]], de {age:years}, "
             "[[con domicilio en|que vive en|residente en]] {street}, {town}[[ ({prov})|]], para [[valoración|seguimiento|estudio]] "
             "por [[su especialidad|Digestivo|Reumatología]]. ")
    ctx.clinical_run(1, 3)
    ctx.emit("\n\n[[Atentamente|Un saludo cordial]],\n{dr:title}\n{hosp}\n[[Tel.|Teléfono]]: {phone}[[ - Fax: {fax}|]]\n")


def caso_clinico(ctx: Ctx) -> None:
    ctx.emit("[[Presentamos el caso de|Se trata de]] [[{pt:full}|{pt:title}|un{a} paciente]], [[{sex:any}|]] de {age:years}"
             "[[, {prof},| de profesión {prof},|]] [[natural de {town}|residente en {town}|nacid{o} en {country}]] "
             "[[que ingresa el {date2:long}|que consulta en {date2:month_year}|sin antecedentes de interés]]. ")
    ctx.clinical_run(1, 3)
    ctx.emit("\n[[Durante el ingreso|Posteriormente]], [[{pt:first} refiere|{pt:title} refiere|refiere]] [[mejoría|persistencia de los síntomas]]. "
             "[[Su {rel:relation}, {rel:any}, [[comenta|refiere]] que|La familia comenta que]] [[vive sol{o}|vive con su {rel2:relation} en {town2}|trabajaba en {org}]]. ")
    ctx.clinical_run(0, 2)
    ctx.emit("\n[[Es valorad{o} por {dr:dr} el {date3:day_month}|Se comenta con {dr:title}]] [[y se decide alta|]].\n")


VARIANTS: List[Tuple[Callable[[Ctx], None], float]] = [
    (informe_alta, 3), (evolucion, 2), (urgencias, 2), (carta, 1.5), (caso_clinico, 3)]
CASE_WEIGHTS = {"as_is": 0.93, "upper": 0.05, "lower": 0.02}
