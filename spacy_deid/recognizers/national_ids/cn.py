"""China: the resident identity card number (17 digits and a check digit or X). Chinese-English
notes go through English pipelines too, so English pipelines read it as well."""
from stdnum.cn import ric

from .spec import NationalId, compile_cue, compile_id

IDS = (NationalId("cn.ric", ("zh", "en"), compile_id(r"\d{6}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])\d{5}[\dX]"), ric.is_valid,
                  compile_cue(r"身份证(?:号码?)?|身分證(?:字號|號碼)?|ID card|RIC")),)
