"""Turkish note types: the discharge summary ("epikriz") with its identity header, the emergency
note, the consultation and the progress note."""
from __future__ import annotations

from typing import Callable, List, Tuple

from .context import TurkishNoteContext as Ctx


def epikriz(ctx: Ctx) -> None:
    ctx.lines("{hosp}", "[[EPİKRİZ|Epikriz Raporu|Çıkış Özeti]]",
              "[[Hasta Adı Soyadı|Adı Soyadı|Hasta]]: {pt:any}   [[T.C. Kimlik No|TC No]]: {ssn}",
              "[[Doğum Tarihi|D. Tarihi]]: {dob}   [[Protokol No|Dosya No]]: {mrn}",
              "Adres: {street}, {city}/{state}   Tel: {phone}",
              "[[Yatış Tarihi|Yatış]]: {date2:full}   [[Çıkış Tarihi|Çıkış]]: {date:full}", "")
    ctx.emit("[[Şikayet|Başvuru şikayeti]]: [[göğüs ağrısı|nefes darlığı|ateş|karın ağrısı]]. ")
    ctx.emit("[[{age:years}|{age:years} olan]] [[hasta|{sex}]] [[acil servise başvurdu|{hosp2} tarafından sevk edildi|112 ile getirildi]]. ")
    ctx.clinical_run(2, 5)
    if ctx.rng.random() < 0.5:
        ctx.emit("Hastanın {rel:relation} {rel:full} ([[tel. {phone2}|refakatçi]]) bilgilendirildi. ")
    ctx.emit("\n{followup}\n[[Sorumlu Hekim|Hekim]]: {dr:title}[[ - Dip. No: {lic}|]]\n")


def acil(ctx: Ctx) -> None:
    ctx.lines("[[Acil Servis|Acil]] - {hosp}", "Tarih: {date:full}[[ Saat: [[08:30|14:15|23:40]]|]]",
              "Hasta: {pt:full}[[, {age:years}|]]")
    ctx.clinical_run(2, 4)
    ctx.emit("\n[[{dept} yatışı yapıldı|{hosp2} sevk edildi|Önerilerle taburcu edildi]]. Dr. {dr:any}\n")


def konsultasyon(ctx: Ctx) -> None:
    ctx.emit("[[Konsültasyon|Konsültasyon İstemi]] - {date:full}\n[[İsteyen|İsteyen Hekim]]: {dr2:title}\nHasta: {pt:any}\n")
    ctx.clinical_run(1, 3)
    ctx.emit("\n[[Öneri|Sonuç]]: {clinical} {dr:title}\n")


def izlem(ctx: Ctx) -> None:
    ctx.emit("[[Günlük izlem|İzlem notu]] {date:full}\n")
    ctx.emit("[[{pt:title}|Hasta]] [[ağrı tarifliyor|şikayetsiz|nefes darlığı tarifliyor]]. ")
    ctx.clinical_run(1, 3)
    if ctx.rng.random() < 0.6:
        ctx.emit("Refakatçi {rel:relation} {rel:full} ile görüşüldü. ")
    ctx.emit("\n{dr:any}\n")


VARIANTS: List[Tuple[Callable[[Ctx], None], float]] = [(epikriz, 4), (acil, 2), (konsultasyon, 1.5), (izlem, 2)]
CASE_WEIGHTS = {"as_is": 0.95, "upper": 0.03, "lower": 0.02}
