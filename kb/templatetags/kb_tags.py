"""Presentation helpers for the public site: rupiah amounts, budget ranges, signed numbers."""

from decimal import Decimal, InvalidOperation

from django import template
from django.utils.formats import number_format
from django.utils.translation import gettext as _

register = template.Library()

NBSP = "\u00a0"


def _decimal(value):
    """The value as a Decimal, or None when it is empty or not a number."""
    if value is None or value == "":
        return None
    try:
        return Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        return None


@register.filter
def rupiah(value):
    """50000000 -> 'Rp 50.000.000' (grouping follows the active language)."""
    amount = _decimal(value)
    if amount is None:
        return ""
    return f"Rp{NBSP}{number_format(amount, decimal_pos=0, force_grouping=True)}"


@register.simple_tag
def budget_range(minimum, maximum):
    """'Rp 50.000.000 – Rp 150.000.000', or one end of the range when the other is unknown."""
    if minimum is not None and maximum is not None:
        if minimum == maximum:
            return rupiah(minimum)
        return f"{rupiah(minimum)} – {rupiah(maximum)}"
    if minimum is not None:
        return _("mulai %(amount)s") % {"amount": rupiah(minimum)}
    if maximum is not None:
        return _("hingga %(amount)s") % {"amount": rupiah(maximum)}
    return ""


@register.filter
def signed(value, decimal_pos=2):
    """A change with its sign: 5.2 -> '+5,20', -1 -> '−1,00', 0 -> '0,00'."""
    number = _decimal(value)
    if number is None:
        return ""
    text = number_format(abs(number), decimal_pos=int(decimal_pos))
    if number > 0:
        return f"+{text}"
    if number < 0:
        return f"\u2212{text}"
    return text


@register.filter
def number(value, decimal_pos=None):
    """A localised number without trailing ',00' noise: 1200.00 -> '1.200', 12.50 -> '12,5'."""
    amount = _decimal(value)
    if amount is None:
        return ""
    if decimal_pos is None:
        amount = amount.normalize()
        exponent = amount.as_tuple().exponent
        decimal_pos = max(0, -exponent) if isinstance(exponent, int) else 0
    return number_format(amount, decimal_pos=int(decimal_pos), force_grouping=True)


@register.simple_tag
def elided_pages(page_obj, on_each_side=2, on_ends=1):
    """Page numbers around the current page, with Paginator.ELLIPSIS in the gaps."""
    return page_obj.paginator.get_elided_page_range(
        page_obj.number, on_each_side=on_each_side, on_ends=on_ends
    )
