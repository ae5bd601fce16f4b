"""PHI-free turns of a Taiwanese doctor-patient conversation, composed from parts: symptoms, body
parts, relative times ("前天", "上禮拜", "昨天晚上": no PHI by labels.md), durations, medicines,
exams and lab values said as people say them ("一百三", "七點多"), daily habits, and the particles
of spoken Mandarin ("啦", "喔", "欸", "就是", "然後"). Written for the generator; nothing comes
from a corpus.

A model that saw only template sentences and random words around the names in dialogues took
ordinary spoken words for names; these turns teach it what a conversation without PHI is."""
from __future__ import annotations

import random
import re
from typing import Callable, Dict, List

_SLOT = re.compile(r"\{(\w+)\}")

SYMPTOMS = ["咳嗽", "頭暈", "頭痛", "胸悶", "喘", "肚子痛", "拉肚子", "便秘", "發燒", "流鼻水", "喉嚨痛", "腰痛",
            "膝蓋痛", "腳麻", "手麻", "睡不好", "吃不下", "噁心", "想吐", "心悸", "腳水腫", "尿尿會痛", "皮膚癢", "胃痛",
            "火燒心", "耳鳴", "看東西模糊", "掉頭髮", "沒什麼力氣", "體重一直掉", "晚上一直跑廁所", "痰很多", "鼻塞"]
SYMPTOMS_EN = ["cough", "dizziness", "chest tightness", "diarrhea", "fever", "back pain", "insomnia", "GERD"]
BODY = ["肚子", "胸口", "頭", "腰", "背", "膝蓋", "肩膀", "脖子", "喉嚨", "胃", "左邊", "右邊", "下腹", "上腹", "腳踝",
        "手腕", "屁股", "大腿", "後腦勺"]
REL_TIMES = ["前天", "昨天", "昨天晚上", "今天早上", "上禮拜", "上個禮拜", "上個月", "這兩天", "這幾天", "最近", "前陣子",
             "大概一個禮拜前", "兩三天前", "半年前", "去年", "今年", "過年前", "中午", "半夜", "早上起來的時候", "吃完飯之後",
             "上次回診之後", "這一陣子", "禮拜一", "週末"]
DURATIONS = ["一個禮拜", "兩個禮拜", "三天", "五天", "一個多月", "兩三個月", "半年", "一年多", "好幾年", "十幾年", "三個月"]
FREQUENCIES = ["一天三次", "早晚各一次", "睡前", "飯後", "每天早上", "一個禮拜兩次", "偶爾", "有時候", "常常", "每餐飯後",
               "痛的時候"]
MEDICINES = ["降血壓的藥", "血糖的藥", "止痛藥", "胃藥", "安眠藥", "感冒藥", "抗生素", "類固醇", "消炎藥", "中藥", "維他命",
             "鈣片", "軟便劑", "降血脂的藥", "利尿劑", "胰島素", "吸入劑", "眼藥水", "藥膏"]
MEDICINES_EN = ["Aspirin", "Plavix", "Metformin", "Panadol", "Lasix", "Concor", "Crestor", "Nexium", "Xanax", "insulin"]
EXAMS = ["抽血", "驗尿", "照X光", "做超音波", "做胃鏡", "做大腸鏡", "做電腦斷層", "照核磁共振", "做心電圖", "測骨密度",
         "做肺功能", "做心臟超音波", "驗痰", "做切片"]
EXAMS_EN = ["CT", "MRI", "echo", "EKG", "sono", "X-ray", "PET", "biopsy"]
LABS = ["血糖", "糖化血色素", "膽固醇", "三酸甘油脂", "肝功能", "腎功能", "尿酸", "白血球", "血紅素", "血壓", "心跳", "體重"]
LABS_EN = ["HbA1c", "LDL", "GOT", "GPT", "creatinine", "CRP", "PSA", "eGFR"]
VALUES = ["一百三", "一百二十幾", "七點多", "八十幾", "一百五", "六點五", "九十", "兩百多", "五點八", "一百四左右", "三十幾",
          "{n}", "{n}點{d}"]
ACTIVITIES = ["散步", "爬山", "游泳", "騎腳踏車", "做家事", "煮飯", "顧孫子", "上班", "種菜", "打太極拳", "看電視", "跳舞",
              "做運動", "跑步", "打麻將", "去市場買菜"]
