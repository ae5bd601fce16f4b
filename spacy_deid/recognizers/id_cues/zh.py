"""Chinese identifier cues: "病歷號", "病历号", "住院號", "健保卡號", "檢體編號"."""
from . import Cue

_NO = r"(?:號碼|号码|編號|编号|號|号)"

CUES = (
    Cue("MEDICALRECORD", rf"病歷{_NO}|病历{_NO}|(?:住院|門診|门诊|急診|急诊|掛號|挂号|就診|就诊|病人|病患){_NO}|病歷|病历", False, 4),
    Cue("HEALTHPLAN", rf"(?:健保卡|健保|醫保|医保|保險|保险|社保)(?:卡)?{_NO}", False, 6),
    Cue("ACCOUNT", rf"(?:帳|账)(?:戶|户)?{_NO}|(?:收據|收据|發票|发票){_NO}", False, 4),
    Cue("LICENSE", rf"(?:醫師|医师|執業|执业|證書|证书)(?:證書|证书)?{_NO}", False, 4),
    Cue("IDNUM", rf"(?:檢體|检体|檢驗|检验|報告|报告|申請|申请|護照|护照|單據|单据|條碼|条码){_NO}", False, 4),
)
