"""De-identification on Apache Spark: ``deidentify_dataframe`` (extra ``spark``).

One pipeline per Python worker, Arrow batches through ``Deidentifier`` (the CLI's runner), a
patient's notes kept together and in order, so that the output equals ``spacy-deid redact``
note for note whatever the number of partitions or the order of the rows.
"""
from .settings import SparkDeidSettings

__all__ = ["SparkDeidSettings", "deidentify_dataframe"]


def __getattr__(name: str):
    if name == "deidentify_dataframe":  # imports pyspark: only when asked for
        from .dataframe import deidentify_dataframe

        return deidentify_dataframe
    raise AttributeError(name)
