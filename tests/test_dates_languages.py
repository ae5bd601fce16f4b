"""Dates with month names in other languages and Chinese dates (issue 13, must-have 3): one
table a language in ``recognizers/dates/``, month names from Faker's locale providers."""
from __future__ import annotations

import pytest

from spacy_deid.pipelines import rules_pipeline
from spacy_deid.recognizers.dates import WRITTEN_LANGS, written_dates


@pytest.mark.parametrize("lang,text,expected", [
    ("es", "Ingresó el 14 de marzo de 2021 y fue dado de alta el 3 de abril.",
     "Ingresó el [DATE] y fue dado de alta el [DATE]."),
    ("es", "NACIDO EN MARZO DE 2021; CONTROL EL 5 DE ENE. 2022", "NACIDO EN [DATE]; CONTROL EL [DATE]"),
    ("es", "Paseo junto al mar, 2 vasos de agua.", "Paseo junto al mar, 2 vasos de agua."),
    ("de", "Aufnahme am 14. März 2021, Entlassung am 20. Mai.", "Aufnahme am [DATE], Entlassung am [DATE]."),
    ("de", "Beschwerden seit Februar 2019.", "Beschwerden seit [DATE]."),
    ("fr", "Admis le 1er avril 2020, revu le 14 mars.", "Admis le [DATE], revu le [DATE]."),
    ("it", "Ricoverato il 14 marzo 2021.", "Ricoverato il [DATE]."),
    ("pt", "Internado em 14 de março de 2021.", "Internado em [DATE]."),
    ("ro", "Internat pe 14 martie 2021.", "Internat pe [DATE]."),
    ("tr", "Hasta 14 Mart 2021 tarihinde yatırıldı; Şubat 2020'de ameliyat.",
     "Hasta [DATE] tarihinde yatırıldı; [DATE]'de ameliyat."),
    # Arabic: Egyptian/Gulf, Levantine and Maghreb month names, the era suffix, Arabic-Indic digits
    ("ar", "دخل المريض في 14 مارس 2021 وخرج في ٣ كانون الثاني ٢٠٢٢.", "دخل المريض في [DATE] وخرج في [DATE]."),
    ("ar", "عملية جراحية في 5 آذار 2019م، ومراجعة في جوان 2020.", "عملية جراحية في [DATE]، ومراجعة في [DATE]."),
    ("ar", "تاريخ الميلاد: ١٤/٠٣/١٩٥٤", "تاريخ الميلاد: [DATE]"),
    ("ar", "مارس وحده ليس تاريخا", "مارس وحده ليس تاريخا"),
])
def test_dates_with_month_names_in_the_pipeline_language(lang, text, expected):
    assert rules_pipeline(lang)(text)._.deidentified == expected


def test_an_english_pipeline_reads_no_foreign_month_names():
    """German "Mai" or Turkish "Ocak" are not months in an English note."""
    assert rules_pipeline("en")("Seen by Dr. Mai 2021 cohort, Ocak 12.")._.deidentified == "Seen by Dr. Mai 2021 cohort, Ocak 12."


@pytest.mark.parametrize("text,expected", [
    ("病人於 2021年3月14日 入院", "病人於 [DATE] 入院"),
    ("3月20日出院, BP 132/84", "[DATE]出院, BP 132/84"),
    ("民國110年3月14日 回診", "[DATE] 回診"),
    ("二〇二一年三月十四號手術", "[DATE]手術"),
    ("２０２１年３月１４日", "[DATE]"),
])
def test_chinese_dates_in_any_pipeline(text, expected):
    for lang in ("en", "zh"):
        assert rules_pipeline(lang)(text)._.deidentified == expected


def test_every_language_table_has_twelve_months_and_unique_abbreviations():
    for lang in WRITTEN_LANGS:
        months = written_dates(lang).months
        assert sorted({n for n, full in months.values() if full}) == list(range(1, 13)), lang
        for word, (n, full) in months.items():
            if not full:  # an abbreviation names one month only
                assert [m for w, (m, f) in months.items() if f and w.startswith(word)] == [n], (lang, word)


@pytest.mark.parametrize("lang,text,shifted", [
    ("it", "14 marzo 2021", "12 febbraio 2021"),
    ("ro", "14 martie 2021", "12 februarie 2021"),
    ("tr", "14 Mart 2021", "12 Şubat 2021"),
    ("pt", "3 de março de 2020", "2 de fevereiro de 2020"),
    ("tr", "14.03.2021", "12.02.2021"),  # day first
    ("ar", "14 مارس 2021", "12 فبراير 2021"),
    ("ar", "14/03/2021", "12/02/2021"),  # day first
])
def test_date_surrogates_keep_the_language_of_the_note(lang, text, shifted):
    """Issue 13, must-have 5: a shifted date is written in the note's language and format."""
    from spacy_deid.surrogates.dates import shift_date_text

    assert shift_date_text(text, 30, lang=lang) == shifted


@pytest.mark.parametrize("lang,text,expected", [
    # a day-first language writes no date as two one-digit numbers with a slash: a score or fraction
    ("de", "Kraftgrad 4/5 links, Schmerzskala 3/5.", "Kraftgrad 4/5 links, Schmerzskala 3/5."),
    ("es", "Afectación de 3/5 ganglios.", "Afectación de 3/5 ganglios."),
    ("de", "Befund vom 3/5/2020 und seit 03/19 bekannt.", "Befund vom [DATE] und seit [DATE] bekannt."),
    ("en", "Seen on 4/5 by cardiology.", "Seen on [DATE] by cardiology."),  # a US month/day
])
def test_one_digit_pairs_are_no_dates_in_day_first_languages(lang, text, expected):
    assert rules_pipeline(lang)(text)._.deidentified == expected