HABITS = ["吃甜的", "喝咖啡", "喝酒", "抽菸", "吃宵夜", "喝茶", "吃水果", "吃比較鹹", "喝含糖飲料", "吃檳榔", "熬夜"]
FEELINGS = ["好一點了", "還是一樣", "沒什麼用", "比較不會痛了", "有改善", "更嚴重", "時好時壞", "差不多"]
RESULTS = ["看起來還不錯", "有一點發炎", "要再追蹤", "跟上次差不多", "有比較好", "有一點高", "在正常範圍", "有一點偏低"]
PARTICLES = ["", "", "啦", "喔", "欸", "耶", "啊", "捏", "齁", "餒", "阿", "哈哈", "呵呵"]
# A hospital's departments and services said in passing ("去皮膚科看"): generic, no PHI.
SPECIALTIES = ["內科", "外科", "家醫科", "皮膚科", "復健科", "骨科", "眼科", "耳鼻喉科", "婦產科", "小兒科", "泌尿科",
               "神經內科", "神經外科", "心臟內科", "腸胃科", "胸腔科", "身心科", "精神科", "牙科", "腫瘤科", "感染科",
               "新陳代謝科", "老人科", "急診", "門診", "藥局", "批價櫃台", "服務台", "檢驗科", "放射科", "營養門診"]
# Interjections as Taiwanese transcripts write them ("恩" for 嗯, "阿" for 啊): never names.
OPENERS = ["", "", "", "嗯，", "對，", "就是，", "然後，", "那個，", "其實，", "欸，", "喔，", "恩，", "恩恩，", "恩哼，", "阿",
           "阿～", "痾……", "呃，", "齁，", "嗯嗯，", "OK，", "好OK，"]
YES_NO = ["有", "沒有", "會", "不會", "還好", "對", "不太會", "好像有", "有一點"]
AGREE = ["哈哈哈。", "呵呵呵。", "哈哈，好。", "好。", "好，謝謝醫生。", "好，我知道了。", "喔，好。", "那就好。", "嗯嗯。", "好，麻煩你了。", "謝謝。", "恩恩。",
         "恩哼。", "恩恩恩。", "嗯哼。", "OK。", "阿好。", "恩，好。", "喔喔喔。"]

STAFF = ["醫師", "個管師", "護理師"]  # who speaks for the hospital
STAFF_WEIGHTS = [8.5, 1, 0.5]
# (speaker, template). Speakers: 醫師 (or a case manager, a nurse) asks, 民眾 (the patient) and 家屬 (a relative) answer.
DOCTOR_TURNS = [
    "你{rel}有沒有{sym}？", "{sym}大概多久了？", "是什麼時候開始{sym}的？", "那{body}會不會痛？", "{med}有按時吃嗎？",
    "{med}一天吃幾次？", "你平常有在{act}嗎？", "有沒有{habit}？", "你{rel}的{lab}是{val}，{result}。",
    "那我們先{exam}看看。", "會不會痛到晚上睡不著？", "痛的時候是刺刺的還是悶悶的？", "家裡有人有一樣的問題嗎？",
    "你之前有開過刀嗎？", "這個藥吃了之後有沒有比較好？", "那個{exam_en}的報告出來了，{result}。", "血壓在家裡有量嗎？",
    "{sym}的時候會不會{sym2}？", "我們{med}先吃{dur}看看。", "{dur}之後再回來看。", "下次回診的時候再{exam}。",
    "最近睡得好嗎？", "胃口怎麼樣？", "大便正常嗎？", "有沒有對什麼藥過敏？", "這邊按下去會痛嗎？", "{lab_en}有一點高喔。",
    "你要少{habit}。", "那我幫你加一個{med}。", "有沒有{sym_en}？", "這個 {exam_en} 要排一下。", "先不要緊張，慢慢說。",
    "這個可能要轉{spec}看一下。", "你之前有去{spec}看過嗎？", "等一下你先去{spec}{p}。", "{spec}那邊有說什麼嗎？",
]
PATIENT_TURNS = [
    "{open}{rel}開始{sym}{p}。", "{open}大概{dur}了{p}。", "{freq}吃一顆。", "我都有在{act}{p}。", "我很少{act}。",
    "醫生，那我這樣要不要緊？", "我{rel}有吃{med}，{feel}。", "那個{lab}好像是{val}。", "就是{body}這邊{ache}。",
    "我不太記得了{p}。", "要空腹嗎？", "那要多久回來看？", "{yesno}{p}。", "{yesno}，{rel}比較{sym}。",
    "我{rel}有{exam}，{feel}。", "我有{habit}，{dur}了。", "以前有，現在沒有了。", "{open}{sym}的時候就{sym2}{p}。",
    "藥吃了會{sym}。", "我那個{med_en}吃完了。", "要不要做{exam_en}？", "{rel}量是{val}。", "晚上都{sym}，睡不好。",
    "我想說是不是{sym}的關係。", "{agree}", "我上次有去{spec}看，他說{result}。", "{spec}在哪裡？", "要先去{spec}嗎？",
]
FAMILY_TURNS = ["{who}{rel}都{sym}。", "{who}最近都吃很少。", "{who}晚上一直起來。", "{who}有在吃{med}。",
                "{who}不太喜歡{act}。", "我們{rel}有帶{who}去{exam}。"]
