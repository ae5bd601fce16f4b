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
        "民眾：我{date2:ym_zh}的時候有去[[{country}|{abroad}]][[玩|出差|看孫子]]。",
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
        "民眾：我[[女兒|兒子|孫子]]{rel:given}[[在|住]][[{country}|{abroad}]][[，|。]][[過年才|偶爾]]回來。",
        "民眾：[[我|我們]][[大部分時間|之前]][[都在|住在|在]]{abroad}[[工作|，最近才回來]]。{staff}：[[喔，|]]{abroad}[[喔|啊]]？",
        "醫師：你是做什麼的？民眾：我[[以前|現在]]是{prof}[[啦|]]。",
        "民眾：{rel:nick}[[說|也]][[我應該來看|要我來檢查]]。",
    ]
    # staff named in passing, greetings, spelling a name for a form, a job said twice
    turns += [
        "{staff}：等一下{rn:alias}會[[跟你說|告訴你怎麼做|再寫時間給你|帶你去抽血|跟你約時間]][[喔|啦|]]。民眾：好。",
        "{staff}：剛剛{dr:any}[[也|有]]跟你[[解釋|講]][[過了|到]][[嘛|]]，[[這個藥要每天吃|要記得回來抽血|有問題再打電話]]。民眾：[[好|嗯]]。",
        "家屬：{dr:alias}[[你好|謝謝你|辛苦你了]]。醫師：[[嘿，你好|不會|好，慢走]]。",
        "醫師：{rn:alias}，[[幫我|麻煩你]][[排一下抽血|拿一下單子|照會一下|約一下時間]]。護理師：[[好|OK]]。",
        "民眾：[[上次|之前]]是{rn:any}[[跟我說|幫我抽血|打電話給我|跟我講]]的[[啦|]]。",
        "醫師：[[你可以|還是要|不然你]]找{dr2:alias}[[，他比較有經驗|看看|，他人很好]]。民眾：{dr2:alias}喔？",
        "民眾：[[我|我們]][[之前|以前]]是給{dr2:full}看的。醫師：[[喔，|]]{dr2:full}[[欸|喔|啊]]。",
        "民眾：那個叫做什麼？醫師：{dr2:titled}，{dr2:full}。",
        "醫師：{pt:alias}[[最近還好嗎|今天怎麼樣|你好]]？民眾：[[還好|還不錯|嗯]]。",
        "醫師：那我需要你的英文拼音，[[姓先開始|先拼姓|你拚得出來嗎]]。民眾：{pt:spelled}。",
        "{staff}：你[[現在|平常]]做什麼工作？民眾：[[我是|我在做|做|我現在是]]{prof}[[啦|。|]]。{staff}：[[喔，|]]{prof}[[喔|啊|]]。",
        "{staff}：所以你是{prof}嗎？民眾：[[對|對啊|嗯]]。",
        "民眾：因為我是{prof}[[嘛|啊]]，[[比較忙|常常要加班|時間不固定]]。",
        "民眾：[[我|我們]]{rel:relation}是{prof2}，[[比較懂|叫我來看]]。",
        "{staff}：{rn:alias}，[[你|妳]][[幫他|先]][[量一下血壓|帶他去抽血|約下次的時間]][[好嗎|喔]]？",
        "{staff}：那{pt:alias}[[最近|這陣子]][[還好嗎|睡得好嗎|有按時吃藥嗎]]？民眾：[[還好|還可以|有啦]]。",
        "民眾：[[我|那我]]要跟那個{rn:alias}講[[嗎|一下]]？{staff}：[[對|嗯]]，[[跟|找]]{rn:alias}就可以了。",
        "民眾：[[然後|後來]]{rn:alias}就跟我說[[要|可以]][[先抽血|早點來|再回來看]]。",
        "民眾：那個{rn:alias}[[真的|人]][[很好|很兇|超兇的|很客氣|很有耐心]][[耶|欸|啦]]。",
        "{staff}：[[你是去|是去]]{dr2:alias}那裡[[看的|嗎]]？民眾：[[對|嗯]]。",
        "{staff}：以{pt:alias}的狀況[[應該是OK|要再觀察|不用擔心]]。",
        "家屬：[[好，|]]{dr:alias}謝謝[[你|妳]]。{staff}：[[好|不會]]。",
    ]
    picked = rng.sample(turns, k=rng.randint(4, 8))
    filler = ["{chat}"] * rng.randint(5, 16)
    body = picked + filler
    rng.shuffle(body)
    ctx.emit("".join(body))


VARIANTS: List[Tuple[Callable[[Ctx], None], float]] = [
    (progress, 3), (discharge, 2), (nursing, 1.5), (admission_en, 1.5), (dialogue, 4)]
CASE_WEIGHTS = {"as_is": 0.97, "upper": 0.03}
