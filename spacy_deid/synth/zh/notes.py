"""Taiwanese note types: the mixed Chinese-English progress note, the discharge summary, the
nursing record, the English admission note quoting the patient in Chinese, and the transcribed
doctor-patient conversation ("醫師：…民眾：…", one line). The note's mixing level (context.py)
decides how much English the running text carries."""
from __future__ import annotations

from typing import Callable, List, Tuple

from .context import TaiwaneseNoteContext as Ctx


def progress(ctx: Ctx) -> None:
    ctx.lines("[[病程紀錄|Progress Note|病程記錄 Progress note]] {date:full}",
              "[[病人|Patient|姓名]]：{pt:any}[[ ({sex:letter}/{age})|，{age}歲|]]　[[病歷號|Chart No.|病歷號碼]]：{mrn}")
    ctx.emit("[[S：|S: |主訴：]]")
    ctx.emit("[[{pt:titled}|病人|Pt|Pt {pt:full}|{pt:full}]][[表示|主訴| complained of]][[胸悶|咳嗽|發燒| abdominal pain| dyspnea]]。")
    if ctx.rng.random() < 0.3:
        ctx.emit("[[Discussed with|Explained to]] [[family|{ta}{rel:relation}]] {rel:full}[[ by phone|]]. ")
    ctx.clinical_run(1, 3, sep="")
    ctx.emit("\n[[O：|O: ]]")
    ctx.clinical_run(1, 3, sep="")
    if ctx.rng.random() < 0.5:
        ctx.emit("\n[[已向|與]][[家屬|{rel:relation}]]{rel:any}[[說明病情|explain 病情|討論 DNR]][[，聯絡電話 {phone}|]]。")
    ctx.emit("\n[[A/P：|A/P: |評估與計畫：]]")
    ctx.clinical_run(1, 2, sep="")
    ctx.emit("[[預計 {date3:md_slash} discharge。| {date3:md_slash} 的 CT 顯示 no active lesion。|已於 {date3:md_slash} 拔除 Foley。|預計{date3:md_zh}出院。||]]")
    ctx.emit("[[會診 {dr2:en_title}|照會{dr2:titled}|Consult {dr2:any}]]。\n[[主治醫師|VS|住院醫師|R]]：{dr:any}\n")


def discharge(ctx: Ctx) -> None:
    ctx.lines("{hosp}　出院病歷摘要",
              "姓名：{pt:full}　性別：{sex}　出生日期：{dob}　身分證字號：{ssn}",
              "病歷號碼：{mrn}　住院日期：{date2:full}　出院日期：{date:full}",
              "地址：{city}{street}　[[電話|聯絡電話]]：{phone}")
    ctx.emit("[[主訴|Chief complaint]]：[[發燒三天|胸痛|呼吸喘|腹痛兩天]]。\n[[病史|Present illness]]：")
    ctx.emit(ctx.rng.choice([
        "這位{age}歲{sex}於{date2:full}因[[發燒|胸痛|呼吸喘]][[至本院急診就醫|來院]]。",
        "This {age}-year-old {sex:en} visited our ER on {date2:full} due to [[fever|chest pain|dyspnea]]. ",
        "這位{age}歲{sex}於{date2:full}因 [[fever|chest pain|dyspnea]] 至本院 ER 就醫。"]))
    ctx.clinical_run(2, 4, sep="")
    ctx.emit("\n[[住院經過|Hospital course]]：")
    ctx.clinical_run(1, 3, sep="")
    ctx.emit(ctx.rng.choice(["病人由{rel:relation}{rel:full}陪同出院。", "聯絡人：{rel:full}（{rel:relation}），電話{phone2}。",
                             "出院後由{rel:relation}{rel:any}照顧，住在{city2}。", "轉介自{hosp2}{dr2:titled}。", ""]))
    ctx.emit("\n{followup}\n[[主治醫師|Attending]]：{dr:full}[[　醫師證書：{lic}|]]\n")


def nursing(ctx: Ctx) -> None:
    ctx.emit("[[護理紀錄|Nursing record]] {date:full} [[08:00|14:30|22:10]]\n")
    ctx.emit("[[{pt:titled}|病人|Pt]][[意識清楚|sleep well|主訴疼痛指數 {n} 分]]。")
    ctx.clinical_run(1, 2, sep="")
    if ctx.rng.random() < 0.6:
        ctx.emit("[[{rel:relation}|家屬]]{rel:any}[[陪伴在側|來訪|詢問出院時間]][[，留電話 {phone}|]]。")
    if ctx.rng.random() < 0.3:
        ctx.emit("[[病人|{pt:titled}]]表示[[想回|要回]]{city}[[的家|老家]]休養。")
    ctx.emit("[[護理師|RN]]：{rn:full}\n")