ACHES = ["痛痛的", "悶悶的", "麻麻的", "刺刺的", "酸酸的", "脹脹的"]
WHO = ["他", "她", "我媽", "我爸", "阿嬤", "阿公", "我先生", "我太太"]


def _fill(rng: random.Random, template: str, english: float) -> str:
    def en(zh: List[str], en_: List[str]) -> Callable[[], str]:
        return lambda: rng.choice(en_ if rng.random() < english else zh)

    parts: Dict[str, Callable[[], str]] = {
        "sym": en(SYMPTOMS, SYMPTOMS_EN), "sym2": lambda: rng.choice(SYMPTOMS), "sym_en": lambda: rng.choice(SYMPTOMS_EN),
        "body": lambda: rng.choice(BODY), "rel": lambda: rng.choice(REL_TIMES), "dur": lambda: rng.choice(DURATIONS),
        "freq": lambda: rng.choice(FREQUENCIES), "med": en(MEDICINES, MEDICINES_EN), "med_en": lambda: rng.choice(MEDICINES_EN),
        "exam": lambda: rng.choice(EXAMS), "exam_en": en(EXAMS, EXAMS_EN), "lab": en(LABS, LABS_EN),
        "lab_en": lambda: rng.choice(LABS_EN), "val": lambda: rng.choice(VALUES).format(n=rng.randint(5, 220), d=rng.randint(1, 9)),
        "act": lambda: rng.choice(ACTIVITIES), "habit": lambda: rng.choice(HABITS), "feel": lambda: rng.choice(FEELINGS),
        "result": lambda: rng.choice(RESULTS), "p": lambda: rng.choice(PARTICLES), "open": lambda: rng.choice(OPENERS),
        "yesno": lambda: rng.choice(YES_NO), "agree": lambda: rng.choice(AGREE), "ache": lambda: rng.choice(ACHES),
        "who": lambda: rng.choice(WHO), "spec": lambda: rng.choice(SPECIALTIES),
    }
    return _SLOT.sub(lambda m: parts[m.group(1)](), template)  # left to right: the same draws in the same order


def exchange(rng: random.Random, english: float = 0.0) -> str:
    """One or two turns of a doctor and a patient (or a relative), with no PHI."""
    speaker = rng.choices(STAFF, STAFF_WEIGHTS)[0]
    opener = rng.choice(OPENERS) if rng.random() < 0.3 else ""
    doctor = f"{speaker}：{opener}" + _fill(rng, rng.choice(DOCTOR_TURNS), english)
    if rng.random() < 0.12:
        return doctor + "家屬：" + _fill(rng, rng.choice(FAMILY_TURNS), english)
    answer = "民眾：" + _fill(rng, rng.choice(PATIENT_TURNS), english)
    if rng.random() < 0.25:  # the doctor's "恩恩" or "OK" between two turns
        answer += f"{speaker}：{rng.choice(AGREE)}"
    return doctor + answer if rng.random() < 0.85 else answer
