"""The rubric leaders score proposals on, and the decisions they may take."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Recommendation(models.TextChoices):
    APPROVE = "setujui", _("Disetujui")
    RETURN = "kembalikan", _("Dikembalikan untuk revisi")
    REJECT = "tolak", _("Ditolak")


# Workflow action name -> the decision it records.
DECISION_ACTIONS = {
    "approve": Recommendation.APPROVE,
    "return": Recommendation.RETURN,
    "reject": Recommendation.REJECT,
}
SCORE_ACTION = "score"

SCORE_MIN, SCORE_MAX = 1, 5

# (field name, label, what the reviewer weighs), in the order the form shows them.
CRITERIA = (
    (
        "impact",
        _("Dampak"),
        _("Dampak pada kepuasan masyarakat dan mutu layanan."),
    ),
    (
        "feasibility",
        _("Kelayakan"),
        _("Seberapa layak diterapkan oleh perangkat daerah ini."),
    ),
    (
        "cost",
        _("Biaya"),
        _("Biaya yang wajar untuk hasilnya (5 = sangat hemat)."),
    ),
    (
        "readiness",
        _("Kesiapan"),
        _("Kesiapan regulasi, infrastruktur dan SDM."),
    ),
    (
        "fit",
        _("Kesesuaian"),
        _("Kesesuaian dengan dimensi smart city."),
    ),
)
CRITERIA_FIELDS = tuple(name for name, _label, _help in CRITERIA)