def admission_en(ctx: Ctx) -> None:
    ctx.lines("Admission Note - {hosp}", "Name: {pt:en}   Chart No: {mrn}   DOB: {dob:ymd_slash}",
              "Date of admission: {date:full}")
    ctx.emit("[[This {age}-year-old {sex:en}|Pt {pt:full}, {age} y/o {sex:letter},|Patient {pt:full} ({sex:letter}/{age})]] "
             "[[living in|from]] {city} was [[brought by {ta}{rel:relation} {rel:full}|referred from {hosp2}|admitted via ER]] "
             "due to [[fever|chest pain|dyspnea]] since {date2:md_slash}. ")
    ctx.emit("Patient stated: 「[[我這幾天都很喘|我胸口很悶|我已經發燒三天了]]」. ")
    ctx.clinical_run(1, 3, sep="")
    ctx.emit("\nVS: {dr:en_title}  R: {dr2:en}\n")


def dialogue(ctx: Ctx) -> None:
    rng = ctx.rng
    turns = [
        "醫師：{pt:titled}，你好，最近怎麼樣？民眾：還好，就是[[上禮拜|前幾天|這兩天]]開始[[咳嗽|頭暈|腳痛]]。",
        "醫師：你是什麼時候開始不舒服的？民眾：[[大概是|應該是]]{date:md_zh}[[那天|左右|吧]]。",
        "民眾：我[[住在|家在|搬到]]{city}[[，|啊，]][[離|到]]{hosp2}[[很近|要開一個小時的車]]。",
        "醫師：你今年幾歲？民眾：我今年{age:years}了。",
        "民眾：我[[女兒|兒子|太太|先生]]{rel:given}[[說|叫我]][[要來給你看|要再回來追蹤]]。",
        "醫師：之前有在別的地方看過嗎？民眾：有，[[之前|去年]]在{hosp2}看過[[{dr2:titled}|]]。",
        "民眾：我{date2:ym_zh}的時候有去{country}[[玩|出差|看孫子]]。",
        "醫師：那你留一下電話，民眾：{phone}。",
        "醫師：{pt:titled}，你是做什麼工作的？民眾：我是{prof}。",
        "民眾：醫生你好，我叫{pt:full}，[[上次|之前]]是{dr2:titled}[[幫我看的|介紹我來的]]。",
        "民眾：我是{pt:full}的{rel:relation}，[[今天陪{ta}來|{ta}叫我來問報告]]。",
        "民眾：[[我們|我]][[以前|小時候]]住在{city2}，後來搬到{city}。",
        "民眾：我[[在|之前在]]{org}[[上班|工作]]。",
        "民眾：[[我們家|我]]{rel:nick}[[說|也]][[要一起來|最近也在咳]]。醫師：那請{rel:nick}[[也來看一下|下次一起來]]。",
        "醫師：{pt:nick}，[[你的報告出來了|今天覺得怎麼樣]]？民眾：[[還好|不錯啦]]。",
        "民眾：[[上個月|過年的時候]]我們[[回|去]]{city2}[[看我媽|玩了幾天]]。",
        "民眾：[[我|我們]][[之前在|在]]{hosp2}[[開過刀|住過院]]，[[是|那時候是]]{dr2:titled}[[開的|負責的]]。",
        "民眾：我們[[上次|之前]]{date2:md_zh}[[有來|回診]]，是{dr:titled}[[看的|幫我看的]]。",
        "醫師：請問貴姓？民眾：我姓{pt:last}。",
        "民眾：[[我是|我叫]]{pt:full}[[啦|喔|]]，[[上次|之前]]有來過。",
        "民眾：[[大概|好像是]]{date:m_zh}[[的時候|那時候|開始]][[就|]][[會痛|在咳|不舒服]]了。",
        "民眾：我{date2:y_zh}[[的時候|那年]][[有開過刀|中風過|有住院]]。",
        "醫師：[[上次|之前]]是{date:d_zh}[[來的嗎|抽的血嗎]]？民眾：[[對|應該是]]。",
        "民眾：{date:md_han}[[那天|的時候]][[突然|開始]][[很喘|胸口痛|頭暈]]。",
        "民眾：我[[住|家住]]{city}[[那邊|附近|]][[啦|，]][[坐車|騎車|開車]]來[[要|大概]][[半小時|一個小時]]。",
        "民眾：[[我|我們]][[在|之前在]]{hosp2}[[有照過|檢查過|拿過藥]][[，|。]][[那邊的|]]{dr2:titled}[[說|講]][[要開刀|沒關係]]。",
        "家屬：我是{ta}{rel:relation}，我叫{rel:full}[[。|，電話是{phone}。]]",
        "民眾：我[[女兒|兒子|孫子]]{rel:given}[[在|住]]{country}[[，|。]][[過年才|偶爾]]回來。",
        "醫師：你是做什麼的？民眾：我[[以前|現在]]是{prof}[[啦|]]。",
        "民眾：{rel:nick}[[說|也]][[我應該來看|要我來檢查]]。",
    ]
    picked = rng.sample(turns, k=rng.randint(4, 8))
    filler = ["{chat}"] * rng.randint(5, 16)
    body = picked + filler
    rng.shuffle(body)
    ctx.emit("".join(body))


VARIANTS: List[Tuple[Callable[[Ctx], None], float]] = [
    (progress, 3), (discharge, 2), (nursing, 1.5), (admission_en, 1.5), (dialogue, 3)]
CASE_WEIGHTS = {"as_is": 0.97, "upper": 0.03}
