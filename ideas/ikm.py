"""IKM (Indeks Kepuasan Masyarakat): the citizen-satisfaction index and its grades."""

from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils.translation import gettext_lazy as _

IKM_MIN = Decimal("25.00")
IKM_MAX = Decimal("100.00")

_RANGE_MESSAGE = _("Nilai IKM harus antara 25,00 dan 100,00.")
IKM_VALIDATORS = [
    MinValueValidator(IKM_MIN, message=_RANGE_MESSAGE),
    MaxValueValidator(IKM_MAX, message=_RANGE_MESSAGE),
]

# Lower bound of each grade, highest first (PermenPANRB 14/2017).
_GRADES = (
    (Decimal("88.31"), "A", _("sangat baik")),
    (Decimal("76.61"), "B", _("baik")),
    (Decimal("65.00"), "C", _("kurang baik")),
    (IKM_MIN, "D", _("tidak baik")),
)


def ikm_grade(value):
    """Return (letter, label) for an IKM value, or None when there is no valid value."""
    if value is None or not IKM_MIN <= Decimal(value) <= IKM_MAX:
        return None
    for floor, letter, label in _GRADES:
        if Decimal(value) >= floor:
            return letter, label
    return None
