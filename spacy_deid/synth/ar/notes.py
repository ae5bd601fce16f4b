"""Arabic note types: the discharge report ("تقرير خروج") with its identity header, the emergency
note, the consultation, the daily progress or nursing note and the referral letter. PHI never
carries a clitic ("و", "ب", "ل"): the templates put a space or a title before every value."""
from __future__ import annotations

from typing import Callable, List, Tuple

from .context import ArabicNoteContext as Ctx


def discharge(ctx: Ctx) -> None:
    ctx.lines("{hosp}", "[[تقرير خروج|ملخص الخروج|تقرير طبي]]",
              "[[اسم المريض|الاسم|المريض]]: {pt:any}   [[رقم الهوية|الهوية الوطنية|رقم الإقامة]]: {ssn}",
              "[[تاريخ الميلاد|تاريخ الولادة]]: {dob}   [[رقم الملف|الرقم الطبي|MRN]]: {mrn}",
              "[[العنوان|السكن]]: {street}، {city}   [[الهاتف|جوال|هاتف]]: {phone}",
              "[[تاريخ الدخول|الدخول]]: {date2:full}   [[تاريخ الخروج|الخروج]]: {date:full}", "")
    ctx.emit("[[الشكوى الرئيسية|سبب الدخول]]: [[ألم صدري|ضيق تنفس|حمى|ألم بطني]]. ")
    ctx.emit("[[{sex}، العمر {age:years}|العمر: {age:years}|{sex} بعمر {age:years}]]. [[راجع قسم الطوارئ|محول من {hosp2}|وصل بالإسعاف]]. ")
    ctx.clinical_run(2, 5)
    if ctx.rng.random() < 0.5:
        ctx.emit("تم إبلاغ {rel:relation} {rel:full} ([[هاتف {phone2}|المرافق]]) بالخطة العلاجية. ")
    ctx.emit("\n{followup}\n[[الطبيب المعالج|الطبيب المسؤول|توقيع الطبيب]]: {dr:title}[[ - رقم الترخيص: {lic}|]]\n")


def emergency(ctx: Ctx) -> None:
    ctx.lines("[[قسم الطوارئ|الطوارئ]] - {hosp}", "التاريخ: {date:full}[[ الساعة: [[08:30|14:15|23:40]]|]]",
              "المريض: {pt:full}[[، العمر {age:years}|]]")
    ctx.clinical_run(2, 4)
    ctx.emit("\n[[تم إدخاله إلى {dept}|تم تحويله إلى {hosp2}|خرج مع توصيات]]. د. {dr:any}\n")


def consultation(ctx: Ctx) -> None:
    ctx.emit("[[طلب استشارة|استشارة]] - {date:full}\n[[الطبيب الطالب|من]]: {dr2:title}\nالمريض: {pt:any}\n")
    ctx.clinical_run(1, 3)
    ctx.emit("\n[[التوصية|الرأي]]: {clinical} {dr:title}\n")


def progress(ctx: Ctx) -> None:
    ctx.emit("[[ملاحظة متابعة يومية|ملاحظة تمريضية|متابعة]] {date:full}\n")
    ctx.emit("[[{pt:title}|المريض]] [[يشكو من ألم|بدون شكوى|يشكو من ضيق تنفس]]. ")
    ctx.clinical_run(1, 3)
    if ctx.rng.random() < 0.6:
        ctx.emit("تمت مناقشة الحالة مع {rel:relation} {rel:full}. ")
    ctx.emit("\n{dr:any}\n")


def referral(ctx: Ctx) -> None:
    ctx.emit("[[خطاب تحويل|رسالة تحويل]]\n[[إلى|السادة]] {hosp2} - [[قسم القلب|قسم الباطنية|قسم الأعصاب]]\n")
    ctx.emit("[[نحيل إليكم|نرجو استقبال]] {pt:title}، {age:years}، [[المقيم في|من سكان]] {city}، [[رقم الهوية|الهوية]] {ssn}. ")
    ctx.clinical_run(1, 3)
    ctx.emit("\n[[مع الشكر|وتفضلوا بقبول الاحترام]]\n{dr:title} - {hosp} - {date:full}\n")


VARIANTS: List[Tuple[Callable[[Ctx], None], float]] = [(discharge, 4), (emergency, 2), (consultation, 1.5), (progress, 2),
                                                       (referral, 1)]
CASE_WEIGHTS = {"as_is": 1.0}
